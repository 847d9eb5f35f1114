import type { AsyncLocalStorage } from 'node:async_hooks'
import { getCloud } from './cloud'

/** What the local emulator publishes so many concurrent callers never mix (production has none of it). */
export interface LocalHost {
  als: AsyncLocalStorage<LocalCall>
  clock: { now(): number }
}
export interface LocalCall {
  openid?: string
  /** The call came from the operator's console (no OPENID), e.g. `npm run admin`. */
  console?: boolean
}

const LOCAL_HOST = Symbol.for('yeweihui.localHost')

function localHost(): LocalHost | undefined {
  return (globalThis as Record<symbol, LocalHost | undefined>)[LOCAL_HOST]
}

export interface CallerIdentity {
  openid?: string
  console: boolean
}

/** Identity always comes from the call context, never from the request body. */
export function callerIdentity(): CallerIdentity {
  const host = localHost()
  if (host) {
    const call = host.als.getStore() ?? {}
    return { openid: call.openid || undefined, console: Boolean(call.console) && !call.openid }
  }
  const { OPENID } = getCloud().getWXContext()
  // A call from the CloudBase console carries no OPENID: that is the operator.
  return { openid: OPENID || undefined, console: !OPENID }
}

/** Milliseconds since epoch; the emulator's controllable clock locally. */
export function now(): number {
  return localHost()?.clock.now() ?? Date.now()
}
