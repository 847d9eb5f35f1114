import type { z } from 'zod'
import type { evaluationsApi } from '../../core/api/evaluations'
import { mustFind } from '../db'
import { ok, type Ctx } from '../handler'

type In<A extends keyof typeof evaluationsApi> = z.output<(typeof evaluationsApi)[A]['input']>

/** The operator sets (or changes) a community's property service project and its company: one read, one write. */
export async function setPropertyService(input: In<'setPropertyService'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const before = await mustFind(ctx.db, 'communities', input.communityId, '小区不存在')
  const after = { propertyProject: input.projectName, propertyCompany: input.companyName }
  await ctx.db.collection('communities').doc(input.communityId).update({ data: after })
  await ctx.audit({
    action: 'evaluations.setPropertyService',
    targetId: input.communityId,
    communityId: input.communityId,
    before: { propertyProject: before.propertyProject ?? null, propertyCompany: before.propertyCompany ?? null },
    after,
  })
  return ok({ communityId: input.communityId })
}
