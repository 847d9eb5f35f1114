import { ACCOUNT_ROLE_PERMISSIONS } from './account-roles'
import { ADMIN_PERMISSIONS, BIND_IDENTITY_PERMISSIONS } from './account'
import { COMMITTEE_PERMISSIONS } from './committee'
import { NOTICE_PERMISSIONS } from './notices'
import { DISCLOSURE_PERMISSIONS } from './disclosures'
import { EVALUATION_PERMISSIONS } from './evaluations'
import { TENDER_PERMISSIONS } from './tender'
import { TODO_PERMISSIONS } from './todos'
import { TRAINING_PERMISSIONS } from './training'
import { VOTE_PERMISSIONS } from './vote'
import { WEATHER_PERMISSIONS } from './weather'
import type { Grantee, PermissionTable } from './table'

export { permissionsFor, type ActionGrants, type Grantee, type PermissionTable } from './table'

/**
 * The one declared permission table: `<function>.<action>` → the roles allowed, assembled from one
 * file per feature, each typed by its contract (`permissionsFor`), so a missing or misspelt action
 * does not compile. Community-scoped actions additionally check, inside the action (`ctx.authorize`),
 * that the role is held in the target's community (or its street/district for government roles).
 * The permission-matrix test is generated from this table.
 */
export const PERMISSIONS: PermissionTable = {
  ...BIND_IDENTITY_PERMISSIONS,
  ...ADMIN_PERMISSIONS,
  ...ACCOUNT_ROLE_PERMISSIONS,
  ...COMMITTEE_PERMISSIONS,
  ...DISCLOSURE_PERMISSIONS,
  ...VOTE_PERMISSIONS,
  ...TODO_PERMISSIONS,
  ...NOTICE_PERMISSIONS,
  ...EVALUATION_PERMISSIONS,
  ...WEATHER_PERMISSIONS,
  ...TENDER_PERMISSIONS,
  ...TRAINING_PERMISSIONS,
}

export function permissionFor(functionName: string, actionName: string): readonly Grantee[] | undefined {
  return PERMISSIONS[`${functionName}.${actionName}`]
}
