import { rosterAccountId } from '../committee/roster'
import type { Side, World } from './world'

/**
 * TEST FIXTURE: the committee's part of the fixture world — the roster, roster accounts, a filing,
 * a training, a meeting, a fund account and a credit record in each community.
 */

/** What `World.seed` puts in each community besides its owner. */
export async function seedCommitteeRecords(world: World, side: Side): Promise<void> {
  const { seeder, nowMs } = world
  const communityId = world.community(side)
  await freshMember(world, side)
  await seeder.insert('filings', [
    {
      _id: `${communityId}-filing`,
      communityId,
      filedOn: '2023-03-01',
      termStart: '2023-03-01',
      termEnd: '2028-02-28',
      status: 'filed',
      note: '',
      files: [{ fileID: `cloud://local.bucket/committee/${communityId}/filing.pdf`, name: '备案表.pdf' }],
      createdAt: new Date(nowMs()),
    },
  ])
  await seeder.insert('trainings', [
    {
      _id: `${communityId}-training`,
      communityId,
      personName: '委员甲',
      course: '业委会履职培训',
      trainedOn: '2023-05-01',
      result: '合格',
    },
  ])
  await seeder.insert('meetings', [meetingDoc(world, communityId, `${communityId}-meeting`)])
  await seeder.insert('fundAccounts', [
    {
      _id: `${communityId}-fund`,
      communityId,
      bank: '招商银行',
      accountName: `${world.communities[side].name}业主大会`,
      accountNumber: '6222020200112233445',
      signedOn: '2023-06-01',
      status: 'active',
      updatedAt: new Date(nowMs()),
    },
  ])
  await freshCreditRecord(world, side)
}

function meetingDoc(world: World, communityId: string, _id: string) {
  const at = new Date(world.nowMs())
  return {
    _id,
    communityId,
    topic: '第三次业委会会议',
    heldAt: at,
    place: '物业会议室',
    attendees: ['委员甲'],
    agenda: '议程',
    minutes: '纪要',
    attachments: [],
    createdAt: at,
    updatedAt: at,
  }
}

export async function freshMember(world: World, side: Side, kind: 'member' | 'alternate' | 'staff' = 'member'): Promise<string> {
  return (await freshRosterPerson(world, side, kind)).memberId
}

/** A person on the committee's roster, with the name and phone a staff binding matches. */
export async function freshRosterPerson(world: World, side: Side, kind: 'member' | 'alternate' | 'staff' = 'member') {
  const memberId = world.id('member')
  const at = new Date(world.nowMs())
  const name = `成员${world.serial}`
  const phone = world.phone()
  await world.seeder.insert('committeeMembers', [
    {
      _id: memberId,
      communityId: world.community(side),
      kind,
      name,
      position: kind === 'staff' ? '经办人' : '委员',
      phone,
      termStart: '2023-03-01',
      termEnd: '2028-02-28',
      status: 'serving',
      createdAt: at,
      updatedAt: at,
    },
  ])
  return { memberId, name, phone }
}

/** A roster entry bound to a fresh WeChat account, waiting for the director. */
export async function freshAccount(world: World, side: Side, status: 'pending' | 'active' = 'pending'): Promise<string> {
  const memberId = await freshMember(world, side, 'staff')
  const _id = rosterAccountId(memberId)
  await world.seeder.insert('roles', [
    {
      _id,
      openid: world.id('staffwx'),
      role: 'staff',
      communityId: world.community(side),
      status,
      name: '新经办人',
      phone: world.phone(),
      rosterId: memberId,
    },
  ])
  return _id
}

export async function freshCreditRecord(world: World, side: Side): Promise<string> {
  const _id = world.id('credit')
  await world.seeder.insert('creditRecords', [
    {
      _id,
      communityId: world.community(side),
      kind: 'good',
      occurredOn: '2024-01-10',
      reason: '按时公开账目',
      sourceName: '区住房中心通报',
      source: null,
      voided: false,
      voidReason: null,
      createdAt: new Date(world.nowMs()),
    },
  ])
  return _id
}

export async function freshMeeting(world: World, side: Side): Promise<string> {
  const _id = world.id('meeting')
  await world.seeder.insert('meetings', [meetingDoc(world, world.community(side), _id)])
  return _id
}
