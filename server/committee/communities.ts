import type { z } from 'zod'
import { REACH_ACTIONS, type CommunityReach, type committeeApi } from '../../core/api/committee'
import { AREA_ROLES, isIn } from '../../core/roles'
import { nextOffsetOf } from '../../core/schemas/paging'
import { areaReachFilter, roleReaches, type ScopedRole } from '../caller'
import type { CommunityDoc } from '../collections/register'
import { collection, rows } from '../db'
import { ok, type Ctx } from '../handler'
import { permissionFor } from '../permissions/index'

type In<A extends keyof typeof committeeApi> = z.output<(typeof committeeApi)[A]['input']>

/**
 * 辖区小区: the communities the caller's government (or operator) roles reach, in one read: by
 * street and district, or every community for the city centre and the operator. Each one says
 * which of the committee's pages and entries the caller's roles there allow, from the one permission table.
 */
export async function listCommunities(input: In<'listCommunities'>, ctx: Ctx) {
  const reaching = ctx.caller.roles.filter((r) => r.status === 'active' && isIn(AREA_ROLES, r.role))
  const where = areaReachFilter(ctx.db, reaching)
  if (!where) return ok({ communities: [], nextOffset: null })
  const _ = ctx.db.command
  const { offset, limit } = input
  const found = await rows(
    collection(ctx.db, 'communities')
      .where(input.communityId ? _.and([{ _id: input.communityId }, where]) : where)
      .field({ name: true, street: true, district: true })
      .orderBy('district', 'asc')
      .orderBy('street', 'asc')
      .orderBy('name', 'asc')
      .skip(offset)
      .limit(limit),
  )
  return ok({
    communities: found.map((c) => reachOf(c, reaching)),
    nextOffset: nextOffsetOf(offset, limit, found.length),
  })
}

function reachOf(c: Pick<CommunityDoc, '_id' | 'name' | 'street' | 'district'>, reaching: ScopedRole[]): CommunityReach {
  const roles = unique(reaching.filter((r) => roleReaches(r, c)).map((r) => r.role))
  const may = REACH_ACTIONS.filter((a) => (permissionFor('committee', a) ?? []).some((g) => (roles as string[]).includes(g)))
  return { id: c._id, name: c.name, street: c.street, district: c.district, roles, may }
}

function unique<T>(values: ReadonlyArray<T | undefined>): T[] {
  return [...new Set(values.filter((v): v is T => v !== undefined && v !== ''))]
}
