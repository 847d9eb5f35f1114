import { COMMITTEE_ERRORS, COMMITTEE_LABELS, committeeApi } from '../../../core/api/committee'
import { defineFunction } from '../../../server/handler'
import { listCommunities } from '../../../server/committee/communities'
import { addCreditRecord, getCredit, saveCreditBasic, voidCreditRecord } from '../../../server/committee/credit'
import { importFundAccounts, listFundAccounts, saveFundAccount } from '../../../server/committee/funds'
import { addMeeting, editMeeting, getMeeting, listMeetings } from '../../../server/committee/meetings'
import { addMember, editMember, listMembers, memberHistory, removeMember } from '../../../server/committee/members'
import { addFiling, addTraining, getFiling, listFilings, listTrainings } from '../../../server/committee/records'

/** 业委会管理, 信息综合查询, 会议管理, 共有资金, 信用信息. */
export const main = defineFunction(
  'committee',
  committeeApi,
  { errors: COMMITTEE_ERRORS, labels: COMMITTEE_LABELS },
  {
    listMembers,
    addMember,
    editMember,
    removeMember,
    memberHistory,
    listFilings,
    getFiling,
    addFiling,
    listTrainings,
    addTraining,
    listMeetings,
    getMeeting,
    addMeeting,
    editMeeting,
    listFundAccounts,
    saveFundAccount,
    importFundAccounts,
    listCommunities,
    getCredit,
    saveCreditBasic,
    addCreditRecord,
    voidCreditRecord,
  },
)
