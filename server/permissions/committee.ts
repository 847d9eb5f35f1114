import { committeeApi } from '../../core/api/committee'
import { AREA_ROLES, COMMITTEE_ROLES, GOVERNMENT_ROLES } from '../../core/roles'
import { permissionsFor } from './table'

/** 业委会管理, 信息综合查询, 会议管理, 共有资金, 信用信息 (manual sections 二, 四, 五, 十). */
export const COMMITTEE_PERMISSIONS = permissionsFor('committee', committeeApi, {
  listMembers: [...COMMITTEE_ROLES, 'owner', 'propertyManager', ...AREA_ROLES],
  addMember: ['director'],
  editMember: ['director'],
  removeMember: ['director'],
  memberHistory: [...COMMITTEE_ROLES, ...GOVERNMENT_ROLES],

  listFilings: [...COMMITTEE_ROLES, ...AREA_ROLES],
  getFiling: [...COMMITTEE_ROLES, ...AREA_ROLES],
  addFiling: ['streetReviewer', 'districtCentre', 'operator', 'console'],
  listTrainings: [...COMMITTEE_ROLES, ...AREA_ROLES],
  addTraining: ['districtCentre', 'cityCentre', 'operator', 'console'],

  listMeetings: [...COMMITTEE_ROLES, ...GOVERNMENT_ROLES],
  getMeeting: [...COMMITTEE_ROLES, ...GOVERNMENT_ROLES],
  addMeeting: COMMITTEE_ROLES,
  editMeeting: COMMITTEE_ROLES,

  listFundAccounts: ['owner', ...COMMITTEE_ROLES, 'propertyManager', ...AREA_ROLES],
  saveFundAccount: ['operator', 'console'],
  importFundAccounts: ['operator', 'console'],

  listCommunities: AREA_ROLES,
  getCredit: ['owner', ...COMMITTEE_ROLES, ...AREA_ROLES],
  saveCreditBasic: ['districtCentre'],
  addCreditRecord: ['districtCentre'],
  voidCreditRecord: ['districtCentre'],
})
