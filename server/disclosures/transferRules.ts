import type { z } from 'zod'
import type { disclosuresApi, TransferRules } from '../../core/api/disclosures'
import { collection, firstRow } from '../db'
import { ok, type Ctx } from '../handler'

type In<A extends keyof typeof disclosuresApi> = z.output<(typeof disclosuresApi)[A]['input']>

/** 大额 from 5万元 unless the community's own threshold says otherwise (`communities.largeTransferFen`). */
export const DEFAULT_LARGE_TRANSFER_FEN = 5_000_000

/** The community's transfer rules, defaults filled in (one read). */
export async function transferRulesOf(ctx: Ctx, communityId: string): Promise<TransferRules> {
  const c = await firstRow(collection(ctx.db, 'communities').where({ _id: communityId }).field({ largeTransferFen: true }).limit(1))
  return { communityId, largeTransferFen: c?.largeTransferFen ?? DEFAULT_LARGE_TRANSFER_FEN }
}

export async function thresholdOf(ctx: Ctx, communityId: string): Promise<number> {
  return (await transferRulesOf(ctx, communityId)).largeTransferFen
}

/** The director sets the community's 大额 threshold; transfers published from then on are judged by it. */
export async function saveTransferRules(input: In<'saveTransferRules'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const before = await transferRulesOf(ctx, input.communityId)
  const after: TransferRules = { communityId: input.communityId, largeTransferFen: input.largeTransferFen }
  await collection(ctx.db, 'communities')
    .where({ _id: input.communityId })
    .update({ data: { largeTransferFen: after.largeTransferFen } })
  await ctx.audit({
    action: 'disclosures.saveTransferRules',
    targetId: input.communityId,
    communityId: input.communityId,
    before: { largeTransferFen: before.largeTransferFen },
    after: { largeTransferFen: after.largeTransferFen },
  })
  return ok(after)
}
