import type { CommitteeApi } from '@core/api/committee'
import type { InputOf } from '@core/api/contract'
import { cloudFunction } from './cloud'

/** The `committee` function: roster, filings and trainings, meetings, common-fund accounts, credit. */
const committee = cloudFunction<CommitteeApi>('committee')
type In<A extends keyof CommitteeApi> = InputOf<CommitteeApi, A>

export const listMembers = (input: In<'listMembers'>) => committee('listMembers', input)
export const addMember = (input: In<'addMember'>) => committee('addMember', input)
export const editMember = (input: In<'editMember'>) => committee('editMember', input)
export const removeMember = (input: In<'removeMember'>) => committee('removeMember', input)
export const memberHistory = (input: In<'memberHistory'>) => committee('memberHistory', input)

export const listFilings = (input: In<'listFilings'>) => committee('listFilings', input)
export const getFiling = (input: In<'getFiling'>) => committee('getFiling', input)
export const listTrainings = (input: In<'listTrainings'>) => committee('listTrainings', input)
export const addFiling = (input: In<'addFiling'>) => committee('addFiling', input)
export const addTraining = (input: In<'addTraining'>) => committee('addTraining', input)

export const listMeetings = (input: In<'listMeetings'>) => committee('listMeetings', input)
export const getMeeting = (input: In<'getMeeting'>) => committee('getMeeting', input)
export const addMeeting = (input: In<'addMeeting'>) => committee('addMeeting', input)
export const editMeeting = (input: In<'editMeeting'>) => committee('editMeeting', input)

export const listFundAccounts = (input: In<'listFundAccounts'>) => committee('listFundAccounts', input)
export const getCredit = (input: In<'getCredit'>) => committee('getCredit', input)
export const saveCreditBasic = (input: In<'saveCreditBasic'>) => committee('saveCreditBasic', input)
export const addCreditRecord = (input: In<'addCreditRecord'>) => committee('addCreditRecord', input)
export const voidCreditRecord = (input: In<'voidCreditRecord'>) => committee('voidCreditRecord', input)

/** 辖区小区: the communities a street office, district or city centre (or the operator) reaches. */
export const listCommunities = (input: In<'listCommunities'>) => committee('listCommunities', input)
