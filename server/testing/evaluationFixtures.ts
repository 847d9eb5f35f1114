import type { EvaluationTarget } from '../../core/evaluations/dimensions'
import { dimensionKeys } from '../../core/evaluations/dimensions'
import { periodOf } from '../../core/evaluations/period'
import type { RankingView } from '../../core/api/evaluations'
import type { Result } from '../../core/result'
import { FRESH_MS } from '../evaluations/board'
import type { Harness } from './harness'
import type { World, Side } from './world'

/** TEST FIXTURE: full marks of one score on every dimension of a target. */
export function scoresOf(target: EvaluationTarget, score = 4): Record<string, number> {
  return Object.fromEntries(dimensionKeys(target).map((k) => [k, score]))
}

/** A rating of this period inserted directly (for reply/objection samples); with `objection`, one the district centre must decide. */
export async function freshRating(world: World, side: Side, target: EvaluationTarget, objection = false): Promise<string> {
  const communityId = world.community(side)
  const unitId = world.id('unit')
  const period = periodOf(world.nowMs())
  const id = `${target}:${unitId}:${period}`
  const at = new Date(world.nowMs())
  await world.seeder.insert('evaluations', [
    {
      _id: id,
      target,
      communityId,
      unitId,
      period,
      openid: world.ownerOf(side).openid,
      raterLabel: '1栋业主',
      scores: scoresOf(target),
      comment: '',
      contentFlag: null,
      ratedAt: at,
      revision: 0,
      history: [],
      reply: null,
      objection: objection ? { reason: '不属实', at, openid: 'x', status: 'open', decidedAt: null, decisionNote: null } : null,
    },
  ])
  return id
}

/**
 * TEST FIXTURE: 评价排名 as a page opened FRESH_MS later sees it (server/evaluations/board.ts): this instance's copy
 * of the board has gone stale, so the page rebuilds it if a tally changed. Harnesses of one test file share the
 * functions' memory, so a file with several harnesses asks this way.
 */
export async function laterRanking(h: Harness, input: Record<string, unknown> = {}): Promise<Result<RankingView>> {
  h.emulator.clock.advance(FRESH_MS)
  return h.call<RankingView>('stranger', 'evaluations', 'ranking', { kind: 'project', ...input })
}
