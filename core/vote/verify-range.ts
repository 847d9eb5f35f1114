import { approves, quorumNeeded } from './rules'
import type { ItemClass, Outcome } from './types'
import type { Known } from './verify-schema'

/**
 * Deciding a result when some published figures are unknown (null). Each dimension (area,
 * headcount) is analysed on its own — they share no figures — for the set of states its unknowns
 * can still reach; the outcome is decided only when every combination gives the same one.
 *
 * Model per dimension: total T ≥ participated P ≥ agree + oppose + abstain + invalid + 从众,
 * all non-negative integers, unknowns free within those bounds (P may exceed the sum of the
 * parts: participants the notice did not classify, who count as not agreeing).
 */

export type DimensionState = 'noQuorum' | 'pass' | 'fail'

export interface DimensionKnown {
  total: Known
  participated: Known
  agree: Known
  oppose: Known
  abstain: Known
  invalid: Known
  followMajority: Known
}

/**
 * Which states the unknowns allow. Quorum is met for P in [max(P_lo, ⌈2T/3⌉), P_hi]. For a given
 * P the agree figure ranges over [effMin(P), effMax(P)] and approval is monotone in it, so `pass`
 * is reachable at P iff effMax(P) passes, `fail` iff effMin(P) fails. Across P, effMax grows with
 * slope 0 or 1 per case (plus at most an upward jump when 从众 flips to agree) and effMin is
 * constant or steps down, so 2·eff − P and 4·eff − 3·P are monotone in P: checking both ends of
 * the range is enough. An unbounded range (T and P unknown) is cut at 8·(K+1), past every
 * breakpoint and past the point (4K) where the slope-1 cases settle. The property tests compare
 * this against brute-force enumeration.
 */
export function reachableStates(d: DimensionKnown, itemClass: ItemClass, applyFollow: boolean): Set<DimensionState> {
  const parts = [d.agree, d.oppose, d.abstain, d.invalid, d.followMajority]
  const knownSum = parts.reduce((s: number, v) => s + (v ?? 0), 0)
  const pLow = d.participated ?? knownSum
  const pHigh = d.participated ?? d.total ?? Infinity
  const states = new Set<DimensionState>()

  // Quorum missed: some P with 3·P < 2·T (an unknown total can always be large enough).
  if (d.total === null || !(3 * pLow >= 2 * d.total)) states.add('noQuorum')

  // Quorum met: an unknown total can be as small as P (never 0: a scope has someone in it),
  // and 3·P ≥ 2·P always holds.
  const qLow = Math.max(pLow, d.total === null ? 1 : quorumNeeded(d.total))
  const qHigh = pHigh === Infinity ? Math.max(qLow, 8 * (knownSum + 1)) : pHigh
  if (qLow <= qHigh) {
    for (const p of [qLow, qHigh]) {
      const slack = p - knownSum
      if (approves(itemClass, effMax(d, slack, applyFollow), p)) states.add('pass')
      if (!approves(itemClass, effMin(d, slack, applyFollow), p)) states.add('fail')
    }
  }
  return states
}

/**
 * Largest agree figure the approval test can see, with `slack` = P − known parts to give to
 * unknown parts. Unknown agree or 从众 take all the slack; unknown oppose stays 0 so 从众 joins
 * agree whenever it can (agree > oppose, docs/counting-rules.md §5).
 */
function effMax(d: DimensionKnown, slack: number, applyFollow: boolean): number {
  if (!applyFollow) return d.agree ?? slack
  const oppose = d.oppose ?? 0
  if (d.agree === null) return d.followMajority === null ? slack : slack + (slack > oppose ? d.followMajority : 0)
  const follow = d.followMajority ?? slack
  return d.agree > oppose ? d.agree + follow : d.agree
}

/**
 * Smallest agree figure: unknown agree is 0; unknown 从众 is 0; unknown oppose takes as much slack
 * as it needs to reach agree (a tie sends 从众 to neither side).
 */
function effMin(d: DimensionKnown, slack: number, applyFollow: boolean): number {
  if (d.agree === null) return 0
  if (!applyFollow || d.followMajority === null) return d.agree
  if (d.oppose !== null) return d.agree > d.oppose ? d.agree + d.followMajority : d.agree
  return slack >= d.agree ? d.agree : d.agree + d.followMajority
}

/** Outcomes reachable from the two dimensions' states (Art. 278 needs both to hold). */
export function reachableOutcomes(area: Set<DimensionState>, headcount: Set<DimensionState>): Set<Outcome> {
  const outcomes = new Set<Outcome>()
  for (const a of area) {
    for (const h of headcount) {
      if (a === 'noQuorum' || h === 'noQuorum') outcomes.add('noValidDecision')
      else outcomes.add(a === 'pass' && h === 'pass' ? 'passed' : 'rejected')
    }
  }
  return outcomes
}
