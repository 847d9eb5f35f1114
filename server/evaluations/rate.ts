import type { z } from 'zod'
import type { evaluationsApi } from '../../core/api/evaluations'
import { dimensionKeys, type EvaluationTarget } from '../../core/evaluations/dimensions'
import { periodOf } from '../../core/evaluations/period'
import { buildingOwnerLabel } from '../../core/format'
import { COMMITTEE_ROLES } from '../../core/roles'
import { requireOpenid } from '../caller'
import type { RatingDoc } from '../collections/evaluation'
import { checkContent, flagNote, type ContentFlag } from '../content/check'
import { closeTodo, openTodo } from '../todos/write'
import { collection, firstRow, isDuplicate, rows } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { accumulate } from './accumulate'
import { ratingId } from './keys'

type RateInput = z.output<(typeof evaluationsApi)['rate']['input']>

/** Roles whose holders are the rated party: they may not rate their own project or committee. */
const RATED_PARTY: Record<EvaluationTarget, readonly string[]> = { property: ['propertyManager'], committee: COMMITTEE_ROLES }

/**
 * A bound owner rates the property office or the committee for one of her units, once per period;
 * rating again within the period replaces the scores and comment and keeps the old ones in
 * `history`. Reads side by side (the unit, the caller's grants, the community, the current rating),
 * then the rating is written conditionally on the revision it read, and only then the period's
 * figures move (server/evaluations/accumulate.ts).
 */
export async function rate(input: RateInput, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  checkDimensions(input.target, input.scores)
  const owned = ctx.caller.roles.filter((r) => r.role === 'owner' && r.status === 'active')
  const period = periodOf(ctx.now())
  const id = ratingId(input.target, input.unitId, period)
  const _ = ctx.db.command
  const [unit, grants, communities, current] = await Promise.all([
    firstRow(
      collection(ctx.db, 'units')
        .where({ _id: input.unitId, inRegister: _.neq(false) })
        .field({ communityId: true, ownerIds: true, building: true })
        .limit(1),
    ),
    rows(collection(ctx.db, 'roles').where({ openid, status: 'active' }).field({ role: true, communityId: true }).limit(100)),
    rows(
      collection(ctx.db, 'communities')
        .where({ _id: _.in([...new Set(owned.map((r) => r.communityId as string))]) })
        .field({ name: true, district: true, propertyProject: true, propertyCompany: true })
        .limit(100),
    ),
    firstRow(collection(ctx.db, 'evaluations').where({ _id: id }).limit(1)),
  ])
  if (!unit) fail('NOT_FOUND', '房屋不存在')
  // An owner of another community is refused as any stranger to it; within her own, only her units.
  const community = communities.find((c) => c._id === unit.communityId)
  if (!community) fail('FORBIDDEN')
  if (!owned.some((r) => r.communityId === unit.communityId && unit.ownerIds.includes(r.personId as string))) fail('NOT_UNIT_OWNER')
  if (input.target === 'property' && !community.propertyProject) fail('NO_PROPERTY_SERVICE')
  if (grants.some((g) => g.communityId === unit.communityId && RATED_PARTY[input.target].includes(g.role))) fail('OWN_PARTY')
  const flag = input.comment ? await checkContent(ctx, [{ label: '评价内容', text: input.comment }]) : null

  const at = new Date(ctx.now())
  const next: Omit<RatingDoc, '_id'> = {
    target: input.target,
    communityId: unit.communityId,
    unitId: unit._id,
    period,
    openid,
    raterLabel: buildingOwnerLabel(unit),
    scores: input.scores,
    comment: input.comment,
    contentFlag: flag,
    ratedAt: at,
    revision: current ? current.revision + 1 : 0,
    history: current ? [...current.history, { scores: current.scores, comment: current.comment, ratedAt: current.ratedAt }] : [],
    reply: current?.reply ?? null,
    objection: current?.objection ?? null,
  }
  await writeRating(ctx, id, next, current)
  await reviewTodo(ctx, id, { _id: unit.communityId, name: community.name }, flag, current?.contentFlag ?? null)
  await accumulate(ctx.db, { target: input.target, communityId: unit.communityId, period }, input.scores, current?.scores ?? null, {
    name: community.name,
    district: community.district,
    project: community.propertyProject ?? null,
    company: community.propertyCompany ?? null,
  })
  return ok({ ratingId: id, replaced: Boolean(current) })
}

/** A comment the check sent to review becomes the committee's contentReview to-do; a replacement that passes closes it. */
async function reviewTodo(
  ctx: Ctx,
  id: string,
  community: { _id: string; name: string },
  flag: ContentFlag | null,
  before: ContentFlag | null,
) {
  const actor = { by: ctx.caller.openid ?? 'console', who: '业主', at: ctx.now() }
  if (flag)
    await openTodo(
      ctx.db,
      { kind: 'contentReview', targetId: id, community, subject: '业主评价内容', source: 'evaluation' },
      actor,
      flagNote(flag),
    )
  else if (before) await closeTodo(ctx.db, 'contentReview', id, actor, 'edited')
}

function checkDimensions(target: EvaluationTarget, scores: Record<string, number>) {
  const keys = dimensionKeys(target)
  const given = Object.keys(scores)
  if (given.length !== keys.length || !keys.every((k) => given.includes(k))) fail('BAD_DIMENSIONS')
}

/** New: an insert on the deterministic id. Replaced: conditional on the version read, so two changes at once do not both count. */
async function writeRating(ctx: Ctx, id: string, next: Omit<RatingDoc, '_id'>, current: RatingDoc | undefined) {
  if (!current) {
    try {
      await ctx.db.collection('evaluations').add({ data: { _id: id, ...next } })
    } catch (e) {
      if (isDuplicate(e)) fail('TOO_FREQUENT')
      throw e
    }
    return
  }
  const { scores, comment, contentFlag, ratedAt, revision } = next
  const _ = ctx.db.command
  const done = (await ctx.db
    .collection('evaluations')
    .where({ _id: id, revision: current.revision })
    .update({
      data: { scores: _.set(scores), comment, contentFlag, ratedAt, revision, history: _.push([next.history[next.history.length - 1]]) },
    })) as {
    stats: { updated: number }
  }
  if (done.stats.updated === 0) fail('TOO_FREQUENT')
}
