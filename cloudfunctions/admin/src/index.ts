import { adminApi } from '../../../core/api/admin'
import { defineFunction } from '../../../server/handler'
import { grantRole } from './grantRole'
import { importRegister } from './importRegister'

/** The operator's console function: property-register import and role grants. */
export const main = defineFunction('admin', adminApi, { importRegister, grantRole })
