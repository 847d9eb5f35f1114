import { summarizeItem } from './explain'
import { approvalTest, followMajoritySide, quorumTest, type FollowSide, type Inequality, type TestName } from './rules'
import type { Dimension, ItemClass, Outcome } from './types'

/** Raw counts of effective ballots on one item, in one dimension (area centi or headcount). */
export interface ChoiceFigures {
  agree: number
  oppose: number
  abstain: number
  followMajority: number
}

export interface DimensionFigures extends ChoiceFigures {
  /** N or A: every party / all area in scope. */
  total: number
  /** N_P or A_P: parties with a ballot on the item, 从众 included (docs/counting-rules.md §2). */
  participating: number
  /** Where 从众 goes by the majority rule, whether or not it is applied. */
  followMajorityJoins: FollowSide
  /** agree + 从众 when 从众 is applied and joins agree: the figure the approval test uses. */
  agreeCounted: number
  opposeCounted: number
}

export interface ItemExplanation {
  itemClass: ItemClass
  followMajorityApplied: boolean
  area: DimensionFigures
  headcount: DimensionFigures
  tests: Record<TestName, Inequality>
  /** The tests that decided a negative outcome: failed quorum tests, else failed approval tests. */
  failed: TestName[]
  summary: string
}

export interface ItemResult {
  outcome: Outcome
  explanation: ItemExplanation
}

/**
 * Applies Art. 278 to one item. Quorum first (both area and headcount); only if it is met do
 * the approval tests decide passed/rejected (docs/counting-rules.md §2).
 * `applyFollowMajority` = the assembly's rules let 从众 join the majority; when false, 从众
 * ballots still count as participating (they were recorded — docs/counting-rules.md §2 lists 确认从众 among the
 * ways to participate) but join neither side.
 */
export function evaluateItem(
  itemClass: ItemClass,
  totals: Record<Dimension, number>,
  counts: Record<Dimension, ChoiceFigures>,
  applyFollowMajority: boolean,
): ItemResult {
  const area = dimensionFigures(totals.area, counts.area, applyFollowMajority)
  const headcount = dimensionFigures(totals.headcount, counts.headcount, applyFollowMajority)
  const tests: Record<TestName, Inequality> = {
    quorumArea: quorumTest('area', area.participating, area.total),
    quorumHeadcount: quorumTest('headcount', headcount.participating, headcount.total),
    approvalArea: approvalTest('area', itemClass, area.agreeCounted, area.participating),
    approvalHeadcount: approvalTest('headcount', itemClass, headcount.agreeCounted, headcount.participating),
  }
  const quorumFailed = (['quorumArea', 'quorumHeadcount'] as const).filter((t) => !tests[t].holds)
  const approvalFailed = (['approvalArea', 'approvalHeadcount'] as const).filter((t) => !tests[t].holds)
  const outcome: Outcome = quorumFailed.length > 0 ? 'noValidDecision' : approvalFailed.length > 0 ? 'rejected' : 'passed'
  const failed: TestName[] = quorumFailed.length > 0 ? quorumFailed : approvalFailed
  const partial = { itemClass, followMajorityApplied: applyFollowMajority, area, headcount, tests, failed }
  return { outcome, explanation: { ...partial, summary: summarizeItem(outcome, partial) } }
}

function dimensionFigures(total: number, c: ChoiceFigures, apply: boolean): DimensionFigures {
  const joins = followMajoritySide(c.agree, c.oppose)
  return {
    ...c,
    total,
    participating: c.agree + c.oppose + c.abstain + c.followMajority,
    followMajorityJoins: joins,
    agreeCounted: c.agree + (apply && joins === 'agree' ? c.followMajority : 0),
    opposeCounted: c.oppose + (apply && joins === 'oppose' ? c.followMajority : 0),
  }
}
