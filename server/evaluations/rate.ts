import type { z } from 'zod'
import type { evaluationsApi } from '../../core/api/evaluations'
import { dimensionKeys, type EvaluationTarget } from '../../core/evaluations/dimensions'
import { periodOf } from '../../core/evaluations/period'
import { buildingOwnerLabel } from '../../core/format'
import { COMMITTEE_ROLES } from '../../core/roles'
import type { RoleName } from '../../core/api/identity'
import { requireOpenid } from '../caller'
import type { RatingDoc } from '../collections/evaluation'
import type { CommunityDoc, UnitDoc } from '../collections/register'
import { checkContent, flagNote, type ContentFlag } from '../content/check'
import { COLLECTIONS } from '../collections'
import { todosIn } from '../todos/write'
import { inTransaction, readIn, type Tx } from '../db'
import { fail, ok, seesRoles, type Ctx } from '../handler'
import { accumulate, partyNames } from './accumulate'
import { ratingId } from './keys'

type RateInput = z.output<(typeof evaluationsApi)['rate']['input']>

/** Roles whose holders are the rated party: they may not rate their own project or committee. */
const RATED_PARTY: Record<EvaluationTarget, readonly RoleName[]> = { property: ['propertyManager'], committee: COMMITTEE_ROLES }

type UnitWithCommunity = Pick<UnitDoc, '_id' | 'communityId' | 'ownerIds' | 'building'> & {
  community: Array<Pick<CommunityDoc, 'name' | 'district' | 'propertyProject' | 'propertyCompany'>>
}

/**
 * A bound owner rates the property office or the committee for one of her units, once per period;
 * rating again within the period replaces the scores and comment and keeps the old ones in `history`.
 *
 * What it costs, and why each is needed (docs/evaluations.md):
 * - reads: the caller's bindings and role grants, side by side (server/caller.ts: who she is and whether she is
 *   the rated party, OWN_PARTY); the unit joined with its community (one aggregate: her unit, and the names the
 *   tally carries for the board); the current rating, inside the transaction (what a replacement takes away);
 * - writes, in one transaction with the read: the rating, and its (target, community, period) tally
 *   (server/evaluations/accumulate.ts), plus a create when the period's first rating finds no tally; plus a
 *   to-do only when a comment goes to review. All of it lands, or none;
 * - the transaction's start and commit: two more round trips, neither a read nor a write.
 * No city-wide document is written: the ranking's board is rebuilt from the tallies (server/evaluations/board.ts).
 * Two changes of one rating at once conflict; the SDK runs the loser again on what the winner wrote.
 */
export const rate = seesRoles(RATED_PARTY.committee.concat(RATED_PARTY.property), async (input: RateInput, ctx: Ctx) => {
  const openid = requireOpenid(ctx.caller.openid)
  checkDimensions(input.target, input.scores)
  const active = ctx.caller.roles.filter((r) => r.status === 'active')
  const period = periodOf(ctx.now())
  const id = ratingId(input.target, input.unitId, period)
  const _ = ctx.db.command
  const { list } = (await ctx.db
    .collection(COLLECTIONS.units)
    .aggregate()
    .match({ _id: input.unitId, inRegister: _.neq(false) })
    .lookup({ from: COLLECTIONS.communities, localField: 'communityId', foreignField: '_id', as: 'community' })
    .project({
      communityId: 1,
      ownerIds: 1,
      building: 1,
      'community.name': 1,
      'community.district': 1,
      'community.propertyProject': 1,
      'community.propertyCompany': 1,
    })
    .limit(1)
    .end()) as { list: UnitWithCommunity[] }
  const unit = list[0]
  if (!unit) fail('NOT_FOUND', '房屋不存在')
  // An owner of another community is refused as any stranger to it; within her own, only her units.
  const owned = active.filter((r) => r.role === 'owner' && r.communityId === unit.communityId)
  const community = unit.community[0]
  if (owned.length === 0 || !community) fail('FORBIDDEN')
  if (!owned.some((r) => unit.ownerIds.includes(r.personId as string))) fail('NOT_UNIT_OWNER')
  if (input.target === 'property' && !community.propertyProject) fail('NO_PROPERTY_SERVICE')
  if (active.some((r) => r.communityId === unit.communityId && RATED_PARTY[input.target].includes(r.role))) fail('OWN_PARTY')
  const flag = input.comment ? await checkContent(ctx, [{ label: '评价内容', text: input.comment }]) : null

  const names = partyNames(community)
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
      const at = { target: input.target, communityId: unit.communityId, period }
      await Promise.all([
        tx.collection(COLLECTIONS.evaluations).doc(id).set({ data: next }),
        reviewTodo(ctx, tx, id, { _id: unit.communityId, name: community.name }, flag, current?.contentFlag ?? null),
        accumulate(tx, _, at, input.scores, current?.scores ?? null, names, ctx.now()),
      ])
      return Boolean(current)
    },
    'TOO_FREQUENT',
  )
  return ok({ ratingId: id, replaced })
})

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
