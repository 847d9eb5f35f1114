import type { CommunityReach, ReachAction } from '@core/api/committee'
import {
  COMMITTEE_CREDIT_URL, COMMITTEE_FUNDS_URL, COMMITTEE_MEETINGS_URL, COMMITTEE_MEMBERS_URL, COMMITTEE_RECORDS_URL,
  GOV_CREDIT_URL, GOV_FILING_ADD_URL, GOV_TRAINING_ADD_URL,
} from '../../../routes'

export interface Entry {
  title: string
  /** One plain line under the title: what the page holds. */
  note: string
  url: string
}

interface EntryRule extends Omit<Entry, 'url'> {
  /** The committee action the page needs; the entry shows only when the server says the caller may call it there. */
  action: ReachAction
  page: string
}

/** The committee's own pages, opened for this community (they read `?communityId=`). */
const READS: EntryRule[] = [
  { action: 'listFilings', title: '信息综合查询', note: '备案记录、培训结果', page: COMMITTEE_RECORDS_URL },
  { action: 'getCredit', title: '信用信息', note: '基本信息、良好信息、不良信息', page: COMMITTEE_CREDIT_URL },
  { action: 'listMembers', title: '业委会管理', note: '委员、候补委员和工作人员', page: COMMITTEE_MEMBERS_URL },
  { action: 'listMeetings', title: '会议管理', note: '会议记录和纪要', page: COMMITTEE_MEETINGS_URL },
  { action: 'listFundAccounts', title: '共有资金', note: '共有资金银行账户', page: COMMITTEE_FUNDS_URL },
]

/** What a street office or housing centre enters for the committee. */
const WRITES: EntryRule[] = [
  { action: 'addCreditRecord', title: '信用信息维护', note: '修改基本信息，录入或作废良好、不良信息', page: GOV_CREDIT_URL },
  { action: 'addFiling', title: '录入备案', note: '备案编号、日期、任期、状态和备案文件', page: GOV_FILING_ADD_URL },
  { action: 'addTraining', title: '录入培训结果', note: '人员、课程、日期和结果', page: GOV_TRAINING_ADD_URL },
]

/** The entries of one community's page, split into what the caller reads and what she enters. */
export function entriesFor(community: Pick<CommunityReach, 'id' | 'may'>): { reads: Entry[]; writes: Entry[] } {
  const open = (rules: EntryRule[]) => rules
    .filter((r) => community.may.includes(r.action))
    .map(({ title, note, page }) => ({ title, note, url: `${page}?communityId=${encodeURIComponent(community.id)}` }))
  return { reads: open(READS), writes: open(WRITES) }
}

/** '南山区 桃源街道'. */
export function placeOf(community: Pick<CommunityReach, 'street' | 'district'>): string {
  return [community.district, community.street].filter(Boolean).join(' ')
}
