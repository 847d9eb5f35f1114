import { randomBytes } from 'node:crypto'
import { INDEXES } from '../../../server/indexes'
import { startDbServer, type DbServer } from '../http'
import { LocalDatabase } from '../local-database'

/**
 * Where the contract suite runs: the local emulator (always) or a real CloudBase environment
 * (when TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are set). Each target loads
 * its own copy of wx-server-sdk, because `cloud.init` is global to the module instance.
 */

/**
 * wx-server-sdk's typings miss commands (mod, size, elemMatch, pull…) and type every call as
 * `Promise | void | string`; the suite talks to the SDK untyped on purpose.
 */

export type Sdk = any

export interface Target {
  readonly name: string
  readonly isLocal: boolean
  readonly cloud: Sdk
  readonly db: Sdk
  /** A database handle whose doc().get() answers `data: null` for a missing document. */
  readonly lenientDb: Sdk
  /** Creates a fresh collection for this run and answers its full name. */
  collection(base: string): Promise<string>
  /** Checks a server-made date: exactly the emulator's clock locally, near real time on CloudBase. */
  expectServerDate(value: unknown, offsetMs: number): void
  /** Present on the local target only. */
  readonly local?: { db: LocalDatabase }
  close(): Promise<void>
}

export const REAL_ENV_HINT = 'set TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY'

export function realConfigured(): boolean {
  return Boolean(process.env.TCB_ENV && process.env.TENCENTCLOUD_SECRETID && process.env.TENCENTCLOUD_SECRETKEY)
}

function loadSdk(): Sdk {
  let sdk: Sdk
  jest.isolateModules(() => {
    sdk = require('wx-server-sdk')
  })
  return sdk
}

/** The fixed time the local emulator's clock shows during the suite. */
export const LOCAL_NOW = Date.UTC(2025, 2, 1, 8, 0, 0)

/** Collections only the local target declares, to test unique indexes. */
export const LOCAL_TEST_INDEXES = {
  ...INDEXES,
  ct_unique: [{ name: 'code_kind', fields: ['code', 'kind'], unique: true }],
}

export async function localTarget(): Promise<Target> {
  // The SDK otherwise asks Tencent's metadata server "am I in the cloud?" before every request
  // (two 30 ms timeouts each); the answer does not matter with a local serviceUrl.
  if (!realConfigured()) process.env.TENCENTCLOUD = 'true'
  const db = new LocalDatabase({ clock: { now: () => LOCAL_NOW }, indexes: LOCAL_TEST_INDEXES })
  const server: DbServer = await startDbServer(db)
  const cloud = loadSdk()
  cloud.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: `${server.url}/admin` })
  return {
    name: 'local emulator',
    isLocal: true,
    cloud,
    db: cloud.database(),
    lenientDb: cloud.database({ throwOnNotFound: false }),
    async collection(base) {
      if (!db.collections().includes(base)) await cloud.database().createCollection(base)
      return base
    },
    expectServerDate(value, offsetMs) {
      expect(value).toBeInstanceOf(Date)
      expect((value as Date).getTime()).toBe(LOCAL_NOW + offsetMs)
    },
    local: { db },
    async close() {
      await server.close()
      db.close()
    },
  }
}

export async function realTarget(): Promise<Target> {
  const cloud = loadSdk()
  cloud.init({ env: process.env.TCB_ENV, secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY })
  // Collections cannot be dropped from the SDK: each run makes ct_<run>_* ones (delete them in the console).
  const prefix = `ct_${Date.now().toString(36)}${randomBytes(2).toString('hex')}_`
  return {
    name: `real CloudBase (${process.env.TCB_ENV})`,
    isLocal: false,
    cloud,
    db: cloud.database(),
    lenientDb: cloud.database({ throwOnNotFound: false }),
    async collection(base) {
      const name = prefix + base
      await cloud.database().createCollection(name)
      return name
    },
    expectServerDate(value, offsetMs) {
      expect(value).toBeInstanceOf(Date)
      expect(Math.abs((value as Date).getTime() - (Date.now() + offsetMs))).toBeLessThan(5 * 60_000)
    },
    async close() {},
  }
}

/** Awaits a rejection and answers it, failing the test when the promise resolves. */
export async function rejection(promise: Promise<unknown>): Promise<{ errCode?: number; errMsg?: string; message?: string }> {
  try {
    await promise
  } catch (e) {
    return e as { errCode?: number; errMsg?: string }
  }
  throw new Error('expected the call to fail, but it succeeded')
}
