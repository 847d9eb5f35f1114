import type { bindIdentityApi } from '@core/api/identity'
import { cloudFunction } from './cloud'

const bindIdentityFn = cloudFunction<typeof bindIdentityApi>('bindIdentity')

export const sendBindCode = (input: { name: string; idNumber: string }) => bindIdentityFn('sendBindCode', input)
export const bindIdentity = (input: { name: string; idNumber: string; code: string }) => bindIdentityFn('bindIdentity', input)
export const getMyHome = () => bindIdentityFn('getMyHome', {})
