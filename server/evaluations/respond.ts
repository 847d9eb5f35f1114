import type { z } from 'zod'
import type { evaluationsApi } from '../../core/api/evaluations'
import type { EvaluationTarget } from '../../core/evaluations/dimensions'
import { TARGET_LABELS } from '../../core/evaluations/dimensions'
import { requireOpenid } from '../caller'
import type { CommunityDoc } from '../collections/register'
import { checkContent, flagNote, type ContentFlag } from '../content/check'
import { COLLECTIONS } from '../collections'
import type { RatingDoc } from '../collections/evaluation'
import { inTransaction, mustFind, readIn, type Tx } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { todosIn } from '../todos/write'

type In<A extends keyof typeof evaluationsApi> = z.output<(typeof evaluationsApi)[A]['input']>

/** Who answers for each target: the property project manager, the committee's director. */
const RATED_PARTY_ROLE: Record<EvaluationTarget, string> = { property: 'propertyManager', committee: 'director' }

async function asRatedParty(ratingId: string, ctx: Ctx) {
  const rating = await mustFind(ctx.db, 'evaluations', ratingId, '评价不存在')
  const held = await ctx.authorize(rating.communityId)
  if (!held.includes(RATED_PARTY_ROLE[rating.target] as never)) fail('NOT_RATED_PARTY')
  return rating
}

/**
 * Changes one rating in a transaction with the to-dos it opens or closes: `change` sees the rating as
 * read inside it, may refuse with a coded failure (nothing is written) and answers the fields to set.
 */
async function changeRating(ctx: Ctx, ratingId: string, change: (rating: RatingDoc, tx: Tx) => Promise<object>): Promise<void> {
  await inTransaction(
    ctx.db,
    async (tx) => {
      const ref = tx.collection(COLLECTIONS.evaluations).doc(ratingId)
      const rating = await readIn<RatingDoc>(ref)
      if (!rating) fail('NOT_FOUND', '评价不存在')
      await ref.update({ data: await change(rating, tx) })
    },
    'TOO_FREQUENT',
  )
}

/** Text the check sent to review stays shown, flagged, and becomes the committee's contentReview to-do. */
async function reviewTodo(ctx: Ctx, tx: Tx, targetId: string, community: CommunityDoc, subject: string, flag: ContentFlag | null) {
  if (!flag) return
  await todosIn(tx).open(
    { kind: 'contentReview', targetId, community, subject, source: 'evaluation' },
    { by: ctx.caller.openid ?? 'console', who: '被评价方', at: ctx.now() },
    flagNote(flag),
  )
}

/** The rated party replies once to a rating: in one transaction with its content to-do, refused when there is a reply already. */
export async function reply(input: In<'reply'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const rating = await asRatedParty(input.ratingId, ctx)
  if (rating.reply) fail('ALREADY_REPLIED')
  const flag = await checkContent(ctx, [{ label: '回复', text: input.text }])
  const community = flag ? await mustFind(ctx.db, 'communities', rating.communityId, '小区不存在') : null
  const _ = ctx.db.command
  await changeRating(ctx, rating._id, async (current, tx) => {
    if (current.reply) fail('ALREADY_REPLIED')
    if (community) await reviewTodo(ctx, tx, `${rating._id}:reply`, community, '评价回复', flag)
    return { reply: _.set({ text: input.text, at: new Date(ctx.now()), openid, contentFlag: flag }) }
  })
  return ok({ ratingId: rating._id })
}

/** 有异议: the rated party flags a rating with a reason; it stays shown, flagged, and the district centre gets a to-do (one transaction). */
export async function object(input: In<'object'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const rating = await asRatedParty(input.ratingId, ctx)
  if (rating.objection) fail('OBJECTION_EXISTS')
  const flag = await checkContent(ctx, [{ label: '异议理由', text: input.reason }])
  const community = await mustFind(ctx.db, 'communities', rating.communityId, '小区不存在')
  const at = new Date(ctx.now())
  const objection = { reason: input.reason, at, openid, status: 'open', decidedAt: null, decisionNote: null, contentFlag: flag }
  const _ = ctx.db.command
  await changeRating(ctx, rating._id, async (current, tx) => {
    if (current.objection) fail('OBJECTION_EXISTS')
    await todosIn(tx).open(
      { kind: 'ratingObjection', targetId: rating._id, community, subject: `${TARGET_LABELS[rating.target]}评价的异议` },
      { by: openid, who: RATED_PARTY_ROLE[rating.target] === 'director' ? '业委会主任' : '物业项目负责人', at: at.getTime() },
      input.reason,
    )
    await reviewTodo(ctx, tx, `${rating._id}:objection`, community, '评价异议理由', flag)
    return { objection: _.set(objection) }
  })
  return ok({ ratingId: rating._id })
}

/** The district centre decides an objection; the rating stays, with its decision beside it, and the to-do closes with it. */
export async function decideObjection(input: In<'decideObjection'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const rating = await mustFind(ctx.db, 'evaluations', input.ratingId, '评价不存在')
  await ctx.authorize(rating.communityId)
  if (rating.objection?.status !== 'open') fail('NO_OBJECTION')
  const at = new Date(ctx.now())
  const outcome = input.upheld ? 'upheld' : 'dismissed'
  await changeRating(ctx, rating._id, async (current, tx) => {
    if (current.objection?.status !== 'open') fail('NO_OBJECTION')
    await todosIn(tx).close(
      'ratingObjection',
      rating._id,
      { by: openid, who: '区住房中心', at: at.getTime() },
      outcome,
      input.note || undefined,
    )
    return { 'objection.status': outcome, 'objection.decidedAt': at, 'objection.decisionNote': input.note || null }
  })
  return ok({ ratingId: rating._id })
}
