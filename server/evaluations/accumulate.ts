import { applyIncrements, emptyTally, tallyIncrements, type Scores } from '../../core/evaluations/tally'
import type { EvaluationTarget } from '../../core/evaluations/dimensions'
import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import { isDuplicate } from '../db'
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
 * Keeps the period's figures in step with one rating (new or replaced): the target's tally and the
 * city board, each one `$inc` update (two writes side by side). The first rating of a period
 * creates the document instead; a concurrent first one loses the insert and increments.
 */
export async function accumulate(
  db: Database,
  at: { target: EvaluationTarget; communityId: string; period: string },
  next: Scores,
  previous: Scores | null,
  names: PartyNames,
): Promise<void> {
  const _ = db.command
  const tallyInc = tallyIncrements(next, previous)
  const key = boardKey(at.communityId)
  const entryInc = { scoreSum: sumOf(next) - sumOf(previous), n: previous ? 0 : 1 }
  const boardEntry = (base: { scoreSum: number; n: number }) => ({ ...names, ...base })
  await Promise.all([
    // The same scores again change no tally (an empty update is refused by the SDK).
    Object.keys(tallyInc).length > 0 &&
      incOrCreate(
        db,
        COLLECTIONS.evaluationStats,
        statsId(at.target, at.communityId, at.period),
        Object.fromEntries(Object.entries(tallyInc).map(([path, by]) => [path, _.inc(by)])),
        () => ({ ...at, ...applyIncrements(emptyTally(at.target), tallyInc) }),
      ),
    incOrCreate(
      db,
      COLLECTIONS.evaluationBoards,
      boardId(at.period),
      {
        [`${at.target}.${key}.scoreSum`]: _.inc(entryInc.scoreSum),
        [`${at.target}.${key}.n`]: _.inc(entryInc.n),
        ...Object.fromEntries(Object.entries(names).map(([field, value]) => [`${at.target}.${key}.${field}`, value])),
      },
      () => ({ period: at.period, property: {}, committee: {}, [at.target]: { [key]: boardEntry(entryInc) } }),
    ),
  ])
}

async function incOrCreate(db: Database, name: string, id: string, update: object, created: () => object): Promise<void> {
  const first = (await db.collection(name).where({ _id: id }).update({ data: update })) as { stats: { updated: number } }
  if (first.stats.updated > 0) return
  try {
    await db.collection(name).add({ data: { _id: id, ...created() } })
  } catch (e) {
    if (!isDuplicate(e)) throw e
    await db.collection(name).where({ _id: id }).update({ data: update })
  }
}
