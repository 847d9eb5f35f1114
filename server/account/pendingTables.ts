import { ACCOUNT_ROLE_PERMISSIONS } from '../permissions/account-roles'
import { COMMITTEE_PERMISSIONS } from '../permissions/committee'
import { PERMISSIONS } from '../permissions/index'

/**
 * TEST SUPPORT, temporary: until the lead spreads ACCOUNT_ROLE_PERMISSIONS and COMMITTEE_PERMISSIONS
 * into server/permissions/index.ts, the account and committee feature tests add the missing entries
 * to the in-memory table (the emulator runs the functions in this process, so they see it). Once the
 * table has them this does nothing. The permission matrix never calls it: it checks the real table.
 */
export function addPendingTables(): void {
  const table = PERMISSIONS as Record<string, readonly string[]>
  for (const [key, grantees] of Object.entries({ ...ACCOUNT_ROLE_PERMISSIONS, ...COMMITTEE_PERMISSIONS })) {
    if (!(key in table)) table[key] = grantees
  }
}
