import type { z } from 'zod'
import type { evaluationsApi } from '../../core/api/evaluations'
import type { EvaluationTarget } from '../../core/evaluations/dimensions'
import { TARGET_LABELS } from '../../core/evaluations/dimensions'
import { requireOpenid } from '../caller'
import type { CommunityDoc } from '../collections/register'
import { checkContent, flagNote, type ContentFlag } from '../content/check'
import { mustFind } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { closeTodo, openTodo } from '../todos/write'

type In<A extends keyof typeof evaluationsApi> = z.output<(typeof evaluationsApi)[A]['input']>

/** Who answers for each target: the property project manager, the committee's director. */
const RATED_PARTY_ROLE: Record<EvaluationTarget, string> = { property: 'propertyManager', committee: 'director' }

async function asRatedParty(ratingId: string, ctx: Ctx) {
  const rating = await mustFind(ctx.db, 'evaluations', ratingId, '评价不存在')
  const held = await ctx.authorize(rating.communityId)
  if (!held.includes(RATED_PARTY_ROLE[rating.target] as never)) fail('NOT_RATED_PARTY')
  return rating
}

/** Text the check sent to review stays shown, flagged, and becomes the committee's contentReview to-do. */
async function reviewTodo(
  ctx: Ctx,
  targetId: string,
  communityId: string,
  subject: string,
  flag: ContentFlag | null,
  known?: CommunityDoc,
) {
  if (!flag) return
  const community = known ?? (await mustFind(ctx.db, 'communities', communityId, '小区不存在'))
  await openTodo(
    ctx.db,
    { kind: 'contentReview', targetId, community, subject, source: 'evaluation' },
    { by: ctx.caller.openid ?? 'console', who: '被评价方', at: ctx.now() },
    flagNote(flag),
  )
}

/** The rated party replies once to a rating: a write conditional on there being no reply yet. */
export async function reply(input: In<'reply'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const rating = await asRatedParty(input.ratingId, ctx)
  if (rating.reply) fail('ALREADY_REPLIED')
  const flag = await checkContent(ctx, [{ label: '回复', text: input.text }])
  const done = (await ctx.db
    .collection('evaluations')
    .where({ _id: rating._id, reply: null })
    .update({ data: { reply: { text: input.text, at: new Date(ctx.now()), openid, contentFlag: flag } } })) as {
    stats: { updated: number }
  }
  if (done.stats.updated === 0) fail('ALREADY_REPLIED')
  await reviewTodo(ctx, `${rating._id}:reply`, rating.communityId, '评价回复', flag)
  return ok({ ratingId: rating._id })
}

/** 有异议: the rated party flags a rating with a reason; it stays shown, flagged, and the district centre gets a to-do. */
export async function object(input: In<'object'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const rating = await asRatedParty(input.ratingId, ctx)
  if (rating.objection) fail('OBJECTION_EXISTS')
  const flag = await checkContent(ctx, [{ label: '异议理由', text: input.reason }])
  const community = await mustFind(ctx.db, 'communities', rating.communityId, '小区不存在')
  const at = new Date(ctx.now())
  const objection = { reason: input.reason, at, openid, status: 'open', decidedAt: null, decisionNote: null, contentFlag: flag }
  const done = (await ctx.db.collection('evaluations').where({ _id: rating._id, objection: null }).update({ data: { objection } })) as {
    stats: { updated: number }
  }
  if (done.stats.updated === 0) fail('OBJECTION_EXISTS')
  await openTodo(
    ctx.db,
    { kind: 'ratingObjection', targetId: rating._id, community, subject: `${TARGET_LABELS[rating.target]}评价的异议` },
    { by: openid, who: RATED_PARTY_ROLE[rating.target] === 'director' ? '业委会主任' : '物业项目负责人', at: at.getTime() },
    input.reason,
  )
  await reviewTodo(ctx, `${rating._id}:objection`, rating.communityId, '评价异议理由', flag, community)
  return ok({ ratingId: rating._id })
}

/** The district centre decides an objection; the rating stays, with its decision beside it. */
export async function decideObjection(input: In<'decideObjection'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const rating = await mustFind(ctx.db, 'evaluations', input.ratingId, '评价不存在')
  await ctx.authorize(rating.communityId)
  if (rating.objection?.status !== 'open') fail('NO_OBJECTION')
  const at = new Date(ctx.now())
  const done = (await ctx.db
    .collection('evaluations')
    .where({ _id: rating._id, 'objection.status': 'open' })
    .update({
      data: {
        'objection.status': input.upheld ? 'upheld' : 'dismissed',
        'objection.decidedAt': at,
        'objection.decisionNote': input.note || null,
      },
    })) as { stats: { updated: number } }
  if (done.stats.updated === 0) fail('NO_OBJECTION')
  await closeTodo(
    ctx.db,
    'ratingObjection',
    rating._id,
    { by: openid, who: '区住房中心', at: at.getTime() },
    input.upheld ? 'upheld' : 'dismissed',
    input.note || undefined,
  )
  return ok({ ratingId: rating._id })
}
