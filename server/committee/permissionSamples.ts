import type { Samples } from '../testing/samples'
import { freshCreditRecord, freshMeeting, freshMember } from '../testing/committeeFixtures'

/** A file as the mini program uploads it for the community: under `committee/<communityId>/`. */
const file = (communityId: string, name: string) => ({ fileID: `cloud://local.bucket/committee/${communityId}/samples/${name}`, name })

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'committee.listMembers': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'committee.addMember': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side),
      kind: 'alternate',
      name: '新候补',
      position: '候补委员',
      phone: world.phone(),
    }),
  },
  'committee.editMember': {
    scope: 'community',
    input: async ({ world, side }) => ({ memberId: await freshMember(world, side), position: '副主任' }),
  },
  'committee.removeMember': {
    scope: 'community',
    input: async ({ world, side }) => ({ memberId: await freshMember(world, side), reason: '辞职' }),
  },
  'committee.memberHistory': { scope: 'community', input: async ({ world, side }) => ({ memberId: await freshMember(world, side) }) },

  'committee.listFilings': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'committee.getFiling': { scope: 'community', input: ({ world, side }) => ({ filingId: `${world.community(side)}-filing` }) },
  'committee.addFiling': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side),
      filedOn: '2024-03-01',
      termStart: '2024-03-01',
      termEnd: '2029-02-28',
      status: 'reviewing',
      files: [file(world.community(side), '备案申请表.pdf')],
    }),
  },
  'committee.listTrainings': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'committee.addTraining': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side),
      personName: '委员甲',
      course: '物业管理条例',
      trainedOn: '2024-04-01',
      result: '合格',
    }),
  },

  'committee.listMeetings': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'committee.getMeeting': { scope: 'community', input: ({ world, side }) => ({ meetingId: `${world.community(side)}-meeting` }) },
  'committee.addMeeting': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side),
      topic: '月度例会',
      heldAt: Date.parse('2024-05-01T19:30:00+08:00'),
      place: '物业会议室',
      attendees: ['委员甲', '委员乙'],
      agenda: '一、财务公开',
      minutes: '',
      attachments: [file(world.community(side), '签到表.jpg')],
    }),
  },
  'committee.editMeeting': {
    scope: 'community',
    input: async ({ world, side }) => ({ meetingId: await freshMeeting(world, side), minutes: '会议纪要' }),
  },

  'committee.listFundAccounts': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'committee.saveFundAccount': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side),
      bank: '建设银行',
      accountName: '业主大会',
      accountNumber: `62170000${world.phone()}`,
      signedOn: '2024-01-05',
      status: 'active',
    }),
  },
  'committee.importFundAccounts': {
    scope: 'community',
    input: ({ world, side }) => ({
      rows: [
        {
          communityId: world.community(side),
          bank: '工商银行',
          accountName: '业主大会',
          accountNumber: `62220000${world.phone()}`,
          signedOn: '2024-02-01',
          status: 'active',
        },
      ],
    }),
  },

  'committee.listCommunities': { scope: 'self', input: () => ({}) },
  'committee.getCredit': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'committee.saveCreditBasic': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side),
      establishedOn: '2018-06-01',
      termStart: '2023-03-01',
      termEnd: '2028-02-28',
      filingNo: '南山备2023-001',
    }),
  },
  'committee.addCreditRecord': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side),
      kind: 'bad',
      occurredOn: '2024-02-10',
      reason: '未按期公开账目',
      sourceName: '区住房中心通报',
    }),
  },
  'committee.voidCreditRecord': {
    scope: 'community',
    input: async ({ world, side }) => ({ recordId: await freshCreditRecord(world, side), reason: '录入错误' }),
  },
}
