import type { identityApi } from '@core/api/identity'
import { cloudFunction } from './cloud'

const identity = cloudFunction<typeof identityApi>('identity')

export const sendBindCode = (input: { name: string; idNumber: string }) => identity('sendBindCode', input)
export const bindIdentity = (input: { name: string; idNumber: string; code: string }) => identity('bindIdentity', input)
export const getMyHome = () => identity('getMyHome', {})
