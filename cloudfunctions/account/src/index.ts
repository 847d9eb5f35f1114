import { accountApi } from '../../../core/api/account'
import { defineFunction } from '../../../server/handler'
import { authorizeDelegate, bindDelegate, listMyDelegations, revokeDelegate, sendDelegateCode } from './delegates'
import { finishFaceCheck, startFaceCheck } from './face'
import { changePhone, myAccount, sendPhoneChangeCode, unbind } from './me'
import { authorizeStaff, bindStaff, listCommitteePeople, revokeStaff, sendStaffCode } from './staff'

/** Staff binding and authorisation, delegates (被委托人认证), face checks, and 权限管理. */
export const main = defineFunction('account', accountApi, {
  sendStaffCode, bindStaff, authorizeStaff, revokeStaff, listCommitteePeople,
  myAccount, sendPhoneChangeCode, changePhone, unbind,
  authorizeDelegate, revokeDelegate, listMyDelegations, sendDelegateCode, bindDelegate,
  startFaceCheck, finishFaceCheck,
})
