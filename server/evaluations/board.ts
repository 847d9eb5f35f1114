import { boardOf, type BoardTally } from '../../core/evaluations/board'
import { COLLECTIONS } from '../collections'
import type { EvaluationBoardDoc } from '../collections/evaluation'
import { firstRow, toDate } from '../db'
import type { Ctx } from '../handler'
import { keptFigures } from '../kept'
import { readAll } from '../vote/paging'
import { boardId } from './keys'

/**
 * The ranking's board is lazy: no rating writes it (it would be one document every rating of the city locks).
 * The ranking page rebuilds it from the period's tallies, the figures each rating keeps
 * (server/evaluations/accumulate.ts), when it is stale: at most once every FRESH_MS, and only when a tally changed
 * since it was built (each tally's `changedAt`). An instance keeps it in memory while fresh (server/kept.ts).
 */
export const FRESH_MS = 30_000

/**
 * How long before a rebuild a change may have been stamped and still not committed when the rebuild read: a
 * rating stamps `changedAt` inside its transaction, which commits later. The longest a function may run on
 * CloudBase, so no transaction outlives it.
 */
export const SETTLE_MS = 60_000

/** A board as this instance last saw it: `checkedAt` is when it was built, or last found not to be stale. */
interface KeptBoard {
  board: EvaluationBoardDoc | null
  checkedAt: number
}

const boards = keptFigures<KeptBoard>(8)

/**
 * The period's board, at most FRESH_MS old or with no tally changed since it was built. Reads: none while this
 * instance's copy is fresh; else the stored board (1); when that is older than FRESH_MS, whether any tally changed
 * since (1 more); when one did, the rebuild: every tally of the period in pages of 1000 (⌈tallies/1000⌉ reads) and
 * one write.
 */
export async function boardOfPeriod(ctx: Ctx, period: string): Promise<EvaluationBoardDoc | null> {
  const fresh = (kept: KeptBoard | undefined): kept is KeptBoard =>
    kept !== undefined && ctx.now() >= kept.checkedAt && ctx.now() - kept.checkedAt < FRESH_MS
  const kept = await boards({
    key: period,
    fresh,
    read: async () => {
      const board = await firstRow<EvaluationBoardDoc>(
        ctx.db
          .collection(COLLECTIONS.evaluationBoards)
          .where({ _id: boardId(period) })
          .limit(1),
      )
      return board ? { board, checkedAt: toDate(board.asOf).getTime() } : undefined
    },
    count: async (stored) => {
      if (stored?.board && !(await changedSince(ctx, period, stored.checkedAt - SETTLE_MS))) return { ...stored, checkedAt: ctx.now() }
      const board = await rebuild(ctx, period)
      return { board, checkedAt: toDate(board.asOf).getTime() }
    },
  })
  return kept.board
}

/** Whether any tally of the period changed at or after `sinceMs`: one read of one id (index period_changedAt). */
async function changedSince(ctx: Ctx, period: string, sinceMs: number): Promise<boolean> {
  const changed = await firstRow(
    ctx.db
      .collection(COLLECTIONS.evaluationStats)
      .where({ period, changedAt: ctx.db.command.gte(new Date(sinceMs)) })
      .field({ _id: true })
      .limit(1),
  )
  return changed !== undefined
}

/** Reads every tally of the period (never a rating), folds the board (core/evaluations/board.ts) and stores it. */
export async function rebuild(ctx: Ctx, period: string): Promise<EvaluationBoardDoc> {
  const asOf = new Date(ctx.now())
  const tallies = await readAll<BoardTally & { _id: string }>(
    ctx.db,
    COLLECTIONS.evaluationStats,
    { period },
    { target: true, communityId: true, ratings: true, dimensions: true, name: true, district: true, project: true, company: true },
  )
  const board: EvaluationBoardDoc = { _id: boardId(period), period, asOf, ...boardOf(tallies) }
  const { _id, ...data } = board
  await ctx.db.collection(COLLECTIONS.evaluationBoards).doc(_id).set({ data })
  return board
}
