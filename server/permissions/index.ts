import type { RoleName } from '../../core/api/identity'
import { ACCOUNT_PERMISSIONS } from './account'
import { ACCOUNT_ROLE_PERMISSIONS } from './account-roles'
import { COMMITTEE_PERMISSIONS } from './committee'
import { TODO_PERMISSIONS } from './todos'
import { VOTE_PERMISSIONS } from './vote'

/** Who may call what. `anyone` includes strangers; `console` is the operator's console call (no OPENID). */
export type Grantee = RoleName | 'anyone' | 'console'
export type PermissionTable = Record<string, readonly Grantee[]>

/**
 * The one declared permission table: `<function>.<action>` → the roles allowed, assembled from one
 * file per feature. Community-scoped actions additionally check, inside the action (`ctx.authorize`),
 * that the role is held in the target's community (or its street/district for government roles).
 * The permission-matrix test is generated from this table, so an action without an entry fails.
 */
export const PERMISSIONS: PermissionTable = {
  ...ACCOUNT_PERMISSIONS,
  ...ACCOUNT_ROLE_PERMISSIONS,
  ...COMMITTEE_PERMISSIONS,
  ...VOTE_PERMISSIONS,
  ...TODO_PERMISSIONS,
}

export function permissionFor(functionName: string, actionName: string): readonly Grantee[] | undefined {
  return PERMISSIONS[`${functionName}.${actionName}`]
}
