import { ok, type Result } from '../result'
import { formatAreaUnits, formatScaled } from '../format'
import { approvalPhrase, outcomeText, quorumPhrase } from './explain'
import { approvalTest, followMajoritySide, quorumTest, type FollowSide, type Inequality, type TestName } from './rules'
import type { Dimension, ItemClass, Outcome } from './types'
import { reachableOutcomes, reachableStates, type DimensionKnown, type DimensionState } from './verify-range'
import { FIGURE_KEYS, parseAnnouncement, type Announcement, type FigureKey, type Known } from './verify-schema'

/**
 * Checks a published result (公告) against Art. 278: anyone can recompute whether the announced
 * figures really give the announced outcome. `undetermined` only when a missing figure decides it.
 */

export type VerifyOutcome = Outcome | 'undetermined'

export interface CheckStatus {
  test: TestName
  dimension: Dimension
  formula: string
  /** null = the unknown figures allow either answer (or, for approval, quorum can never be met). */
  holds: boolean | null
  /** The inequality with numbers, when every figure it needs is published. */
  inequality: Inequality | null
}

export interface VerifyVariant {
  outcome: VerifyOutcome
  followMajorityApplied: boolean
  followMajorityJoins: Record<Dimension, FollowSide | 'unknown'>
  checks: Record<TestName, CheckStatus>
  /** Tests known to fail and decisive: failed quorum tests, else failed approval tests. */
  failed: TestName[]
  summary: string
}

export interface VerifyReport {
  /** With 从众 joining the majority when the notice reports 从众 figures (docs/counting-rules.md §5). */
  outcome: VerifyOutcome
  outcomeWithoutFollowMajority: VerifyOutcome
  explanation: {
    itemClass: ItemClass
    followMajorityReported: boolean
    /** Area figures are integers of 10^-areaDecimals m²: the most decimals any published area has, at least 2. */
    areaDecimals: number
    /** Figures as read: counts, areas in 10^-areaDecimals m² and as m² text; null = not published. */
    figures: Record<FigureKey, { owners: Known; areaUnits: Known; area: string | null }>
    unknownFigures: string[]
    withFollowMajority: VerifyVariant
    withoutFollowMajority: VerifyVariant
    summary: string
  }
}

export function verifyAnnouncement(input: unknown): Result<VerifyReport> {
  const parsed = parseAnnouncement(input)
  if (!parsed.ok) return parsed
  const a = parsed.data
  const itemClass: ItemClass = a.major ? 'major' : 'ordinary'
  const unknownFigures = FIGURE_KEYS.flatMap((k) => [
    ...(a.figures[k].owners === null ? [`${k}.owners`] : []),
    ...(a.figures[k].areaUnits === null ? [`${k}.area`] : []),
  ])
  const withFollow = variant(a, itemClass, true, unknownFigures)
  const without = variant(a, itemClass, false, unknownFigures)
  const figures = Object.fromEntries(
    FIGURE_KEYS.map((k) => {
      const { owners, areaUnits } = a.figures[k]
      return [k, { owners, areaUnits, area: areaUnits === null ? null : formatScaled(areaUnits, a.areaDecimals) }]
    }),
  ) as VerifyReport['explanation']['figures']
  return ok({
    outcome: withFollow.outcome,
    outcomeWithoutFollowMajority: without.outcome,
    explanation: {
      itemClass,
      areaDecimals: a.areaDecimals,
      followMajorityReported: a.followMajorityReported,
      figures,
      unknownFigures,
      withFollowMajority: withFollow,
      withoutFollowMajority: without,
      summary: withFollow.summary,
    },
  })
}

function dimension(a: Announcement, dim: Dimension): DimensionKnown {
  const pick = (k: FigureKey) => (dim === 'area' ? a.figures[k].areaUnits : a.figures[k].owners)
  return {
    total: pick('total'),
    participated: pick('participated'),
    agree: pick('agree'),
    oppose: pick('oppose'),
    abstain: pick('abstain'),
    invalid: pick('invalid'),
    followMajority: pick('followMajority'),
  }
}

function variant(a: Announcement, itemClass: ItemClass, apply: boolean, unknownFigures: string[]): VerifyVariant {
  const dims = { area: dimension(a, 'area'), headcount: dimension(a, 'headcount') }
  const states = {
    area: reachableStates(dims.area, itemClass, apply),
    headcount: reachableStates(dims.headcount, itemClass, apply),
  }
  const outcomes = reachableOutcomes(states.area, states.headcount)
  const outcome: VerifyOutcome = outcomes.size === 1 ? [...outcomes][0] : 'undetermined'
  const checks = {
    quorumArea: quorumCheck('area', dims.area, states.area),
    quorumHeadcount: quorumCheck('headcount', dims.headcount, states.headcount),
    approvalArea: approvalCheck('area', itemClass, dims.area, states.area, apply),
    approvalHeadcount: approvalCheck('headcount', itemClass, dims.headcount, states.headcount, apply),
  }
  const quorumFailed = (['quorumArea', 'quorumHeadcount'] as const).filter((t) => checks[t].holds === false)
  const approvalFailed = (['approvalArea', 'approvalHeadcount'] as const).filter((t) => checks[t].holds === false)
  const failed: TestName[] = outcome === 'noValidDecision' ? quorumFailed : outcome === 'rejected' ? approvalFailed : []
  const followMajorityJoins = {
    area: joins(dims.area),
    headcount: joins(dims.headcount),
  }
  const showArea = (units: number) => formatAreaUnits(units, a.areaDecimals)
  const summary = summarize(
    outcome,
    itemClass,
    dims,
    checks,
    apply,
    a.followMajorityReported,
    followMajorityJoins,
    unknownFigures,
    showArea,
  )
  return { outcome, followMajorityApplied: apply, followMajorityJoins, checks, failed, summary }
}

