import type { RoleName } from '../core/api/identity'

/** Who may call what. `anyone` includes strangers; `console` is the operator's console call (no OPENID). */
export type Grantee = RoleName | 'anyone' | 'console'

/**
 * The one declared permission table: `<function>.<action>` → the roles allowed.
 * Community-scoped actions additionally check, inside the action, that the role is held in the
 * target's community (or its street/district for government roles). The permission-matrix test is
 * generated from this table, so an action without an entry fails the suite.
 */
export const PERMISSIONS: Record<string, readonly Grantee[]> = {
  'identity.sendBindCode': ['anyone'],
  'identity.bindIdentity': ['anyone'],
  'identity.getMyHome': ['anyone'],
  'admin.importRegister': ['console', 'operator'],
  'admin.grantRole': ['console', 'operator'],
}

export function permissionFor(functionName: string, actionName: string): readonly Grantee[] | undefined {
  return PERMISSIONS[`${functionName}.${actionName}`]
}
