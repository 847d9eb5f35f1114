import { COMMITTEE_ROLES, isIn, ROLE_LABELS, type RoleName } from '../../core/roles'
import { collection, firstRow } from '../db'
import { fail, type Ctx } from '../handler'
import type { TodoActor } from '../todos/write'
import type { TargetCommunity } from './targets'

/** The committee a notice action is for, and who of it acts, as histories name them. */
export interface Recipient {
  community: TargetCommunity
  /** "业委会主任 赵志强". */
  who: string
}

/** The communities whose committee the caller serves on (active roles only), from the roles already loaded. */
export function committeeCommunities(ctx: Ctx): string[] {
  return [
    ...new Set(
      ctx.caller.roles.filter((r) => r.status === 'active' && r.communityId && isIn(COMMITTEE_ROLES, r.role)).map((r) => r.communityId!),
    ),
  ]
}

/** The community's committee, checked against the caller's roles (`ctx.authorize`), and the caller's role and name in it. */
export async function recipientFor(ctx: Ctx, communityId: string): Promise<Recipient> {
  const held = await ctx.authorize(communityId)
  const [community, grant] = await Promise.all([
    firstRow(collection(ctx.db, 'communities').where({ _id: communityId }).field({ name: true, district: true, street: true }).limit(1)),
    ctx.caller.openid
      ? firstRow(collection(ctx.db, 'roles').where({ openid: ctx.caller.openid, communityId }).field({ name: true }).limit(1))
      : undefined,
  ])
  if (!community) fail('NOT_FOUND', '小区不存在')
  const role = held[0] as RoleName
  return { community, who: [ROLE_LABELS[role], grant?.name].filter(Boolean).join(' ') }
}

export const recipientActor = (ctx: Ctx, r: Recipient): TodoActor => ({ by: ctx.caller.openid ?? 'console', who: r.who, at: ctx.now() })
