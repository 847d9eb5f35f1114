/**
 * Database emulator benchmark: `npx tsx bench/db.bench.ts`.
 *
 * For 10k and 100k documents, each operation three ways in the same run:
 *   sdk    — the real wx-server-sdk → HTTP → LocalDatabase (what a cloud function sees locally);
 *   handle — LocalDatabase.handle() in-process with the same request body (no SDK, no HTTP);
 *   raw    — better-sqlite3 alone on the same schema and indexes, JSON.parse of the rows included.
 * Also the database round trips each SDK call makes (CloudBase bills and throttles by them).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { toStored } from '../emulator/db/ejson'
import { startDbServer } from '../emulator/db/http'
import { LocalDatabase } from '../emulator/db/local-database'
import { fieldExpr } from '../emulator/db/paths'

// Without this the SDK asks Tencent's metadata server "am I in the cloud?" before every request
// (two 30 ms timeouts on a machine outside Tencent Cloud); a local serviceUrl makes it moot.
process.env.TENCENTCLOUD = 'true'

const cloud = require('wx-server-sdk')

type Sdk = any // wx-server-sdk's typings miss commands and type calls as Promise | void

const COMMUNITIES = 100
const INDEXES = {
  units: [
    { name: 'communityId', fields: ['communityId'] },
    { name: 'communityId_room', fields: ['communityId', 'room'] },
  ],
  ballots: [{ name: 'voteId', fields: ['voteId'] }],
}

interface Row {
  op: string
  size: number
  sdkUs: number
  handleUs: number
  rawUs: number
  trips: number
}

function unit(i: number) {
  const perCommunity = Math.floor(i / COMMUNITIES)
  return {
    _id: `u${i}`,
    communityId: `c${i % COMMUNITIES}`,
    room: `R${String(perCommunity).padStart(5, '0')}`,
    building: `B${perCommunity % 50}`,
    floor: perCommunity % 30,
    areaCenti: 5000 + (i % 9000),
    owners: [`p${i}`],
    createdAt: new Date(Date.UTC(2024, 0, 1) + i * 1000),
  }
}

/** Mean µs per call: at least `min` calls, more while under the time budget. */
async function measure(fn: () => unknown, budgetMs: number, min = 5, max = 20_000): Promise<number> {
  for (let i = 0; i < Math.min(20, min); i++) await fn() // warm up
  let n = 0
  const start = process.hrtime.bigint()
  let elapsed = 0
  while (n < max && (n < min || elapsed < budgetMs)) {
    await fn()
    n++
    elapsed = Number(process.hrtime.bigint() - start) / 1e6
  }
  return (elapsed * 1000) / n
}

function rawDatabase(file: string): Database.Database {
  const raw = new Database(file)
  raw.pragma('journal_mode = WAL')
  raw.pragma('synchronous = NORMAL')
  for (const [name, indexes] of Object.entries(INDEXES)) {
    raw.exec(`CREATE TABLE "${name}" (id PRIMARY KEY, doc TEXT NOT NULL)`)
    for (const ix of indexes) raw.exec(`CREATE INDEX "${name}_${ix.name}" ON "${name}" (${ix.fields.map(fieldExpr).join(', ')})`)
  }
  return raw
}

/** One server and one `cloud.init` for the run (the SDK keeps its first instance per env); the database behind it changes per size. */
const behind: { db?: LocalDatabase } = {}

