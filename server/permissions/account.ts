import type { PermissionTable } from './index'

/** Binding one's identity and the operator's register/role administration. */
export const ACCOUNT_PERMISSIONS: PermissionTable = {
  'bindIdentity.sendBindCode': ['anyone'],
  'bindIdentity.bindIdentity': ['anyone'],
  'bindIdentity.getMyHome': ['anyone'],
  'admin.importRegister': ['console', 'operator'],
  'admin.grantRole': ['console', 'operator'],
}
