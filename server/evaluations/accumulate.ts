import { applyIncrements, emptyTally, tallyIncrements, type Scores } from '../../core/evaluations/tally'
import type { EvaluationTarget } from '../../core/evaluations/dimensions'
import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import type { Tx } from '../db'
import { boardId, boardKey, statsId } from './keys'

/** What the board shows of a rated party beside its figures (copied on every rating, so the ranking needs no other read). */
export interface PartyNames {
  name: string
  district: string
  project: string | null
  company: string | null
}

const sumOf = (scores: Scores | null) => Object.values(scores ?? {}).reduce((a, b) => a + b, 0)

/**
 * Keeps the period's figures in step with one rating (new or replaced), staged on the rating's own
 * transaction: the target's tally and the city board, each one `$inc` update (side by side). The
 * first rating of a period finds nothing to update and creates the document instead; a concurrent
 * first one conflicts, and the transaction runs again.
 */
export async function accumulate(
  tx: Tx,
  _: Database['command'],
  at: { target: EvaluationTarget; communityId: string; period: string },
  next: Scores,
  previous: Scores | null,
  names: PartyNames,
): Promise<void> {
  const tallyInc = tallyIncrements(next, previous)
  const key = boardKey(at.communityId)
  const entryInc = { scoreSum: sumOf(next) - sumOf(previous), n: previous ? 0 : 1 }
  const boardEntry = (base: { scoreSum: number; n: number }) => ({ ...names, ...base })
  await Promise.all([
    // The same scores again change no tally (an empty update is refused by the SDK).
    Object.keys(tallyInc).length > 0 &&
      incOrCreate(
        tx,
        COLLECTIONS.evaluationStats,
        statsId(at.target, at.communityId, at.period),
        Object.fromEntries(Object.entries(tallyInc).map(([path, by]) => [path, _.inc(by)])),
        () => ({ ...at, ...applyIncrements(emptyTally(at.target), tallyInc) }),
      ),
    incOrCreate(
      tx,
      COLLECTIONS.evaluationBoards,
      boardId(at.period),
      {
        changes: _.inc(1),
        [`${at.target}.${key}.scoreSum`]: _.inc(entryInc.scoreSum),
        [`${at.target}.${key}.n`]: _.inc(entryInc.n),
        ...Object.fromEntries(Object.entries(names).map(([field, value]) => [`${at.target}.${key}.${field}`, value])),
      },
      () => ({ period: at.period, changes: 1, property: {}, committee: {}, [at.target]: { [key]: boardEntry(entryInc) } }),
    ),
  ])
}

/** An update that changes nothing means the document is missing (the board's `changes` makes every update change it). */
async function incOrCreate(tx: Tx, name: string, id: string, update: object, created: () => object): Promise<void> {
  const ref = tx.collection(name).doc(id)
  const done = (await ref.update({ data: update })) as { updated?: number; stats?: { updated: number } }
  if ((done.stats?.updated ?? done.updated ?? 0) > 0) return
  await ref.set({ data: created() })
}
