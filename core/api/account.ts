import { z } from 'zod'
import { action } from './contract'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'
import { SMS_CODE_ERRORS } from './identity'
import type { RoleName, RoleView } from './identity'
import { Id, IdNumber, PersonName, Phone, SmsCode, UnitId } from '../schemas/common'
import { Reason } from '../schemas/text'
import { CalendarDay } from '../schemas/time'
import { SubscribeInput, SubscriptionStatusInput, type SubscriptionStatus } from './subscriptions'

/** An account is one role held by one WeChat user; staff accounts start `pending` until the director authorises them. */
export type AccountStatus = 'active' | 'pending' | 'revoked'
export const ACCOUNT_STATUS_LABELS: Record<AccountStatus | 'unbound', string> = {
  active: '已授权',
  pending: '待主任授权',
  revoked: '已停用',
  unbound: '未绑定',
}

export interface StaffAccountView {
  accountId: string
  role: RoleName
  roleLabel: string
  status: AccountStatus
  statusLabel: string
  communityId: string
  communityName: string
}

/** One person of the committee on the 权限管理 page. */
export interface CommitteePerson {
  accountId: string | null
  memberId: string | null
  name: string
  role: RoleName
  roleLabel: string
  position: string | null
  status: AccountStatus | 'unbound'
  statusLabel: string
  phoneMasked: string
  isMe: boolean
}

export interface PermissionGroup {
  feature: string
  label: string
  actions: string[]
}

export interface MyAccount {
  name: string | null
  /** The caller's own bound phone in full: the only unmasked phone the server ever sends, and only to its owner. */
  phone: string | null
  phoneMasked: string | null
  roles: RoleView[]
  permissions: PermissionGroup[]
}

export type DelegationStatus = 'pending' | 'active' | 'revoked' | 'expired'
export const DELEGATION_STATUS_LABELS: Record<DelegationStatus, string> = {
  pending: '待被委托人认证',
  active: '生效中',
  revoked: '已撤销',
  expired: '已过期',
}

export interface DelegationView {
  id: string
  communityId: string
  unit: { id: string; building: string; unitNo: string; room: string }
  ownerName: string
  delegateName: string
  delegatePhoneMasked: string
  delegateIdMasked: string
  voteId: string | null
  /** The last moment the delegation holds (epoch ms). */
  until: number
  status: DelegationStatus
  statusLabel: string
}

/**
 * What a delegate will and will not be able to do with the units chosen (shown on the form before
 * the owner confirms): one line per household of hers (units with the same owners vote as one).
 */
export interface DelegationReach {
  lines: Array<{ ok: boolean; text: string }>
}

/** Codes the `account` function answers beyond core/errors.ts. */
export const ACCOUNT_ERRORS = {
  ...SMS_CODE_ERRORS,
  NOT_ON_ROSTER: '业委会名册中没有这个姓名和手机号码，请联系业委会主任核对',
  ALREADY_BOUND: '该人员已被其他微信账号绑定，如有疑问请联系业委会主任',
  NOT_BOUND_YET: '该人员还没有绑定微信账号',
  NOT_STAFF_ACCOUNT: '只能授权或停用业委会委员、候补委员和经办人的账号',
  NOT_BOUND: '这个微信账号还没有绑定任何身份',
  SAME_PHONE: '新手机号码与当前绑定的号码相同',
  NOT_OWNER: '这套房不在您的名下',
  SELF_DELEGATION: '不能委托您自己',
  DELEGATION_EXISTS: '这套房已有生效或待认证的委托，请先撤销原委托',
  VOTE_NOT_DELEGABLE: '这个投票现在不能办理委托',
  VOTE_NOT_SCHEDULED: '这个投票还没有确定截止时间，请选择委托截止日期',
  UNIT_NOT_IN_VOTE: '这套房不在这个投票的范围内',
  NO_DELEGATION: '没有找到以您的姓名和证件号码办理的委托，请联系委托您的业主',
  ID_MISMATCH: '证件号码与您绑定的身份不一致',
  UNKNOWN_TEMPLATE: '没有这种消息提醒，请刷新页面后再试',
} as const satisfies ErrorSentences

export const ACCOUNT_LABELS: FieldLabels = {
  name: '姓名',
  phone: '手机号码',
  code: '验证码',
  accountId: '账户',
  reason: '原因',
  communityId: '小区',
  confirm: '确认',
  unitId: '房屋',
  unitIds: '房屋',
  idNumber: '证件号码',
  voteId: '投票',
  until: '委托截止日期',
  delegationId: '委托',
  checkId: '人脸核身',
  keys: '消息提醒',
  templateIds: '消息提醒',
}

