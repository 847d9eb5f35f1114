import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Result } from '../../core/result'
import { OPERATOR_CONSOLE_SOURCES } from '../../server/callSource'
import { LocalDatabase } from '../db/index'
import { toStored } from '../db/ejson'
import type { TestEmulator } from '../testing'
import { ControllableClock } from './clock'
import { readOutbox } from './devRoutes'
import { H5_DIR } from './h5Build'
import { startHost, type Host } from './server'

/**
 * Whom a test or the seed calls as: `openid` a signed-in WeChat user; `source` the call's SOURCE
 * (server/callSource.ts: `wx_http`, `wx_trigger`, `wx_client,scf`, …; `wx_client` when absent);
 * `console: true` is the operator's console (the first console source, no OPENID).
 */
export interface CallAs {
  openid?: string
  source?: string
  console?: boolean
}

export interface EmulatorOptions {
  /** Repo root: functions come from `<root>/cloudfunctions`, the H5 app from `<root>/miniprogram/dist/h5`. */
  root?: string
  /** SQLite file; in memory when absent. */
  dbFile?: string
  /** Where uploaded files and the clock offset live; a temp folder (removed on close) when absent. */
  dataDir?: string
  port?: number
  /** Set the clock to this time (ms) at start. */
  startAt?: number
  /** The H5 build folder, when not `<root>/miniprogram/dist/h5` (tests). */
  staticDir?: string
  /** Fixture functions (`echo`) for the emulator's own tests; default emulator/fixtures, as always hosted. */
  fixturesDir?: string
}

export interface RunningEmulator extends TestEmulator {
  host: Host
  dataDir: string
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..')
/** The emulator's own test fixtures: functions that are not products (never built or deployed). */
export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures')

/** The database, the clock, storage and the HTTP host, wired together; the same object tests, the seed and `npm start` use. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const root = options.root ?? REPO_ROOT
  const temporary = options.dataDir === undefined
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'yeweihui-emulator-'))
  fs.mkdirSync(dataDir, { recursive: true })
  const clock = new ControllableClock(temporary ? undefined : path.join(dataDir, 'clock.json'))
  if (options.startAt !== undefined) clock.set(options.startAt)
  const db = new LocalDatabase({ file: options.dbFile, clock })
  let host: Host
  try {
    host = await startHost({
      db,
      docs: db,
      clock,
      storageDir: path.join(dataDir, 'storage'),
      functionsDir: path.join(root, 'cloudfunctions'),
      fixturesDir: options.fixturesDir ?? FIXTURES_DIR,
      staticDir: options.staticDir ?? path.join(root, H5_DIR),
      port: options.port,
    })
  } catch (e) {
    db.close()
    if (temporary) fs.rmSync(dataDir, { recursive: true, force: true })
    throw e
  }
  const agent = new http.Agent({ keepAlive: true })

  return {
    url: host.url,
    host,
    dataDir,
    db,
    clock,
    call: <T>(name: string, data: object, as?: CallAs) => callFunction<T>(host.url, agent, name, data, as),
    outbox: (kind) => readOutbox(db, kind),
    query: <T>(collection: string, filter?: object) => db.query<T>(collection, filter ?? {}),
    async insert(collection, docs) {
      if (docs.length === 0) return
      db.createCollection(collection) // no-op when it exists; a seed may write dev-only collections
      const answer = await db.handle({ action: 'database.insertDocument', collectionName: collection, data: docs.map(toStored) })
      if ('code' in answer) throw new Error(`insert into ${collection}: ${String(answer.message)}`)
    },
    stats: () => host.tracker.stats(),
    resetStats() {
      host.tracker.reset()
      db.resetStats()
    },
    async close() {
      await host.close()
      agent.destroy()
      db.close()
      if (temporary) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** POST /functions/<name> like the H5 client does; the identity travels in headers. */
function callFunction<T>(url: string, agent: http.Agent, name: string, data: object, as?: CallAs): Promise<Result<T>> {
  const body = JSON.stringify(data ?? {})
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
  if (as?.openid) headers['x-dev-openid'] = as.openid
  const source = as?.source ?? (as?.console ? OPERATOR_CONSOLE_SOURCES[0] : undefined)
  if (source) headers['x-dev-source'] = source
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/functions/${encodeURIComponent(name)}`, { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', reject)
      res.on('end', () => {
        let answer: { result?: unknown; errCode?: number; errMsg?: string }
        try {
          answer = JSON.parse(Buffer.concat(chunks).toString('utf8'))
        } catch {
          return reject(new Error(`${name}: HTTP ${res.statusCode}, answer is not JSON`))
        }
        if (answer.errCode !== undefined) return reject(new Error(answer.errMsg ?? `${name} failed (${answer.errCode})`))
        resolve(answer.result as Result<T>)
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}
