import { ADMIN_ERRORS, ADMIN_LABELS, adminApi } from '../../../core/api/admin'
import { defineFunction } from '../../../server/handler'
import { grantRole } from '../../../server/admin/grantRole'
import { importRegister } from '../../../server/admin/importRegister'

/** The operator's console function: property-register import and role grants. */
export const main = defineFunction(
  'admin',
  adminApi,
  { errors: ADMIN_ERRORS, labels: ADMIN_LABELS },
  {
    importRegister,
    grantRole,
  },
)
