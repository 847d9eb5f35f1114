import type { PartyNames } from '../../core/evaluations/board'
import { applyIncrements, emptyTally, tallyIncrements, type Scores } from '../../core/evaluations/tally'
import type { EvaluationTarget } from '../../core/evaluations/dimensions'
import type { Database } from '../cloud'
import type { CommunityDoc } from '../collections/register'
import { COLLECTIONS } from '../collections'
import type { Tx } from '../db'
import { statsId } from './keys'

/**
 * The names the tally carries for the ranking's board: every rating writes the community's names as they are,
 * and setPropertyService rewrites them on the period's tallies (server/evaluations/property.ts), so the board's
 * rebuild reads nothing but the tallies.
 */
export const partyNames = (c: Pick<CommunityDoc, 'name' | 'district' | 'propertyProject' | 'propertyCompany'>): PartyNames => ({
  name: c.name,
  district: c.district,
  project: c.propertyProject ?? null,
  company: c.propertyCompany ?? null,
})

/**
 * Keeps the period's tally in step with one rating (new or replaced), staged on the rating's own transaction:
 * one update that `$inc`s the figures, sets the names, stamps `changedAt` (the board's "dirty since",
 * server/evaluations/board.ts) and bumps `changes`. The first rating of a period finds nothing to update and
 * creates the document instead; a concurrent first one conflicts, and the transaction runs again.
 */
export async function accumulate(
  tx: Tx,
  _: Database['command'],
  at: { target: EvaluationTarget; communityId: string; period: string },
  next: Scores,
  previous: Scores | null,
  names: PartyNames,
  nowMs: number,
): Promise<void> {
  const inc = tallyIncrements(next, previous)
  const stamp = { ...names, changedAt: new Date(nowMs) }
  const ref = tx.collection(COLLECTIONS.evaluationStats).doc(statsId(at.target, at.communityId, at.period))
  // `changes` makes every update change the document, so an update that changes nothing means it is missing.
  const update = { ...stamp, changes: _.inc(1), ...Object.fromEntries(Object.entries(inc).map(([path, by]) => [path, _.inc(by)])) }
  const done = (await ref.update({ data: update })) as { updated?: number; stats?: { updated: number } }
  if ((done.stats?.updated ?? done.updated ?? 0) > 0) return
  await ref.set({ data: { ...at, ...applyIncrements(emptyTally(at.target), inc), ...stamp, changes: 1 } })
}