function joins(d: DimensionKnown): FollowSide | 'unknown' {
  return d.agree === null || d.oppose === null ? 'unknown' : followMajoritySide(d.agree, d.oppose)
}

/** The agree figure the approval test uses, when it is fully known. */
function agreeCounted(d: DimensionKnown, apply: boolean): number | null {
  if (d.agree === null) return null
  if (!apply) return d.agree
  const side = joins(d)
  if (side === 'unknown') return null
  if (side !== 'agree') return d.agree
  return d.followMajority === null ? null : d.agree + d.followMajority
}

function quorumCheck(dim: Dimension, d: DimensionKnown, s: Set<DimensionState>): CheckStatus {
  const inequality = d.total !== null && d.participated !== null ? quorumTest(dim, d.participated, d.total) : null
  const canMeet = s.has('pass') || s.has('fail')
  const holds = inequality ? inequality.holds : !s.has('noQuorum') ? true : !canMeet ? false : null
  const test = dim === 'area' ? 'quorumArea' : 'quorumHeadcount'
  return { test, dimension: dim, formula: inequality?.formula ?? quorumTest(dim, 0, 0).formula, holds, inequality }
}

function approvalCheck(dim: Dimension, itemClass: ItemClass, d: DimensionKnown, s: Set<DimensionState>, apply: boolean): CheckStatus {
  const agree = agreeCounted(d, apply)
  const inequality = agree !== null && d.participated !== null ? approvalTest(dim, itemClass, agree, d.participated) : null
  const holds = inequality ? inequality.holds : s.has('pass') === s.has('fail') ? null : s.has('pass')
  const test = dim === 'area' ? 'approvalArea' : 'approvalHeadcount'
  return { test, dimension: dim, formula: approvalTest(dim, itemClass, 0, 0).formula, holds, inequality }
}

const DIM_WORD: Record<Dimension, '面积' | '人数'> = { area: '面积', headcount: '人数' }

function summarize(
  outcome: VerifyOutcome,
  itemClass: ItemClass,
  dims: Record<Dimension, DimensionKnown>,
  checks: Record<TestName, CheckStatus>,
  apply: boolean,
  followReported: boolean,
  followJoins: Record<Dimension, FollowSide | 'unknown'>,
  unknownFigures: string[],
  showArea: (units: number) => string,
): string {
  const show = (dim: Dimension, v: number) => (dim === 'area' ? showArea(v) : String(v))
  const parts: string[] = []
  for (const dim of ['area', 'headcount'] as const) {
    const d = dims[dim]
    const check = checks[dim === 'area' ? 'quorumArea' : 'quorumHeadcount']
    const w = DIM_WORD[dim]
    if (d.participated !== null && d.total !== null) {
      parts.push(quorumPhrase(w, show(dim, d.participated), show(dim, d.total), check.holds === true))
    } else {
      parts.push(
        check.holds === null
          ? `参与表决${w}无法判断是否达到三分之二`
          : `参与表决${w}${check.holds ? '' : '未'}达到三分之二（按已公布数据推算）`,
      )
    }
  }
  if (followReported) {
    const side = (j: FollowSide | 'unknown') =>
      !apply ? '不计入' : j === 'agree' ? '计入同意' : j === 'oppose' ? '计入反对' : j === 'neither' ? '不计入任何一方' : '去向未知'
    parts.push(`从众面积${side(followJoins.area)}，从众人数${side(followJoins.headcount)}`)
  }
  if (outcome !== 'noValidDecision') {
    for (const dim of ['area', 'headcount'] as const) {
      const check = checks[dim === 'area' ? 'approvalArea' : 'approvalHeadcount']
      const w = DIM_WORD[dim]
      if (check.inequality) parts.push(approvalPhrase(w, show(dim, check.inequality.left.value), itemClass, check.inequality.holds))
      else if (check.holds !== null) parts.push(`同意${w}${check.holds ? '' : '未'}达到表决要求（按已公布数据推算）`)
      else parts.push(`同意${w}无法判断是否达到表决要求`)
    }
  }
  const ending = outcome === 'undetermined' ? `缺少数据（${unknownFigures.join('、')}），无法确定结果` : outcomeText(outcome)
  return `${parts.join('；')}；${ending}。`
}
