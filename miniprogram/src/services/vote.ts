import type { MyHome, RoleName, RoleView } from '@core/api/identity'
import type { CastVoteApi, ManageVoteApi, SupplementVoteApi, TallyVoteApi } from '@core/api/vote'
import { cloudFunction } from './cloud'

/*
 * The electronic vote's four cloud functions (core/api/vote.ts). Pages call these and never
 * `callCloud` directly; inputs and outputs are inferred from the contract, so nothing is
 * written twice. Each returns a Result: failures carry the server's Chinese message.
 */

/** Drafting, review, viewing, turnout, exports, 线下认证, reminders, audit log. */
export const manageVote = cloudFunction<ManageVoteApi>('manageVote')

/** The owner's side: open votes, the ballot, casting, receipts. */
export const castVote = cloudFunction<CastVoteApi>('castVote')

/** 投票补计 (paper ballots by room, co-owned confirmations) and 确认从众 entries. */
export const supplementVote = cloudFunction<SupplementVoteApi>('supplementVote')

/** 统计录入, reconciliation, confirmations, 计票完成 and the published result. */
export const tallyVote = cloudFunction<TallyVoteApi>('tallyVote')

/** Roles that run a community's votes (drafting, 补计, 统计录入); the server checks each action itself. */
const COMMITTEE_ROLES: ReadonlySet<RoleName> = new Set<RoleName>(['director', 'staff', 'member', 'alternate'])

/** Communities where the caller holds an active committee role, first one first. */
export function committeeCommunityIds(roles: readonly RoleView[]): string[] {
  const ids = roles.filter((r) => r.status === 'active' && COMMITTEE_ROLES.has(r.role) && r.communityId).map((r) => r.communityId as string)
  return [...new Set(ids)]
}

export function isStreetReviewer(roles: readonly RoleView[]): boolean {
  return roles.some((r) => r.status === 'active' && r.role === 'streetReviewer')
}

/** Owners and delegates vote; a bound owner has units, a delegate has the role. */
export function mayVote(home: Pick<MyHome, 'units' | 'roles'>): boolean {
  return home.units.length > 0 || home.roles.some((r) => r.status === 'active' && (r.role === 'owner' || r.role === 'delegate'))
}
