import type { PermissionTable } from './index'

/** Binding one's identity and the operator's register/role administration. */
export const ACCOUNT_PERMISSIONS: PermissionTable = {
  'identity.sendBindCode': ['anyone'],
  'identity.bindIdentity': ['anyone'],
  'identity.getMyHome': ['anyone'],
  'admin.importRegister': ['console', 'operator'],
  'admin.grantRole': ['console', 'operator'],
}
