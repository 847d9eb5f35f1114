import type { z } from 'zod'
import type { evaluationsApi } from '../../core/api/evaluations'
import { dimensionKeys, type EvaluationTarget } from '../../core/evaluations/dimensions'
import { periodOf } from '../../core/evaluations/period'
import { buildingOwnerLabel } from '../../core/format'
import { COMMITTEE_ROLES } from '../../core/roles'
import { requireOpenid } from '../caller'
import type { RatingDoc } from '../collections/evaluation'
import { checkContent, flagNote, type ContentFlag } from '../content/check'
import { COLLECTIONS } from '../collections'
import { todosIn } from '../todos/write'
import { collection, firstRow, inTransaction, readIn, rows, type Tx } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { accumulate } from './accumulate'
import { ratingId } from './keys'

type RateInput = z.output<(typeof evaluationsApi)['rate']['input']>

/** Roles whose holders are the rated party: they may not rate their own project or committee. */
const RATED_PARTY: Record<EvaluationTarget, readonly string[]> = { property: ['propertyManager'], committee: COMMITTEE_ROLES }

/**
 * A bound owner rates the property office or the committee for one of her units, once per period;
 * rating again within the period replaces the scores and comment and keeps the old ones in
 * `history`. Reads side by side (the unit, the caller's grants, the community), then one transaction
 * reads the current rating and writes it together with the period's figures
 * (server/evaluations/accumulate.ts) and any content to-do: all of it lands, or none. Two changes
 * of one rating at once conflict; the SDK runs the loser again on what the winner wrote.
 */
export async function rate(input: RateInput, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  checkDimensions(input.target, input.scores)
  const owned = ctx.caller.roles.filter((r) => r.role === 'owner' && r.status === 'active')
  const period = periodOf(ctx.now())
  const id = ratingId(input.target, input.unitId, period)
  const _ = ctx.db.command
  const [unit, grants, communities] = await Promise.all([
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
  ])
  if (!unit) fail('NOT_FOUND', '房屋不存在')
  // An owner of another community is refused as any stranger to it; within her own, only her units.
  const community = communities.find((c) => c._id === unit.communityId)
  if (!community) fail('FORBIDDEN')
  if (!owned.some((r) => r.communityId === unit.communityId && unit.ownerIds.includes(r.personId as string))) fail('NOT_UNIT_OWNER')
  if (input.target === 'property' && !community.propertyProject) fail('NO_PROPERTY_SERVICE')
  if (grants.some((g) => g.communityId === unit.communityId && RATED_PARTY[input.target].includes(g.role))) fail('OWN_PARTY')
  const flag = input.comment ? await checkContent(ctx, [{ label: '评价内容', text: input.comment }]) : null

  const names = {
    name: community.name,
    district: community.district,
    project: community.propertyProject ?? null,
    company: community.propertyCompany ?? null,
  }
  const replaced = await inTransaction(
    ctx.db,
    async (tx) => {
      const current = await readIn<RatingDoc>(tx.collection(COLLECTIONS.evaluations).doc(id))
      const next = nextRating(current, {
        target: input.target,
        communityId: unit.communityId,
        unitId: unit._id,
        period,
        openid,
        raterLabel: buildingOwnerLabel(unit),
        scores: input.scores,
        comment: input.comment,
        contentFlag: flag,
        ratedAt: new Date(ctx.now()),
      })
      await tx.collection(COLLECTIONS.evaluations).doc(id).set({ data: next })
      await reviewTodo(ctx, tx, id, { _id: unit.communityId, name: community.name }, flag, current?.contentFlag ?? null)
      await accumulate(tx, _, { target: input.target, communityId: unit.communityId, period }, input.scores, current?.scores ?? null, names)
      return Boolean(current)
    },
    'TOO_FREQUENT',
  )
  return ok({ ratingId: id, replaced })
}

type NewVersion = Omit<RatingDoc, '_id' | 'revision' | 'history' | 'reply' | 'objection'>

/**
 * The rating after this version: a replacement keeps the old version in `history` with the reply that
 * answered it (shown as 针对旧评价的回复; the new version may be answered anew); the objection stays.
 */
function nextRating(current: RatingDoc | null, version: NewVersion): Omit<RatingDoc, '_id'> {
  if (!current) return { ...version, revision: 0, history: [], reply: null, objection: null }
  const { scores, comment, ratedAt, reply } = current
  return {
    ...version,
    revision: current.revision + 1,
    history: [...current.history, { scores, comment, ratedAt, ...(reply ? { reply } : {}) }],
    reply: null,
    objection: current.objection,
  }
}

/** A comment the check sent to review becomes the committee's contentReview to-do; a replacement that passes closes it. */
async function reviewTodo(
  ctx: Ctx,
  tx: Tx,
  id: string,
  community: { _id: string; name: string },
  flag: ContentFlag | null,
  before: ContentFlag | null,
) {
  const actor = { by: ctx.caller.openid ?? 'console', who: '业主', at: ctx.now() }
  const todos = todosIn(tx)
  if (flag)
    await todos.open(
      { kind: 'contentReview', targetId: id, community, subject: '业主评价内容', source: 'evaluation' },
      actor,
      flagNote(flag),
    )
  else if (before) await todos.close('contentReview', id, actor, 'edited')
}

function checkDimensions(target: EvaluationTarget, scores: Record<string, number>) {
  const keys = dimensionKeys(target)
  const given = Object.keys(scores)
  if (given.length !== keys.length || !keys.every((k) => given.includes(k))) fail('BAD_DIMENSIONS')
}
