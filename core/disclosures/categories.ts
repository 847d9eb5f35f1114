/*
 * What owners are owed, from the law. Each category names its source, so the list a director picks
 * from and the page an owner reads say why the item is public:
 * - Civil Code Art. 943: the property service provider regularly discloses its service items, the
 *   responsible staff, quality standards, fee items and rates, performance of the contract, the use
 *   of maintenance funds and the operation of and income from the common parts.
 * - Civil Code Art. 281: the raising and use of the maintenance fund are published regularly.
 * - Civil Code Art. 282: income from the common parts, after reasonable costs, belongs to the owners.
 * - SPC interpretation on building differentiated ownership, Art. 13: an owner may ask to see the
 *   fund, the management statute and the assembly's rules, decisions and minutes, the service
 *   contract, the use of and income from common parts, and the disposal of parking spaces.
 * - The committee's own items: its members and contacts, its meeting decisions, the use of its seal.
 * Plain data (no zod), so pages may import it without the schema library.
 */

export const DISCLOSURE_CATEGORIES = [
  'serviceItems',
  'serviceStaff',
  'qualityStandards',
  'feeItems',
  'contractPerformance',
  'maintenanceFund',
  'commonIncome',
  'rulesAndDecisions',
  'serviceContract',
  'parking',
  'committeeMembers',
  'committeeDecisions',
  'sealUse',
  'other',
] as const
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number]

export interface CategorySpec {
  label: string
  /** The law or rule that makes it public, as people read it. */
  basis: string
  /** Whether it carries a statement of account (opening, income, expense, closing). */
  financial: boolean
}

const CIVIL_943 = '《民法典》第九百四十三条'
const SPC_13 = '《最高人民法院关于审理建筑物区分所有权纠纷案件适用法律若干问题的解释》第十三条'
const COMMITTEE = '业主委员会工作规则'

export const DISCLOSURE_CATEGORY_SPECS: Record<DisclosureCategory, CategorySpec> = {
  serviceItems: { label: '物业服务事项', basis: CIVIL_943, financial: false },
  serviceStaff: { label: '物业服务负责人员', basis: CIVIL_943, financial: false },
  qualityStandards: { label: '物业服务质量要求', basis: CIVIL_943, financial: false },
  feeItems: { label: '收费项目和收费标准', basis: CIVIL_943, financial: false },
  contractPerformance: { label: '物业服务合同履行情况', basis: CIVIL_943, financial: false },
  maintenanceFund: { label: '维修资金筹集和使用情况', basis: `《民法典》第二百八十一条、第九百四十三条，${SPC_13}`, financial: true },
  commonIncome: { label: '共有部分经营收益及分配', basis: `《民法典》第二百八十二条、第九百四十三条，${SPC_13}`, financial: true },
  rulesAndDecisions: { label: '管理规约、议事规则及业主大会决定和会议记录', basis: SPC_13, financial: false },
  serviceContract: { label: '物业服务合同', basis: SPC_13, financial: false },
  parking: { label: '车位、车库的处分情况', basis: SPC_13, financial: false },
  committeeMembers: { label: '业委会成员及联系方式', basis: COMMITTEE, financial: false },
  committeeDecisions: { label: '业委会会议决定', basis: COMMITTEE, financial: false },
  sealUse: { label: '印章使用情况', basis: COMMITTEE, financial: false },
  other: { label: '其他', basis: '', financial: false },
}

export const DISCLOSURE_CATEGORY_LABELS: Record<DisclosureCategory, string> = Object.fromEntries(
  DISCLOSURE_CATEGORIES.map((c) => [c, DISCLOSURE_CATEGORY_SPECS[c].label]),
) as Record<DisclosureCategory, string>

/** The category whose label is `label` (as the import template's column holds it), or null. */
export function categoryByLabel(label: string): DisclosureCategory | null {
  return DISCLOSURE_CATEGORIES.find((c) => DISCLOSURE_CATEGORY_SPECS[c].label === label.trim()) ?? null
}

/** Least days a published item stays on display (counted from the day it is published). */
export const MIN_DISPLAY_DAYS = 15

export type DisclosureStatus = 'draft' | 'published' | 'voided'
export const DISCLOSURE_STATUS_LABELS: Record<DisclosureStatus, string> = { draft: '草稿', published: '已发布', voided: '已作废' }

/** One line of a statement of account, in integer fen. */
export interface FinanceLine {
  item: string
  openingFen: number
  incomeFen: number
  expenseFen: number
  closingFen: number
}

/** The 1-based lines whose opening + income − expense is not the closing balance. */
export function unbalancedLines(lines: readonly FinanceLine[]): number[] {
  return lines.flatMap((l, i) => (l.openingFen + l.incomeFen - l.expenseFen === l.closingFen ? [] : [i + 1]))
}
