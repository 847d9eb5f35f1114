import type { MyHome, RoleName, RoleView } from '@core/api/identity'
import { AREA_ROLES, COMMITTEE_ROLES } from '@core/roles'

/*
 * What pages read of the caller's roles (from getMyHome or myAccount). The server checks every
 * action itself; these only decide what a page offers.
 */

/** Roles of the committee itself; a government role reaches a community from outside it. */
export const COMMITTEE_ROLE_NAMES: readonly RoleName[] = COMMITTEE_ROLES
/** Street offices, district and city centres and the operator: they reach communities from outside. */
export const AREA_ROLE_NAMES: readonly RoleName[] = AREA_ROLES

/** Why a committee person is refused: her account still waits for the director, or the director stopped it. */
export function committeeHint(roles: readonly RoleView[]): string | null {
  const committee = roles.filter((r) => COMMITTEE_ROLE_NAMES.includes(r.role))
  if (committee.length === 0 || committee.some((r) => r.status === 'active')) return null
  if (committee.some((r) => r.status === 'pending')) return '您的账号正在等待业委会主任授权，授权后才能查看。'
  return '您的业委会人员账号已被停用，如有疑问请联系业委会主任。'
}

/**
 * The community whose committee pages this person works in: an active committee role's community
 * first, then any other active role's (an owner's), then a pending or stopped committee role's, so
 * a 经办人 still waiting or already stopped sees her own committee's refusal and why.
 */
export function committeeCommunityOf(roles: readonly RoleView[]): { id: string; name: string } | null {
  const withCommunity = roles.filter((r) => r.communityId)
  const committee = withCommunity.filter((r) => COMMITTEE_ROLE_NAMES.includes(r.role))
  const pick =
    committee.find((r) => r.status === 'active') ??
    withCommunity.find((r) => r.status === 'active') ??
    committee.find((r) => r.status === 'pending') ??
    committee[0]
  return pick?.communityId ? { id: pick.communityId, name: pick.communityName ?? '' } : null
}

/** Whether the person holds `role` actively (in `communityId`, when given). */
export function holdsRole(roles: readonly RoleView[], role: RoleName, communityId?: string): boolean {
  return roles.some((r) => r.role === role && r.status === 'active' && (!communityId || r.communityId === communityId))
}

/** Communities where the caller holds an active committee role, first one first. */
export function committeeCommunityIds(roles: readonly RoleView[]): string[] {
  const ids = roles
    .filter((r) => r.status === 'active' && COMMITTEE_ROLE_NAMES.includes(r.role) && r.communityId)
    .map((r) => r.communityId as string)
  return [...new Set(ids)]
}

export function isStreetReviewer(roles: readonly RoleView[]): boolean {
  return holdsRole(roles, 'streetReviewer')
}

/** Owners and delegates vote; a bound owner has units, a delegate has the role. */
export function mayVote(home: Pick<MyHome, 'units' | 'roles'>): boolean {
  return home.units.length > 0 || holdsRole(home.roles, 'owner') || holdsRole(home.roles, 'delegate')
}
