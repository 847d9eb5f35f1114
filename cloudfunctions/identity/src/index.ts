import { identityApi } from '../../../core/api/identity'
import { defineFunction, ok } from '../../../server/handler'
import { bindIdentity } from './bindIdentity'
import { myHome } from './myHome'
import { sendBindCode } from './sendBindCode'

/** 业主身份绑定 and "我的": who the caller is in the register and which roles they hold. */
export const main = defineFunction('identity', identityApi, {
  sendBindCode,
  bindIdentity,
  getMyHome: async (_input, ctx) => ok(await myHome(ctx.db, ctx.caller.openid, ctx.caller.roles)),
})
