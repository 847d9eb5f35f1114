import { BIND_IDENTITY_ERRORS, BIND_IDENTITY_LABELS, bindIdentityApi } from '../../../core/api/identity'
import { defineFunction, ok, withoutRoles } from '../../../server/handler'
import { bindIdentity } from '../../../server/identity/bindIdentity'
import { myHome } from '../../../server/identity/myHome'
import { sendBindCode } from '../../../server/identity/sendBindCode'

/** 业主身份绑定 and "我的": who the caller is in the register and which roles they hold. */
export const main = defineFunction(
  'bindIdentity',
  bindIdentityApi,
  { errors: BIND_IDENTITY_ERRORS, labels: BIND_IDENTITY_LABELS },
  {
    sendBindCode: withoutRoles(sendBindCode),
    // Loads the caller's roles itself, after binding, to show the new home.
    bindIdentity: withoutRoles(bindIdentity),
    getMyHome: async (_input, ctx) => ok(await myHome(ctx.db, ctx.caller.roles)),
  },
)
