import type { z } from 'zod'
import type { disclosuresApi, TransferRules } from '../../core/api/disclosures'
import { collection, firstRow } from '../db'
import { fail, ok, type Ctx } from '../handler'

type In<A extends keyof typeof disclosuresApi> = z.output<(typeof disclosuresApi)[A]['input']>

/** 大额 from 5万元 unless the community's own threshold says otherwise (`communities.largeTransferFen`). */
export const DEFAULT_LARGE_TRANSFER_FEN = 5_000_000

/** The community's transfer rules, defaults filled in (one read). */
export async function transferRulesOf(ctx: Ctx, communityId: string): Promise<TransferRules> {
  const c = await firstRow(
    collection(ctx.db, 'communities')
      .where({ _id: communityId })
      .field({ largeTransferFen: true, directorPublishesTransfers: true })
      .limit(1),
  )
  return {
    communityId,
    largeTransferFen: c?.largeTransferFen ?? DEFAULT_LARGE_TRANSFER_FEN,
    directorPublishesTransfers: c?.directorPublishesTransfers ?? false,
  }
}

/**
 * The director sets the community's 大额 threshold (transfers published from then on are judged by it) and
 * whether its rules let the director publish transfers.
 */
export async function saveTransferRules(input: In<'saveTransferRules'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const before = await transferRulesOf(ctx, input.communityId)
  const after: TransferRules = {
    communityId: input.communityId,
    largeTransferFen: input.largeTransferFen,
    directorPublishesTransfers: input.directorPublishesTransfers ?? before.directorPublishesTransfers,
  }
  const { communityId: _unused, ...data } = after
  await collection(ctx.db, 'communities').where({ _id: input.communityId }).update({ data })
  const { communityId: _same, ...was } = before
  await ctx.audit({
    action: 'disclosures.saveTransferRules',
    targetId: input.communityId,
    communityId: input.communityId,
    before: was,
    after: data,
  })
  return ok(after)
}

/** Which role publishes: the community's property project manager, or its director where the rules say so. */
export function publisherRole(ctx: Ctx, communityId: string, rules: TransferRules): 'propertyManager' | 'director' {
  if (ctx.caller.console) return 'propertyManager'
  const held = (role: string) => ctx.caller.roles.some((r) => r.role === role && r.communityId === communityId && r.status === 'active')
  if (held('propertyManager')) return 'propertyManager'
  if (held('director') && rules.directorPublishesTransfers) return 'director'
  return fail('DIRECTOR_MAY_NOT_PUBLISH_TRANSFERS')
}
