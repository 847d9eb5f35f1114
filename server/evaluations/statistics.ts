import type { z } from 'zod'
import type { evaluationsApi, RatingView, TargetStatistics } from '../../core/api/evaluations'
import { DIMENSIONS, TARGET_LABELS, type EvaluationTarget } from '../../core/evaluations/dimensions'
import { periodLabel, periodOf, recentPeriods } from '../../core/evaluations/period'
import { emptyTally, tallyMean, type Tally } from '../../core/evaluations/tally'
import { nextOffsetOf } from '../../core/schemas/paging'
import type { EvaluationStatsDoc, RatingDoc } from '../collections/evaluation'
import type { CommunityDoc } from '../collections/register'
import { collection, mustFind, rows } from '../db'
import { ok, withoutRoles, type Ctx } from '../handler'
import { statsId } from './keys'

type In<A extends keyof typeof evaluationsApi> = z.output<(typeof evaluationsApi)[A]['input']>

/** Periods the trend shows. */
const TREND_PERIODS = 4

/**
 * 评价统计 of one community: three reads side by side (the community, its kept tallies of the last periods, and
 * a count of the units the register holds now, for the response rate), never the ratings.
 */
export const statistics = withoutRoles(async (input: In<'statistics'>, ctx: Ctx) => {
  const periods = recentPeriods(periodOf(ctx.now()), TREND_PERIODS)
  const _ = ctx.db.command
  const ids = periods.flatMap((p) => (['property', 'committee'] as const).map((t) => statsId(t, input.communityId, p)))
  const [community, tallies, units] = await Promise.all([
    mustFind(ctx.db, 'communities', input.communityId, '小区不存在'),
    rows(
      collection(ctx.db, 'evaluationStats')
        .where({ _id: _.in(ids) })
        .limit(ids.length),
    ),
    collection(ctx.db, 'units').where({ communityId: input.communityId, inRegister: true }).count() as Promise<{ total: number }>,
  ])
  const byId = new Map(tallies.map((t) => [t._id, t]))
  const of = (target: EvaluationTarget) => targetStatistics(target, community, units.total, periods, byId)
  return ok({ communityName: community.name, property: community.propertyProject ? of('property') : null, committee: of('committee') })
})

function targetStatistics(
  target: EvaluationTarget,
  community: CommunityDoc,
  units: number,
  periods: string[],
  byId: Map<string, EvaluationStatsDoc>,
): TargetStatistics {
  const tallyOf = (p: string): Tally => byId.get(statsId(target, community._id, p)) ?? emptyTally(target)
  const now = tallyOf(periods[0])
  return {
    target,
    targetLabel: TARGET_LABELS[target],
    partyName: target === 'property' ? `${community.propertyProject}（${community.propertyCompany}）` : `${community.name}业主委员会`,
    periodLabel: periodLabel(periods[0]),
    ratings: now.ratings,
    units,
    responseRate: units > 0 ? now.ratings / units : 0,
    mean: tallyMean(now),
    dimensions: DIMENSIONS[target].map(({ key, label }) => {
      const d = now.dimensions[key] ?? { sum: 0, count: 0, distribution: [0, 0, 0, 0, 0] }
      return { key, label, mean: d.count > 0 ? d.sum / d.count : null, count: d.count, distribution: [...d.distribution] }
    }),
    trend: [...periods].reverse().map((p) => ({ periodLabel: periodLabel(p), mean: tallyMean(tallyOf(p)), ratings: tallyOf(p).ratings })),
  }
}

/** The comments with their replies, newest first: one read of one page of this period's ratings. */
export const ratings = withoutRoles(async (input: In<'ratings'>, ctx: Ctx) => {
  const found = await rows(
    collection(ctx.db, 'evaluations')
      .where({ communityId: input.communityId, target: input.target, period: periodOf(ctx.now()) })
      .orderBy('ratedAt', 'desc')
      .skip(input.offset)
      .limit(input.limit),
  )
  return ok({ rows: found.map(ratingView), nextOffset: nextOffsetOf(input.offset, input.limit, found.length) })
})

/** One rating with its community's name, for the district centre deciding an objection: two reads. */
export const rating = withoutRoles(async (input: In<'rating'>, ctx: Ctx) => {
  const found = await mustFind(ctx.db, 'evaluations', input.ratingId, '评价不存在')
  const community = await mustFind(ctx.db, 'communities', found.communityId, '小区不存在')
  return ok({ ...ratingView(found), communityName: community.name, targetLabel: TARGET_LABELS[found.target] })
})

const OBJECTION_STATUS = { open: '有异议，区住房中心处理中', upheld: '异议成立', dismissed: '异议不成立' } as const

const replyView = (reply: RatingDoc['reply'] | undefined) => (reply ? { text: reply.text, at: new Date(reply.at).getTime() } : null)

export function ratingView(r: RatingDoc): RatingView {
  return {
    id: r._id,
    target: r.target,
    raterLabel: r.raterLabel,
    scores: DIMENSIONS[r.target].map(({ key, label }) => ({ label, score: r.scores[key] })),
    comment: r.comment || null,
    ratedAt: new Date(r.ratedAt).getTime(),
    revisions: r.history.length,
    reply: replyView(r.reply),
    earlierReply: replyView([...r.history].reverse().find((v) => v.reply)?.reply),
    objection: r.objection
      ? {
          reason: r.objection.reason,
          at: new Date(r.objection.at).getTime(),
          statusLabel: OBJECTION_STATUS[r.objection.status],
          decisionNote: r.objection.decisionNote,
        }
      : null,
  }
}
