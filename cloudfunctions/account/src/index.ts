import { ACCOUNT_ERRORS, ACCOUNT_LABELS, accountApi } from '../../../core/api/account'
import { defineFunction, withoutRoles } from '../../../server/handler'
import { authorizeDelegate, bindDelegate, listMyDelegations, revokeDelegate, sendDelegateCode } from '../../../server/account/delegates'
import { delegationReach } from '../../../server/account/delegationReach'
import { finishFaceCheck, startFaceCheck } from '../../../server/account/face'
import { changePhone, myAccount, sendPhoneChangeCode, unbind } from '../../../server/account/me'
import { authorizeStaff, bindStaff, listCommitteePeople, revokeStaff, sendStaffCode } from '../../../server/account/staff'
import { subscribe, subscriptionStatus } from '../../../server/account/subscriptions'

/**
 * Staff binding and authorisation, delegates (被委托人认证), face checks, 权限管理, and consent to 消息提醒. The
 * self-service actions open to anyone that never look at the caller's roles skip loading them.
 */
export const main = defineFunction(
  'account',
  accountApi,
  { errors: ACCOUNT_ERRORS, labels: ACCOUNT_LABELS },
  {
    sendStaffCode: withoutRoles(sendStaffCode),
    bindStaff: withoutRoles(bindStaff),
    authorizeStaff,
    revokeStaff,
    listCommitteePeople,
    myAccount,
    sendPhoneChangeCode: withoutRoles(sendPhoneChangeCode),
    changePhone,
    unbind: withoutRoles(unbind),
    authorizeDelegate,
    delegationReach,
    revokeDelegate,
    listMyDelegations,
    sendDelegateCode: withoutRoles(sendDelegateCode),
    bindDelegate: withoutRoles(bindDelegate),
    startFaceCheck,
    finishFaceCheck,
    subscriptionStatus,
    subscribe,
  },
)
