import type { Grantee, PermissionTable } from './index'

/** The committee's own people; a `staff` (经办人) account counts only once the director has authorised it. */
export const COMMITTEE: readonly Grantee[] = ['director', 'member', 'alternate', 'staff']
/** Street offices, district and city housing centres: they reach every community of their street/district/city. */
export const GOVERNMENT: readonly Grantee[] = ['streetReviewer', 'districtCentre', 'cityCentre']

/** 业委会管理, 信息综合查询, 会议管理, 共有资金, 信用信息 (manual sections 二, 四, 五, 十). */
export const COMMITTEE_PERMISSIONS: PermissionTable = {
  'committee.listMembers': [...COMMITTEE, 'owner', 'propertyManager', ...GOVERNMENT, 'operator'],
  'committee.addMember': ['director'],
  'committee.editMember': ['director'],
  'committee.removeMember': ['director'],
  'committee.memberHistory': [...COMMITTEE, ...GOVERNMENT],

  'committee.listFilings': [...COMMITTEE, ...GOVERNMENT, 'operator'],
  'committee.getFiling': [...COMMITTEE, ...GOVERNMENT, 'operator'],
  'committee.addFiling': ['streetReviewer', 'districtCentre', 'operator', 'console'],
  'committee.listTrainings': [...COMMITTEE, ...GOVERNMENT, 'operator'],
  'committee.addTraining': ['districtCentre', 'cityCentre', 'operator', 'console'],

  'committee.listMeetings': [...COMMITTEE, ...GOVERNMENT],
  'committee.getMeeting': [...COMMITTEE, ...GOVERNMENT],
  'committee.addMeeting': [...COMMITTEE],
  'committee.editMeeting': [...COMMITTEE],

  'committee.listFundAccounts': ['owner', ...COMMITTEE, ...GOVERNMENT, 'operator'],
  'committee.saveFundAccount': ['operator', 'console'],
  'committee.importFundAccounts': ['operator', 'console'],

  'committee.listCommunities': [...GOVERNMENT, 'operator'],
  'committee.getCredit': ['owner', ...COMMITTEE, ...GOVERNMENT, 'operator'],
  'committee.saveCreditBasic': ['districtCentre'],
  'committee.addCreditRecord': ['districtCentre'],
  'committee.voidCreditRecord': ['districtCentre'],
}
