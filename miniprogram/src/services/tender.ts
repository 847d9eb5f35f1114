import type { TenderApi } from '@core/api/tender'
import type { InputOf } from '@core/api/contract'
import { cloudFunction } from './cloud'

/** The `tender` function: the community's tender projects, one project's timeline, registering, 已阅. */
const tender = cloudFunction<TenderApi>('tender')
type In<A extends keyof TenderApi> = InputOf<TenderApi, A>

export const listTenders = (input: In<'list'>) => tender('list', input)
export const getTender = (input: In<'get'>) => tender('get', input)
export const registerTender = (input: In<'register'>) => tender('register', input)
export const acknowledgeTender = (input: In<'acknowledge'>) => tender('acknowledge', input)
