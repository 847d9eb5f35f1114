import type { z } from 'zod'
import type { accountApi, DelegationReach } from '../../core/api/account'
import { roomLabel } from '../../core/format'
import { requireOpenid } from '../caller'
import { COLLECTIONS } from '../collections'
import type { UnitDoc } from '../collections/register'
import { firstRow, rows } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { bindingsOf } from './lookups'

type In = z.output<(typeof accountApi)['delegationReach']['input']>

type Scope = { kind: 'community' } | { kind: 'buildings'; buildings: string[] }

const roomOf = (u: Pick<UnitDoc, 'building' | 'unitNo' | 'room'>) =>
  roomLabel({ building: u.building, unitNo: u.unitNo ?? '', room: u.room })

/**
 * What the delegate could do with these units (docs/counting-rules.md §3): the owner's units in the
 * vote's scope (all of them for a delegation by time) grouped into households — units with the same
 * owners cast one ballot — and for each whether every unit is chosen. Three reads: the units named,
 * the owner's bindings and units, the vote's scope.
 */
export async function delegationReach(input: In, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const named = await rows<UnitDoc>(
    ctx.db
      .collection(COLLECTIONS.units)
      .where({ _id: ctx.db.command.in([...new Set(input.unitIds)]) })
      .limit(100),
  )
  if (named.length === 0) fail('NOT_FOUND', '没有找到这套房')
  const communityId = named[0].communityId
  await ctx.authorize(communityId)
  const binding = (await bindingsOf(ctx.db, openid)).find((b) => b.communityId === communityId)
  if (!binding || named.some((u) => u.communityId !== communityId || !u.ownerIds.includes(binding.personId))) {
    fail('NOT_OWNER', '所选房屋不都在您的名下')
  }
  const [mine, vote] = await Promise.all([
    rows<UnitDoc>(ctx.db.collection(COLLECTIONS.units).where({ communityId, ownerIds: binding.personId }).limit(1000)),
    input.voteId
      ? firstRow<{ communityId: string; scope?: Scope }>(
          ctx.db.collection(COLLECTIONS.votes).where({ _id: input.voteId }).field({ communityId: true, scope: true }).limit(1),
        )
      : Promise.resolve(undefined),
  ])
  if (input.voteId && vote?.communityId !== communityId) fail('NOT_FOUND', '没有找到这个投票')
  const scope = vote?.scope
  const inScope = mine.filter(
    (u) => u.inRegister !== false && (!scope || scope.kind === 'community' || scope.buildings.includes(u.building)),
  )
  const chosen = new Set(named.map((u) => u._id))
  return ok<DelegationReach>({ lines: householdsOf(inScope).map((units) => lineFor(units, chosen, input.voteId !== undefined)) })
}

/** Units with the same owners, in register order. */
function householdsOf(units: readonly UnitDoc[]): UnitDoc[][] {
  const byOwners = new Map<string, UnitDoc[]>()
  for (const u of units) {
    const key = JSON.stringify([...u.ownerIds].sort())
    byOwners.set(key, [...(byOwners.get(key) ?? []), u])
  }
  return [...byOwners.values()]
}

function lineFor(units: readonly UnitDoc[], chosen: ReadonlySet<string>, forOneVote: boolean): { ok: boolean; text: string } {
  const rooms = units.map(roomOf).join('、')
  const missing = units.filter((u) => !chosen.has(u._id))
  const where = forOneVote ? '这次投票中' : '投票中'
  if (missing.length === 0) return { ok: true, text: `可以：在${where}代您为 ${rooms} 投一票（同一户的房屋合投一票）` }
  if (missing.length === units.length) return { ok: false, text: `不涉及：${rooms} 没有委托，由您自己投票` }
  return {
    ok: false,
    text: `不能：在${where}代您为 ${rooms} 投票——同一户的 ${missing.map(roomOf).join('、')} 没有委托给他（她）；要让他（她）代投，请把这一户的房屋都选上`,
  }
}
