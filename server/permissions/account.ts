import { adminApi } from '../../core/api/admin'
import { bindIdentityApi } from '../../core/api/identity'
import { permissionsFor } from './table'

/** Binding one's identity. */
export const BIND_IDENTITY_PERMISSIONS = permissionsFor('bindIdentity', bindIdentityApi, {
  sendBindCode: ['anyone'],
  bindIdentity: ['anyone'],
  getMyHome: ['anyone'],
})

/** The operator's register and role administration. */
export const ADMIN_PERMISSIONS = permissionsFor('admin', adminApi, {
  importRegister: ['console', 'operator'],
  grantRole: ['console', 'operator'],
})
