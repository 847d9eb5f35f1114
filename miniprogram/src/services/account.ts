import type { AccountApi } from '@core/api/account'
import type { InputOf } from '@core/api/contract'
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
export const delegationReach = (input: In<'delegationReach'>) => account('delegationReach', input)
export const revokeDelegate = (input: In<'revokeDelegate'>) => account('revokeDelegate', input)
export const listMyDelegations = () => account('listMyDelegations', {})
export const sendDelegateCode = (input: In<'sendDelegateCode'>) => account('sendDelegateCode', input)
export const bindDelegate = (input: In<'bindDelegate'>) => account('bindDelegate', input)

/** 人脸核身: start gives the verifyId for WeChat's face capture, finish asks the server for the outcome. */
export const startFaceCheck = (input: In<'startFaceCheck'>) => account('startFaceCheck', input)
export const finishFaceCheck = (input: In<'finishFaceCheck'>) => account('finishFaceCheck', input)

/** 消息提醒 by template name (core/api/subscriptions.ts): the ids to ask WeChat for, and the grants accepted. */
export const subscriptionStatus = (input: In<'subscriptionStatus'>) => account('subscriptionStatus', input)
export const subscribeTemplates = (input: In<'subscribe'>) => account('subscribe', input)
