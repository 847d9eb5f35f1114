import type { z } from 'zod'
import type { evaluationsApi } from '../../core/api/evaluations'
import { periodOf } from '../../core/evaluations/period'
import { COLLECTIONS } from '../collections'
import { inTransaction, mustFind } from '../db'
import { ok, type Ctx } from '../handler'
import { partyNames } from './accumulate'
import { statsId } from './keys'

type In<A extends keyof typeof evaluationsApi> = z.output<(typeof evaluationsApi)[A]['input']>

/**
 * The operator sets (or changes) a community's property service project and its company: one read, then one
 * transaction that writes the community and the names the period's tallies carry for the ranking's board
 * (server/evaluations/accumulate.ts), stamping them changed so the board is rebuilt with the new names.
 */
export async function setPropertyService(input: In<'setPropertyService'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const before = await mustFind(ctx.db, 'communities', input.communityId, '小区不存在')
  const after = { propertyProject: input.projectName, propertyCompany: input.companyName }
  const period = periodOf(ctx.now())
  const _ = ctx.db.command
  const names = { ...partyNames({ ...before, ...after }), changedAt: new Date(ctx.now()), changes: _.inc(1) }
  await inTransaction(
    ctx.db,
    async (tx) => {
      await tx.collection(COLLECTIONS.communities).doc(input.communityId).update({ data: after })
      // A tally not yet made (no rating this period) updates nothing; the first rating writes the names.
      for (const target of ['property', 'committee'] as const)
        await tx
          .collection(COLLECTIONS.evaluationStats)
          .doc(statsId(target, input.communityId, period))
          .update({ data: names })
    },
    'TOO_FREQUENT',
  )
  await ctx.audit({
    action: 'evaluations.setPropertyService',
    targetId: input.communityId,
    communityId: input.communityId,
    before: { propertyProject: before.propertyProject ?? null, propertyCompany: before.propertyCompany ?? null },
    after,
  })
  return ok({ communityId: input.communityId })
}
