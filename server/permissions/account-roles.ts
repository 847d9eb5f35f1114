import { accountApi } from '../../core/api/account'
import { SUBSCRIBER_ROLES } from '../../core/api/subscriptions'
import { AREA_ROLES, COMMITTEE_ROLES, VOTER_ROLES } from '../../core/roles'
import { permissionsFor } from './table'

/**
 * Staff accounts, delegates, face checks and 权限管理. Self-service actions are open to `anyone`
 * because they act only on the caller's own WeChat account (a pending 经办人 must still be able to see
 * her status or cancel her binding); they refuse the console, which has no account.
 */
export const ACCOUNT_ROLE_PERMISSIONS = permissionsFor('account', accountApi, {
  sendStaffCode: ['anyone'],
  bindStaff: ['anyone'],
  authorizeStaff: ['director'],
  revokeStaff: ['director'],
  listCommitteePeople: [...COMMITTEE_ROLES, ...AREA_ROLES],

  myAccount: ['anyone'],
  sendPhoneChangeCode: ['anyone'],
  changePhone: ['anyone'],
  unbind: ['anyone'],

  authorizeDelegate: ['owner'],
  delegationReach: ['owner'],
  revokeDelegate: ['owner'],
  listMyDelegations: VOTER_ROLES,
  sendDelegateCode: ['anyone'],
  bindDelegate: ['anyone'],

  startFaceCheck: VOTER_ROLES,
  finishFaceCheck: VOTER_ROLES,

  // Whoever some template is meant for; which templates, by role, is checked inside (server/account/subscriptions.ts).
  subscriptionStatus: SUBSCRIBER_ROLES,
  subscribe: SUBSCRIBER_ROLES,
})