/** The `account` cloud function: staff binding and authorisation, delegates, face checks, 权限管理. */
export const accountApi = {
  /** Staff entry (物业服务或业委会人员): the name and phone must be on a committee roster. */
  sendStaffCode: action(z.object({ name: PersonName, phone: Phone })).returns<{ phoneMasked: string }>(),
  bindStaff: action(z.object({ name: PersonName, phone: Phone, code: SmsCode })).returns<{ accounts: StaffAccountView[] }>(),
  authorizeStaff: action(z.object({ accountId: Id })).returns<CommitteePerson>(),
  revokeStaff: action(z.object({ accountId: Id, reason: Reason(200) })).returns<CommitteePerson>(),
  listCommitteePeople: action(z.object({ communityId: Id })).returns<{ people: CommitteePerson[] }>(),

  myAccount: action(z.object({})).returns<MyAccount>(),
  /** `phone` is the new phone: the code goes there, proving the person holds it. */
  sendPhoneChangeCode: action(z.object({ phone: Phone })).returns<{ phoneMasked: string }>(),
  changePhone: action(z.object({ phone: Phone, code: SmsCode })).returns<MyAccount>(),
  /** 解绑: ends every binding and role of this WeChat account; `confirm` must be true. */
  unbind: action(z.object({ confirm: z.literal(true, { errorMap: () => ({ message: '请确认解绑' }) }) })).returns<{ unbound: true }>(),

  /** 被委托人认证, owner side: one or more (all) of her units, for one vote or until a day; one authorisation per unit. */
  authorizeDelegate: action(
    z.object({
      unitIds: z.array(UnitId).min(1, '请至少选择一套房屋').max(100, '一次最多委托100套房屋'),
      name: PersonName,
      idNumber: IdNumber,
      phone: Phone,
      voteId: Id.optional(),
      until: CalendarDay.optional(),
    }),
  ).returns<{ delegations: DelegationView[] }>(),
  /** Before authorising: for each household of the owner's, whether the delegate could vote for it with these units. */
  delegationReach: action(
    z.object({ unitIds: z.array(UnitId).min(1, '请至少选择一套房屋').max(100), voteId: Id.optional() }),
  ).returns<DelegationReach>(),
  revokeDelegate: action(z.object({ delegationId: Id })).returns<DelegationView>(),
  listMyDelegations: action(z.object({})).returns<{ granted: DelegationView[]; held: DelegationView[] }>(),
  /** Delegate side: name + ID number find the owner's authorisation; the code goes to the phone the owner gave. */
  sendDelegateCode: action(z.object({ name: PersonName, idNumber: IdNumber })).returns<{ phoneMasked: string }>(),
  bindDelegate: action(z.object({ name: PersonName, idNumber: IdNumber, code: SmsCode })).returns<{ delegations: DelegationView[] }>(),

  /**
   * 人脸核身, step 1: the caller (owner or delegate in the community) gives her ID number; the answer's
   * `verifyId` goes to `wx.requestFacialVerify`, then step 2 `finishFaceCheck` asks WeChat for the outcome.
   */
  startFaceCheck: action(z.object({ communityId: Id, idNumber: IdNumber })).returns<{ checkId: string; verifyId: string }>(),
  /** Step 2: a failure is recorded for 线下认证 (staff then verify the person in person). */
  finishFaceCheck: action(z.object({ checkId: Id, idNumber: IdNumber })).returns<{ passed: boolean; message: string }>(),

  /**
   * 消息提醒 (subscription messages, core/api/subscriptions.ts): the named templates' ids to hand to
   * WeChat's consent dialog, and which the caller has a one-time grant left for …
   */
  subscriptionStatus: action(SubscriptionStatusInput).returns<SubscriptionStatus>(),
  /** … and, after the dialog, one grant for each accepted template (only templates meant for the caller's roles). */
  subscribe: action(SubscribeInput).returns<SubscriptionStatus>(),
}
export type AccountApi = typeof accountApi

/** Chinese names of each function's feature, for "my permissions". */
export const FEATURE_LABELS: Record<string, string> = {
  identity: '业主身份绑定',
  admin: '平台管理',
  account: '账号与权限管理',
  committee: '业委会管理',
  manageVote: '投票管理',
  castVote: '电子投票',
  supplementVote: '投票补计与确认从众',
  tallyVote: '统计录入与计票',
  todos: '待办事项',
}
