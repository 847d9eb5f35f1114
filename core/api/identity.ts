import { z } from 'zod'
import { action } from './contract'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'
import { IdNumber, PersonName, SmsCode } from '../schemas/common'

/** Roles, their labels and groups are declared once in core/roles.ts; the contract names them from there. */
export { ROLE_LABELS, type RoleName } from '../roles'
import type { RoleName } from '../roles'

export interface UnitView {
  id: string
  /** Which community the unit is in (an owner may hold units in more than one). */
  communityId?: string
  building: string
  unitNo: string
  room: string
  areaCenti: number
}

export interface RoleView {
  role: RoleName
  label: string
  communityId?: string
  communityName?: string
  /** For street/district roles: the street or district the role covers, e.g. "桃源街道". */
  scopeName?: string
  status: 'active' | 'pending' | 'revoked'
}

export interface MyHome {
  /** The registered person the caller is bound to; null for a stranger or staff who own nothing. */
  person: { name: string; phoneMasked: string } | null
  /** The caller's main community: the first bound one, else the community of a committee/property role. */
  community: { id: string; name: string } | null
  /** Every community the caller is bound in (usually one). */
  communities?: { id: string; name: string }[]
  units: UnitView[]
  /** Owner roles from binding plus granted roles, including pending and revoked staff roles. */
  roles: RoleView[]
}

/** One-time SMS codes: every contract that sends and checks them (binding, staff, delegates, phone change) answers these. */
export const SMS_CODE_ERRORS = {
  CODE_WRONG: '验证码不正确',
  CODE_EXPIRED: '验证码已过期，请重新获取',
  CODE_MISSING: '请先获取验证码',
  LOCKED: '验证码错误次数过多，请15分钟后再试',
  SMS_FAILED: '短信发送失败，请稍后再试',
  SMS_DAILY_LIMIT: '今天获取验证码的次数已达上限，请明天再试',
} as const satisfies ErrorSentences

/** Codes the `bindIdentity` function answers beyond core/errors.ts. */
export const BIND_IDENTITY_ERRORS = {
  ...SMS_CODE_ERRORS,
  UNKNOWN_PERSON: '房产登记中没有找到这个姓名和证件号码，请核对后再试',
  ALREADY_BOUND: '该业主身份已被其他微信账号绑定，如有疑问请联系业委会',
} as const satisfies ErrorSentences

export const BIND_IDENTITY_LABELS: FieldLabels = { name: '姓名', idNumber: '证件号码', code: '验证码' }

/** The `bindIdentity` cloud function. */
export const bindIdentityApi = {
  sendBindCode: action(z.object({ name: PersonName, idNumber: IdNumber })).returns<{ phoneMasked: string }>(),
  bindIdentity: action(z.object({ name: PersonName, idNumber: IdNumber, code: SmsCode })).returns<MyHome>(),
  getMyHome: action(z.object({})).returns<MyHome>(),
}
