import type { RoleName } from '../../core/api/identity'

export const COMMITTEE_ROLES: readonly RoleName[] = ['director', 'member', 'alternate', 'staff']
/** Roles a roster binding creates; the director authorises them. */
export const ROSTER_ROLES: readonly RoleName[] = ['member', 'alternate', 'staff']

/** The role grant (`roles`) a roster person's WeChat account holds: `roster:<memberId>`. */
export function rosterAccountId(memberId: string): string {
  return `roster:${memberId}`
}
