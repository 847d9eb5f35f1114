import type { AccountApi } from '@core/api/account'
import type { InputOf } from '@core/api/contract'
import type { RoleName, RoleView } from '@core/api/identity'
import { cloudFunction } from './cloud'

/** The `account` function: staff binding and authorisation, delegates, 权限管理 and one's own account. */
const account = cloudFunction<AccountApi>('account')
type In<A extends keyof AccountApi> = InputOf<AccountApi, A>

export const sendStaffCode = (input: In<'sendStaffCode'>) => account('sendStaffCode', input)
export const bindStaff = (input: In<'bindStaff'>) => account('bindStaff', input)
export const authorizeStaff = (input: In<'authorizeStaff'>) => account('authorizeStaff', input)
export const revokeStaff = (input: In<'revokeStaff'>) => account('revokeStaff', input)
export const listCommitteePeople = (input: In<'listCommitteePeople'>) => account('listCommitteePeople', input)

export const getMyAccount = () => account('myAccount', {})
export const sendPhoneChangeCode = (input: In<'sendPhoneChangeCode'>) => account('sendPhoneChangeCode', input)
export const changePhone = (input: In<'changePhone'>) => account('changePhone', input)
export const unbind = () => account('unbind', { confirm: true })

export const authorizeDelegate = (input: In<'authorizeDelegate'>) => account('authorizeDelegate', input)
export const revokeDelegate = (input: In<'revokeDelegate'>) => account('revokeDelegate', input)
export const listMyDelegations = () => account('listMyDelegations', {})
export const sendDelegateCode = (input: In<'sendDelegateCode'>) => account('sendDelegateCode', input)
export const bindDelegate = (input: In<'bindDelegate'>) => account('bindDelegate', input)

/** 人脸核身: start gives the verifyId for WeChat's face capture, finish asks the server for the outcome. */
export const startFaceCheck = (input: In<'startFaceCheck'>) => account('startFaceCheck', input)
export const finishFaceCheck = (input: In<'finishFaceCheck'>) => account('finishFaceCheck', input)

/** Roles of the committee itself; a government role reaches a community from outside it. */
export const COMMITTEE_ROLE_NAMES: readonly RoleName[] = ['director', 'member', 'alternate', 'staff']

/**
 * The community whose committee pages this person works in: an active committee role's community
 * first, then any other active role's (an owner's), then a pending or stopped committee role's, so
 * a 经办人 still waiting or already stopped sees her own committee's refusal and why.
 */
export function committeeCommunityOf(roles: RoleView[]): { id: string; name: string } | null {
  const withCommunity = roles.filter((r) => r.communityId)
  const committee = withCommunity.filter((r) => COMMITTEE_ROLE_NAMES.includes(r.role))
  const pick = committee.find((r) => r.status === 'active')
    ?? withCommunity.find((r) => r.status === 'active')
    ?? committee.find((r) => r.status === 'pending')
    ?? committee[0]
  return pick?.communityId ? { id: pick.communityId, name: pick.communityName ?? '' } : null
}

/** Whether the person holds `role` actively in `communityId`. */
export function holdsRole(roles: RoleView[], role: RoleName, communityId?: string): boolean {
  return roles.some((r) => r.role === role && r.status === 'active' && (!communityId || r.communityId === communityId))
}
