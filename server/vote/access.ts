import { ROLE_LABELS, type RoleName } from '../../core/roles'
import { roleReaches, type CommunityScope } from '../caller'
import { fail, type Ctx } from '../handler'
import { permissionFor } from '../permissions/index'
import type { VoteDoc } from '../collections/vote'

export function scopeOf(vote: Pick<VoteDoc, 'communityId' | 'street' | 'district'>): CommunityScope {
  return { _id: vote.communityId, street: vote.street, district: vote.district }
}

/**
 * The caller's roles, among those the permission table allows for this action, that reach the
 * community. Same rule as ctx.authorize, but from the street/district copied onto the vote, so a
 * vote action spends no read on the community document. FORBIDDEN when none.
 */
export function authorizeIn(ctx: Ctx, scope: CommunityScope, only?: readonly RoleName[]): RoleName[] {
  const allowed = permissionFor(ctx.functionName, ctx.actionName) ?? []
  if (ctx.caller.console && allowed.includes('console')) return ['operator']
  const held = ctx.caller.roles
    .filter((r) => allowed.includes(r.role) && (!only || only.includes(r.role)) && roleReaches(r, scope))
    .map((r) => r.role)
  if (held.length === 0) fail(ctx.caller.openid ? 'FORBIDDEN' : 'NOT_SIGNED_IN')
  return [...new Set(held)]
}

export function authorizeVote(
  ctx: Ctx,
  vote: Pick<VoteDoc, 'communityId' | 'street' | 'district'>,
  only?: readonly RoleName[],
): RoleName[] {
  return authorizeIn(ctx, scopeOf(vote), only)
}

const PRECEDENCE: readonly RoleName[] = [
  'director',
  'staff',
  'member',
  'alternate',
  'streetReviewer',
  'districtCentre',
  'cityCentre',
  'operator',
  'propertyManager',
  'owner',
  'delegate',
]

/** The label a stamp shows for the caller: the most senior role used for the action. */
export function whoOf(roles: readonly RoleName[]): string {
  const top = PRECEDENCE.find((r) => roles.includes(r))
  return top ? ROLE_LABELS[top] : '平台管理员'
}
