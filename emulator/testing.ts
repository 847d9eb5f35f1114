/**
 * The local CloudBase emulator for integration tests and the seed: real HTTP, the real
 * wx-server-sdk inside the functions, SQLite in memory. One emulator per process at a time
 * (the server kit calls cloud.init once); close it in afterAll/afterEach.
 *
 *   const emu = await startTestEmulator()
 *   const res = await emu.call<MyHome>('account', { action: 'myHome' }, { openid: 'o1' })
 */
import path from 'node:path'
import type { Result } from '../core/result'
import type { LocalDatabase } from './db/index'
import { startEmulator, type CallAs } from './host/emulator'

export interface TestEmulator {
  url: string
  /** Calls a function via HTTP POST /functions/name; returns body.result; throws Error(errMsg) on errCode. */
  call<T = unknown>(name: string, data: object, as?: CallAs): Promise<Result<T>>
  /** Outbox messages (`outbox` collection), newest first. */
  outbox(kind?: 'sms' | 'subscribe'): Promise<Array<Record<string, any>>>
  clock: { now(): number; advance(ms: number): void; set(ms: number): void }
  /** The engine, for raw assertions. */
  db: LocalDatabase
  /** All matching docs (mingo filter), no limit, for assertions and the seed. A missing collection reads as empty. */
  query<T = any>(collection: string, filter?: object): Promise<T[]>
  /** Bulk insert in one transaction (seed/bench fast path); creates the collection when missing. */
  insert(collection: string, docs: object[]): Promise<void>
  /** Flat counters of function calls and database round trips: calls, db, db.reads, db.writes, fn.<name>.db … */
  stats(): Record<string, number>
  resetStats(): void
  close(): Promise<void>
}

/** Remembers the port of this process's last emulator: the server kit's cloud.init keeps the first URL it saw. */
const LAST_PORT = Symbol.for('yeweihui.testEmulator.lastPort')

/**
 * Starts an emulator on 127.0.0.1. `file`: a SQLite file (uploads and the clock go beside it)
 * instead of memory; `port`: default a free one, reused by later emulators in the same process;
 * `startAt`: the clock's time in ms; `root`: the repo root to find cloudfunctions/ and the H5 build.
 */
export async function startTestEmulator(
  opts: { file?: string; port?: number; startAt?: number; root?: string } = {},
): Promise<TestEmulator> {
  const slots = globalThis as unknown as Record<symbol, number | undefined>
  const port = opts.port ?? slots[LAST_PORT] ?? 0
  try {
    const emulator = await startEmulator({
      root: opts.root,
      dbFile: opts.file,
      dataDir: opts.file ? path.dirname(opts.file) : undefined,
      port,
      startAt: opts.startAt,
    })
    slots[LAST_PORT] = emulator.host.port
    return emulator
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `port ${port} is taken; the functions in this process already point at it, so the emulator cannot move (${(e as Error).message})`,
      )
    }
    throw e
  }
}
