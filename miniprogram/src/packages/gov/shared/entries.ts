import type { CommunityReach, ReachAction } from '@core/api/committee'
import { committeeRoutes, disclosureRoutes, trainingRoutes } from '../../../routes'
import { govRoutes } from '../routes'

export interface Entry {
  title: string
  /** One plain line under the title: what the page holds. */
  note: string
  url: string
}

interface EntryRule extends Omit<Entry, 'url'> {
  /** The committee action the page needs; the entry shows only when the server says the caller may call it there. */
  action: ReachAction
  page: (communityId: string) => string
}

/** The committee's own pages, opened for this community (they read `?communityId=`). */
const READS: EntryRule[] = [
  { action: 'listFilings', title: '信息综合查询', note: '备案记录、培训结果', page: committeeRoutes.records },
  { action: 'getCredit', title: '信用信息', note: '基本信息、良好信息、不良信息', page: committeeRoutes.credit },
  { action: 'listMembers', title: '业委会管理', note: '委员、候补委员和工作人员', page: committeeRoutes.members },
  { action: 'listMeetings', title: '会议管理', note: '会议记录和纪要', page: committeeRoutes.meetings },
  { action: 'listFundAccounts', title: '共有资金', note: '共有资金银行账户', page: committeeRoutes.funds },
  // 信息公开 reaches every area role, as the roster does (server/permissions/disclosures.ts READERS).
  { action: 'listMembers', title: '信息公开', note: '公开的信息和公开日历', page: disclosureRoutes.list },
  { action: 'listMembers', title: '大额资金转账公示', note: '共有资金大额转账及年度合计', page: disclosureRoutes.transfers },
  // training.completions reaches whoever reads 培训结果 (server/permissions/training.ts, committee.listTrainings).
  {
    action: 'listTrainings',
    title: '学习情况',
    note: '业委会人员学习宣传培训课程的进度和完成情况',
    page: trainingRoutes.completions,
  },
]

/** What a street office or housing centre enters for the committee. */
const WRITES: EntryRule[] = [
  { action: 'addCreditRecord', title: '信用信息维护', note: '修改基本信息，录入或作废良好、不良信息', page: govRoutes.credit },
  { action: 'addFiling', title: '录入备案', note: '备案编号、日期、任期、状态和备案文件', page: govRoutes.filingAdd },
  { action: 'addTraining', title: '录入培训结果', note: '人员、课程、日期和结果', page: govRoutes.trainingAdd },
]

/** The entries of one community's page, split into what the caller reads and what she enters. */
export function entriesFor(community: Pick<CommunityReach, 'id' | 'may'>): { reads: Entry[]; writes: Entry[] } {
  const open = (rules: EntryRule[]) =>
    rules.filter((r) => community.may.includes(r.action)).map(({ title, note, page }) => ({ title, note, url: page(community.id) }))
  return { reads: open(READS), writes: open(WRITES) }
}

/** '南山区 桃源街道'. */
export function placeOf(community: Pick<CommunityReach, 'street' | 'district'>): string {
  return [community.district, community.street].filter(Boolean).join(' ')
}
