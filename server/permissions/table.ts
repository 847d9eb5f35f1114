import type { Contract } from '../../core/api/contract'
import type { RoleName } from '../../core/roles'

/** Who may call what. `anyone` includes strangers; `console` is the operator's console call (no OPENID). */
export type Grantee = RoleName | 'anyone' | 'console'
export type PermissionTable = Readonly<Record<string, readonly Grantee[]>>

/** One entry per action of the contract: leaving one out, or naming one it lacks, is a type error. */
export type ActionGrants<C extends Contract> = { readonly [A in keyof C]: readonly Grantee[] }

/** A function's entries, keyed `<function>.<action>` as the one table holds them. */
export function permissionsFor<C extends Contract>(functionName: string, _contract: C, grants: ActionGrants<C>): PermissionTable {
  return Object.fromEntries(Object.entries(grants).map(([action, grantees]) => [`${functionName}.${action}`, grantees]))
}
