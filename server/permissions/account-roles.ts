import { COMMITTEE, GOVERNMENT } from './committee'
import type { PermissionTable } from './index'

/**
 * Staff accounts, delegates, face checks and 权限管理. Self-service actions are open to `anyone`
 * because they act only on the caller's own WeChat account (a pending 经办人 must still be able to see
 * her status or cancel her binding); they refuse the console, which has no account.
 */
export const ACCOUNT_ROLE_PERMISSIONS: PermissionTable = {
  'account.sendStaffCode': ['anyone'],
  'account.bindStaff': ['anyone'],
  'account.authorizeStaff': ['director'],
  'account.revokeStaff': ['director'],
  'account.listCommitteePeople': [...COMMITTEE, ...GOVERNMENT, 'operator'],

  'account.myAccount': ['anyone'],
  'account.sendPhoneChangeCode': ['anyone'],
  'account.changePhone': ['anyone'],
  'account.unbind': ['anyone'],

  'account.authorizeDelegate': ['owner'],
  'account.revokeDelegate': ['owner'],
  'account.listMyDelegations': ['owner', 'delegate'],
  'account.sendDelegateCode': ['anyone'],
  'account.bindDelegate': ['anyone'],

  'account.startFaceCheck': ['owner', 'delegate'],
  'account.finishFaceCheck': ['owner', 'delegate'],
}
