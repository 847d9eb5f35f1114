import Taro from '@tarojs/taro'
import type { Contract, InputOf, OutputOf } from '@core/api/contract'
import { COMMON_ERRORS } from '@core/errors'
import type { Err, Result } from '@core/result'

/** What every cloud function answers (inside `result`); the page sees the same shape. */
export type { Result }
export type Failure = Err

export const NETWORK_MESSAGE = '网络不通，请稍后再试'

const networkFailure = (): Failure => ({ ok: false, code: 'NETWORK', message: NETWORK_MESSAGE })
const internalFailure = (): Failure => ({ ok: false, code: 'INTERNAL', message: COMMON_ERRORS.INTERNAL })

/** Call once at start-up. Only the mini program has wx.cloud; the H5 build talks HTTP. */
export function initCloud(): void {
  if (process.env.TARO_ENV === 'weapp') {
    Taro.cloud.init(CLOUD_ENV ? { env: CLOUD_ENV, traceUser: true } : { traceUser: true })
  }
}

/**
 * Calls cloud function `name` with `input` as its event and returns its Result.
 * Never throws: a function that threw, a malformed answer or a dead network become failures.
 */
export async function callCloud<T>(name: string, input: object): Promise<Result<T>> {
  try {
    const result = process.env.TARO_ENV === 'weapp' ? await callWeapp(name, input) : await callHttp(name, input)
    return isResult(result) ? (result as Result<T>) : internalFailure()
  } catch (error) {
    return isFunctionError(error) ? internalFailure() : networkFailure()
  }
}

/** Typed client for one function whose actions are declared in core/api: `{ action, ...input }` is its event. */
export function cloudFunction<C extends Contract>(name: string) {
  return <A extends keyof C & string>(action: A, input: InputOf<C, A>): Promise<Result<OutputOf<C, A>>> =>
    callCloud<OutputOf<C, A>>(name, { action, ...(input as object) })
}

async function callWeapp(name: string, data: object): Promise<unknown> {
  const response = await Taro.cloud.callFunction({ name, data: data as Record<string, unknown> })
  return response.result
}

/** H5 (local): the emulator serves this app and the functions on one origin. */
async function callHttp(name: string, data: object): Promise<unknown> {
  const response = await fetch(`/functions/${encodeURIComponent(name)}`, {
    method: 'POST',
    body: JSON.stringify(data),
    headers: { 'content-type': 'application/json' },
    credentials: 'include',
  })
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return undefined // not JSON: a proxy page or a crash, reported as INTERNAL
  }
  if (body && typeof body === 'object' && 'result' in body) return (body as { result: unknown }).result
  throw Object.assign(new Error('function failed'), body as object)
}

function isResult(value: unknown): value is Result<unknown> {
  if (!value || typeof value !== 'object') return false
  const r = value as Record<string, unknown>
  return r.ok === true || (r.ok === false && typeof r.code === 'string' && typeof r.message === 'string')
}

/** `{ errCode, errMsg }` from the emulator, or wx.cloud's error when the function threw. */
function isFunctionError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const e = error as { errCode?: unknown; errMsg?: unknown }
  if (typeof e.errCode !== 'number' && typeof e.errCode !== 'string') return false
  // wx.cloud reports a lost connection as errCode -1 with "request:fail" in errMsg.
  return !/request:fail|timeout/i.test(String(e.errMsg ?? ''))
}
