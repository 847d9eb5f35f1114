import type { z } from 'zod'
import type { BuildingView, manageVoteApi } from '../../core/api/vote'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import type { Ctx } from '../handler'

type In = z.output<(typeof manageVoteApi)['listBuildings']['input']>

/** Far above any estate; an aggregate without a limit stage answers only 20 groups. */
const MAX_BUILDINGS = 1000

/** "2" before "10", and "1栋" before "2栋", as people count buildings. */
const byBuildingName = new Intl.Collator('zh-Hans-CN', { numeric: true }).compare

/**
 * The register's buildings of a community with their unit count and area, for the draft's scope
 * picker. One aggregate (group by building) instead of reading every unit: a 5,000-flat estate
 * costs one database read, and the names come back exactly as the roll will match them.
 */
export async function listBuildings(input: In, ctx: Ctx): Promise<Result<BuildingView[]>> {
  await ctx.authorize(input.communityId)
  const $ = ctx.db.command.aggregate
  const answer = (await ctx.db
    .collection(COLLECTIONS.units)
    .aggregate()
    // Retired units (re-import, `inRegister: false`) are not in the roll either; older docs lack the flag.
    .match({ communityId: input.communityId, inRegister: ctx.db.command.neq(false) })
    .group({ _id: '$building', units: $.sum(1), areaCenti: $.sum('$areaCenti') })
    .sort({ _id: 1 })
    .limit(MAX_BUILDINGS)
    .end()) as { list: Array<{ _id: unknown; units: number; areaCenti: number }> }
  const buildings = answer.list
    // A unit without a building cannot be chosen by name; the register import refuses such rows anyway.
    .filter((g): g is { _id: string; units: number; areaCenti: number } => typeof g._id === 'string' && g._id !== '')
    .map((g) => ({ building: g._id, units: g.units, areaCenti: g.areaCenti }))
    .sort((a, b) => byBuildingName(a.building, b.building))
  return ok(buildings)
}