async function runSize(size: number, dir: string, db: Sdk): Promise<Row[]> {
  const ldb = new LocalDatabase({ file: path.join(dir, `emu-${size}.sqlite`), indexes: INDEXES })
  behind.db = ldb
  const raw = rawDatabase(path.join(dir, `raw-${size}.sqlite`))
  const _ = db.command

  const insertRaw = raw.prepare('INSERT INTO units (id, doc) VALUES (?, ?)')
  for (let start = 0; start < size; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, size - start) }, (_v, k) => unit(start + k))
    const texts = batch.map(toStored)
    await ldb.handle({ action: 'database.insertDocument', collectionName: 'units', data: texts })
    raw.transaction(() => batch.forEach((d, k) => insertRaw.run(d._id, texts[k]))).immediate()
  }

  const pick = (n: number) => Math.floor(Math.random() * n)
  const someUnit = () => unit(pick(size))
  const perCommunity = size / COMMUNITIES
  const rows: Row[] = []
  const budget = size >= 100_000 ? 1500 : 800
  const q = (sql: string) => raw.prepare(sql)
  const byId = q('SELECT doc FROM units WHERE id = ?').pluck()
  const byRoom = q(`SELECT doc FROM units WHERE ${fieldExpr('communityId')} = ? AND ${fieldExpr('room')} = ? LIMIT 100`).pluck()
  const byRange = q(
    `SELECT doc FROM units WHERE ${fieldExpr('communityId')} = ? AND ${fieldExpr('room')} >= ? AND ${fieldExpr('room')} < ? LIMIT 100`,
  ).pluck()
  const unindexed = q(`SELECT doc FROM units WHERE ${fieldExpr('building')} = ? AND ${fieldExpr('floor')} = ? LIMIT 100`).pluck()
  const insertBallot = q('INSERT INTO ballots (id, doc) VALUES (?, ?)')
  let ballot = 0

  const ops: Array<{ op: string; sdk: () => Promise<unknown>; body: () => Record<string, unknown>; raw: () => unknown }> = [
    {
      op: 'doc(id).get()',
      sdk: () => db.collection('units').doc(someUnit()._id).get(),
      body: () => ({
        action: 'database.getDocument',
        collectionName: 'units',
        queryType: 'DOC',
        query: JSON.stringify({ _id: someUnit()._id }),
      }),
      raw: () => JSON.parse(byId.get(someUnit()._id) as string),
    },
    {
      op: 'indexed equality (1 doc)',
      sdk: () => {
        const u = someUnit()
        return db.collection('units').where({ communityId: u.communityId, room: u.room }).get()
      },
      body: () => {
        const u = someUnit()
        return {
          action: 'database.getDocument',
          collectionName: 'units',
          queryType: 'WHERE',
          limit: 100,
          query: JSON.stringify({ communityId: u.communityId, room: u.room }),
        }
      },
      raw: () => {
        const u = someUnit()
        return (byRoom.all(u.communityId, u.room) as string[]).map((t) => JSON.parse(t))
      },
    },
    {
      op: 'indexed range (20 docs)',
      sdk: () => {
        const [c, lo, hi] = rangeArgs()
        return db
          .collection('units')
          .where({ communityId: c, room: _.gte(lo).and(_.lt(hi)) })
          .get()
      },
      body: () => {
        const [c, lo, hi] = rangeArgs()
        return {
          action: 'database.getDocument',
          collectionName: 'units',
          queryType: 'WHERE',
          limit: 100,
          query: JSON.stringify({ communityId: c, $and: [{ room: { $gte: lo } }, { room: { $lt: hi } }] }),
        }
      },
      raw: () => (byRange.all(...rangeArgs()) as string[]).map((t) => JSON.parse(t)),
    },
    {
      op: 'unindexed equality (full scan)',
      sdk: () =>
        db
          .collection('units')
          .where({ building: `B${pick(50)}`, floor: pick(30) })
          .get(),
      body: () => ({
        action: 'database.getDocument',
        collectionName: 'units',
        queryType: 'WHERE',
        limit: 100,
        query: JSON.stringify({ building: `B${pick(50)}`, floor: pick(30) }),
      }),
      raw: () => (unindexed.all(`B${pick(50)}`, pick(30)) as string[]).map((t) => JSON.parse(t)),
    },
    {
      op: 'transactional insert',
      sdk: () =>
        db.runTransaction(async (tx: { collection(n: string): { add(o: object): Promise<unknown> } }) =>
          tx.collection('ballots').add({ data: ballotDoc() }),
        ),
      body: () => ({ action: '' }), // three requests; measured below
      raw: () => {
        const b = ballotDoc()
        raw.transaction(() => insertBallot.run(b._id, toStored(b))).immediate()
      },
    },
  ]

  function rangeArgs(): [string, string, string] {
    const from = pick(Math.max(1, perCommunity - 20))
    return [`c${pick(COMMUNITIES)}`, `R${String(from).padStart(5, '0')}`, `R${String(from + 20).padStart(5, '0')}`]
  }
  function ballotDoc() {
    ballot++
    return { _id: `b${size}-${ballot}`, voteId: `v${ballot % 10}`, partyId: `p${ballot}`, choice: 'agree', at: new Date() }
  }

  for (const o of ops) {
    ldb.resetStats()
    let calls = 0
    const sdkUs = await measure(async () => {
      calls++
      await o.sdk()
    }, budget)
    const trips = ldb.stats().total / calls
    const handleUs =
      o.op === 'transactional insert'
        ? await measure(async () => {
            const { transactionId } = (await ldb.handle({ action: 'database.startTransaction' })) as { transactionId: string }
            await ldb.handle({ action: 'database.insertDocument', collectionName: 'ballots', transactionId, data: [toStored(ballotDoc())] })
            await ldb.handle({ action: 'database.commitTransaction', transactionId })
          }, budget)
        : await measure(() => ldb.handle(o.body()), budget)
    const rawUs = await measure(o.raw, budget)
    rows.push({ op: o.op, size, sdkUs, handleUs, rawUs, trips })
  }

  ldb.close()
  raw.close()
  return rows
}

function print(rows: Row[]): void {
  const head = ['operation', 'docs', 'sdk+http µs', 'handle() µs', 'raw sqlite µs', 'sdk/raw', 'handle/raw', 'db ops/call']
  const body = rows.map((r) => [
    r.op,
    `${r.size / 1000}k`,
    r.sdkUs.toFixed(0),
    r.handleUs.toFixed(1),
    r.rawUs.toFixed(1),
    `${(r.sdkUs / r.rawUs).toFixed(1)}×`,
    `${(r.handleUs / r.rawUs).toFixed(1)}×`,
    r.trips.toFixed(0),
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)))
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |'
  console.log(line(head))
  console.log('|' + widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|')
  for (const b of body) console.log(line(b))
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'db-bench-'))
  const started = Date.now()
  try {
    const server = await startDbServer({ handle: (body) => (behind.db as LocalDatabase).handle(body) })
    cloud.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: `${server.url}/admin` })
    const rows: Row[] = []
    for (const size of [10_000, 100_000]) rows.push(...(await runSize(size, dir, cloud.database())))
    await server.close()
    print(rows)
    console.log(`\n(files in a temp dir, WAL, synchronous=NORMAL; ${((Date.now() - started) / 1000).toFixed(0)} s total)`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
