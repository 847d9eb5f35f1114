import { startTestEmulator } from '../../emulator/testing'
import type { Result } from '../../core/result'
import { World, type Persona } from './world'

/** TEST SUPPORT: the emulator with a seeded world, and calls made as a persona or as any WeChat user. */
export type Emulator = Awaited<ReturnType<typeof startTestEmulator>>

export interface Harness {
  emulator: Emulator
  world: World
  /** Calls `fn.action` as a persona of the world, or as a bare openid (a new WeChat user). */
  call<T = any>(who: Persona | { openid: string }, fn: string, action: string, input?: Record<string, unknown>): Promise<Result<T>>
  /** The last SMS code the local SMS port sent to this phone. */
  smsCode(phone: string): Promise<string>
  /** Database write requests so far (inserts, updates, removes): "nothing written" compares two of these. */
  writes(): number
  close(): Promise<void>
}

export async function startHarness(tag = 'ft'): Promise<Harness> {
  const emulator = await startTestEmulator()
  const world = new World({ insert: (collection, docs) => emulator.insert(collection, docs) }, () => emulator.clock.now(), tag)
  await world.seed()
  return {
    emulator,
    world,
    async call(who, fn, action, input = {}) {
      const caller = typeof who === 'string' ? world.caller(who) : { openid: who.openid, console: false }
      return emulator.call<any>(fn, { action, ...input }, caller.console ? { console: true } : { openid: caller.openid })
    },
    async smsCode(phone) {
      // The outbox lists the newest first.
      const last = (await emulator.outbox('sms')).find((m) => m.to === phone)
      if (!last) throw new Error(`no SMS was sent to ${phone}`)
      return String(last.code)
    },
    writes() {
      return emulator.stats()['db.writes'] ?? 0
    },
    close: () => emulator.close(),
  }
}
