import type { AsyncLocalStorage } from 'node:async_hooks'
import { isOperatorConsole } from './callSource'
import { getCloud } from './cloud'

/** What the local emulator publishes so many concurrent callers never mix (production has none of it). */
export interface LocalHost {
  als: AsyncLocalStorage<LocalCall>
  clock: { now(): number }
}
export interface LocalCall {
  openid?: string
  /** What `getWXContext().SOURCE` would say (server/callSource.ts), e.g. `wx_client`, `wx_devtools`, `wx_client,scf`. */
  source?: string
}

const LOCAL_HOST = Symbol.for('yeweihui.localHost')

function localHost(): LocalHost | undefined {
  return (globalThis as Record<symbol, LocalHost | undefined>)[LOCAL_HOST]
}

export interface CallerIdentity {
  openid?: string
  source: string
  /** The operator's console: a console source with no signed-in user (server/callSource.ts). */
  console: boolean
}

function identityOf(openid: string | undefined, source: string | undefined): CallerIdentity {
  return { ...(openid ? { openid } : {}), source: source ?? '', console: isOperatorConsole(openid, source) }
}

/** Identity always comes from the call context, never from the request body. */
export function callerIdentity(): CallerIdentity {
  const host = localHost()
  if (host) {
    const call = host.als.getStore() ?? {}
    return identityOf(call.openid || undefined, call.source)
  }
  const { OPENID, SOURCE } = getCloud().getWXContext()
  return identityOf(OPENID || undefined, SOURCE)
}

/** Milliseconds since epoch; the emulator's controllable clock locally. */
export function now(): number {
  return localHost()?.clock.now() ?? Date.now()
}
