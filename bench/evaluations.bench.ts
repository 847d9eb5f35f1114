/**
 * 业主评价 benchmark: `npx tsx bench/evaluations.bench.ts` (the last part of `npm run bench`).
 *
 * 5,000 property projects (communities in 10 districts, 20 companies) × 100 ratings each, inserted directly
 * with the per-community tallies the rating action keeps (folded with the same pure increments,
 * core/evaluations/tally.ts). Then the 评价排名 page through the real function: the board's rebuild from the
 * tallies (the first page), a page from the instance's copy, and a page after FRESH_MS with nothing changed —
 * each with its database reads and time — beside a baseline that scans every rating of the period.
 * Then ratings through the real evaluations.rate, RATERS at once, each in its own community, beside a baseline of
 * the old design kept in this file (the same reads, and the city board `$inc`ed inside every rating's
 * transaction): database operations per rating and ratings per second, in the same run.
 *
 * EVAL_BENCH_PROJECTS / EVAL_BENCH_RATINGS / EVAL_BENCH_RATERS change the sizes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestEmulator, type TestEmulator } from '../emulator/testing'
import type { RankingView } from '../core/api/evaluations'
import { dimensionKeys } from '../core/evaluations/dimensions'
import { periodOf } from '../core/evaluations/period'
import { rank } from '../core/evaluations/ranking'
import { applyIncrements, emptyTally, tallyIncrements, type Scores } from '../core/evaluations/tally'
import { getDb } from '../server/cloud'
import { inTransaction, readIn, rows, type Tx } from '../server/db'
import { FRESH_MS } from '../server/evaluations/board'

process.env.TENCENTCLOUD = 'true' // no metadata-server probe before each SDK request

const PROJECTS = Number(process.env.EVAL_BENCH_PROJECTS ?? 5_000)
const RATINGS = Number(process.env.EVAL_BENCH_RATINGS ?? 100)
const RATERS = Number(process.env.EVAL_BENCH_RATERS ?? 200)
const START = Date.UTC(2026, 10, 15)
const PERIOD = periodOf(START)
const KEYS = dimensionKeys('property')

const communityId = (p: number) => `bc${p}`
const district = (p: number) => `基准${p % 10}区`
const scoreOf = (p: number, r: number, d: number) => 1 + ((p * 7 + r * 3 + d * 5) % 5)
const names = (p: number) => ({ name: `基准小区${p}`, district: district(p), project: `基准项目${p}`, company: `基准物业${p % 20}` })

async function seed(emu: TestEmulator): Promise<void> {
  for (let from = 0; from < PROJECTS; from += 500) {
    const communities = []
    const ratings = []
    const tallies = []
    for (let p = from; p < Math.min(PROJECTS, from + 500); p++) {
      const n = names(p)
      communities.push({
        _id: communityId(p),
        name: n.name,
        street: '基准街道',
        district: n.district,
        propertyProject: n.project,
        propertyCompany: n.company,
      })
      const inc: Record<string, number> = {}
      for (let r = 0; r < RATINGS; r++) {
        const scores = Object.fromEntries(KEYS.map((k, d) => [k, scoreOf(p, r, d)]))
        for (const [path, by] of Object.entries(tallyIncrements(scores, null))) inc[path] = (inc[path] ?? 0) + by
        ratings.push({
          _id: `property:${communityId(p)}:u${r}:${PERIOD}`,
          target: 'property',
          communityId: communityId(p),
          unitId: `${communityId(p)}:u${r}`,
          period: PERIOD,
          openid: `o${r}`,
          raterLabel: '1栋业主',
          scores,
          comment: '',
          ratedAt: new Date(START),
          revision: 0,
          history: [],
          reply: null,
          objection: null,
        })
      }
      tallies.push({
        _id: `property:${communityId(p)}:${PERIOD}`,
        target: 'property',
        communityId: communityId(p),
        period: PERIOD,
        ...applyIncrements(emptyTally('property'), inc),
        ...n,
        changedAt: new Date(START - 86_400_000),
        changes: RATINGS,
      })
    }
    await emu.insert('communities', communities)
    await emu.insert('evaluations', ratings)
    await emu.insert('evaluationStats', tallies)
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = process.hrtime.bigint()
  const value = await fn()
  return [value, Number(process.hrtime.bigint() - t) / 1e6]
}

/** The baseline: read every rating of the period, fold per project, shrink toward each district's mean, rank. */
async function scanRanking(emu: TestEmulator) {
  const ratings = await emu.query<{ communityId: string; scores: Record<string, number> }>('evaluations', {
    period: PERIOD,
    target: 'property',
  })
  const by = new Map<string, { sum: number; n: number }>()
  for (const r of ratings) {
    const e = by.get(r.communityId) ?? { sum: 0, n: 0 }
    const values = Object.values(r.scores)
    by.set(r.communityId, { sum: e.sum + values.reduce((a, b) => a + b, 0) / values.length, n: e.n + 1 })
  }
  const districts = new Map<string, { sum: number; n: number }>()
  for (const [id, e] of by) {
    const d = districts.get(district(Number(id.slice(2)))) ?? { sum: 0, n: 0 }
    districts.set(district(Number(id.slice(2))), { sum: d.sum + e.sum, n: d.n + e.n })
  }
  const prior = (id: string) => {
    const d = districts.get(district(Number(id.slice(2))))!
    return d.sum / d.n
  }
  return { documents: ratings.length, rows: rank([...by].map(([key, e]) => ({ key, sum: e.sum, n: e.n, prior: prior(key) }))) }
}

/** One rating page through the real function, with its reads, writes and time. */
async function rankingPage(emu: TestEmulator) {
  emu.resetStats()
  const [page, ms] = await timed(() =>
    emu.call<RankingView>('evaluations', { action: 'ranking', kind: 'project' }, { openid: 'bench-public' }),
  )
  if (!page.ok) throw new Error(page.message)
  const s = emu.stats()
  return { view: page.data, ms, reads: s['fn.evaluations.reads'] ?? 0, writes: s['fn.evaluations.writes'] ?? 0 }
}

/** A rater of the rating section: her own unit in her own community (no two share a tally). */
interface Rater {
  openid: string
  unitId: string
  communityId: string
}

async function seedRaters(emu: TestEmulator, design: 'new' | 'old'): Promise<Rater[]> {
  const step = Math.max(1, Math.floor(PROJECTS / (2 * RATERS)))
  const raters = Array.from({ length: RATERS }, (_v, i) => {
    const p = (2 * i * step + (design === 'old' ? step : 0)) % PROJECTS
    return { openid: `rater-${design}-${i}`, unitId: `unit-${design}-${i}`, communityId: communityId(p), personId: `person-${design}-${i}` }
  })
  await emu.insert(
    'bindings',
    raters.map((r) => ({
      _id: `b-${r.openid}`,
      openid: r.openid,
      personId: r.personId,
      communityId: r.communityId,
      name: '业主',
      boundAt: new Date(START),
      inRegister: true,
    })),
  )
  await emu.insert(
    'units',
    raters.map((r) => ({
      _id: r.unitId,
      communityId: r.communityId,
      building: '1',
      unitNo: '1',
      room: '101',
      areaCenti: 9000,
      ownerIds: [r.personId],
      developerHeld: false,
      inRegister: true,
    })),
  )
  return raters
}

const benchScores = (i: number): Scores => Object.fromEntries(KEYS.map((k, d) => [k, 1 + ((i + d) % 5)]))

/**
 * The old design, kept here as the baseline (what evaluations.rate did before the board went lazy): the caller's
 * bindings; the unit, her grants and the community side by side; one transaction that reads the current rating,
 * writes it, `$inc`s the community's tally and `$inc`s the one city board every rating of the period shares. Run in
 * this process on the same SDK and emulator (without the function host's HTTP hop, which favours it).
 */
async function oldRate(r: Rater, scores: Scores): Promise<boolean> {
  const db = getDb()
  const _ = db.command
  const bindings = await rows<{ communityId: string; personId: string }>(
    db
      .collection('bindings')
      .where({ openid: r.openid, inRegister: _.neq(false) })
      .field({ communityId: true, personId: true })
      .limit(1000),
  )
  const [units, grants, communities] = await Promise.all([
    rows<{ _id: string; communityId: string; ownerIds: string[] }>(
      db
        .collection('units')
        .where({ _id: r.unitId, inRegister: _.neq(false) })
        .field({ communityId: true, ownerIds: true, building: true })
        .limit(1),
    ),
    rows<{ role: string; communityId?: string }>(
      db.collection('roles').where({ openid: r.openid, status: 'active' }).field({ role: true, communityId: true }).limit(100),
    ),
    rows<{ _id: string; name: string; district: string; propertyProject: string; propertyCompany: string }>(
      db
        .collection('communities')
        .where({ _id: _.in(bindings.map((b) => b.communityId)) })
        .field({ name: true, district: true, propertyProject: true, propertyCompany: true })
        .limit(100),
    ),
  ])
  const unit = units[0]
  const community = communities.find((c) => c._id === unit?.communityId)
  if (!unit || !community || !bindings.some((b) => unit.ownerIds.includes(b.personId)) || grants.some((g) => g.role === 'propertyManager'))
    return false
  const id = `property:${unit._id}:${PERIOD}`
  const entry = {
    name: community.name,
    district: community.district,
    project: community.propertyProject,
    company: community.propertyCompany,
  }
  await inTransaction(
    db,
    async (tx) => {
      const current = await readIn<{ scores: Scores; revision: number }>(tx.collection('evaluations').doc(id))
      await tx
        .collection('evaluations')
        .doc(id)
        .set({
          data: {
            target: 'property',
            communityId: unit.communityId,
            unitId: unit._id,
            period: PERIOD,
            scores,
            revision: (current?.revision ?? -1) + 1,
          },
        })
      const inc = tallyIncrements(scores, current?.scores ?? null)
      const sum = (x: Scores | null | undefined) => Object.values(x ?? {}).reduce((a, b) => a + b, 0)
      const key = unit.communityId
      await Promise.all([
        incOrCreate(
          tx,
          'evaluationStats',
          `property:${key}:${PERIOD}`,
          Object.fromEntries(Object.entries(inc).map(([k, by]) => [k, _.inc(by)])),
          () => ({
            target: 'property',
            communityId: key,
            period: PERIOD,
            ...applyIncrements(emptyTally('property'), inc),
          }),
        ),
        incOrCreate(
          tx,
          'evaluationBoards',
          `baseline-board:${PERIOD}`,
          {
            changes: _.inc(1),
            [`property.${key}.scoreSum`]: _.inc(sum(scores) - sum(current?.scores)),
            [`property.${key}.n`]: _.inc(current ? 0 : 1),
            ...Object.fromEntries(Object.entries(entry).map(([f, v]) => [`property.${key}.${f}`, v])),
          },
          () => ({ period: PERIOD, changes: 1, property: { [key]: { ...entry, scoreSum: sum(scores), n: 1 } } }),
        ),
      ])
    },
    'TOO_FREQUENT',
  )
  return true
}

async function incOrCreate(tx: Tx, name: string, id: string, update: object, created: () => object): Promise<void> {
  const ref = tx.collection(name).doc(id)
  const done = (await ref.update({ data: update })) as { updated?: number; stats?: { updated: number } }
  if ((done.stats?.updated ?? done.updated ?? 0) > 0) return
  await ref.set({ data: created() })
}

/** RATERS ratings at once, each in its own community: operations per rating (emulator counts) and ratings per second. */
async function ratingWave(emu: TestEmulator, raters: Rater[], rateOne: (r: Rater, i: number) => Promise<boolean>) {
  emu.resetStats()
  const [answers, ms] = await timed(() => Promise.all(raters.map((r, i) => rateOne(r, i).catch(() => false))))
  const s = emu.stats()
  const ok = answers.filter(Boolean).length
  const per = (k: string) => ((s[k] ?? 0) / Math.max(ok, 1)).toFixed(2)
  return {
    ok,
    ms,
    perSecond: (ok / ms) * 1000,
    reads: per('db.reads'),
    writes: per('db.writes'),
    trips: per('db'),
    retried: (s['db.startTransaction'] ?? 0) - ok,
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-bench-'))
  const emu = await startTestEmulator({ file: path.join(dir, 'bench.sqlite'), startAt: START })
  try {
    const [, seedMs] = await timed(() => seed(emu))
    // Load the function (a page that reads no board), so the first ranking below is the rebuild alone.
    await emu.call('evaluations', { action: 'statistics', communityId: communityId(0) }, { openid: 'bench-public' })
    const cold = await rankingPage(emu)
    const [board] = await emu.query('evaluationBoards', { _id: `board:${PERIOD}` })
    const boardBytes = Buffer.byteLength(JSON.stringify(board))
    const warm = await rankingPage(emu)
    emu.clock.advance(FRESH_MS)
    const idle = await rankingPage(emu)
    const [scan, scanMs] = await timed(() => scanRanking(emu))
    const same = cold.view.rows
      .slice(0, 20)
      .every((r, i) => r.key === scan.rows[i].key && Math.abs((r.score ?? 0) - (scan.rows[i].score ?? 0)) < 1e-9)

    const newRaters = await seedRaters(emu, 'new')
    const oldRaters = await seedRaters(emu, 'old')
    const rateNew = async (r: Rater, i: number) =>
      (
        await emu.call(
          'evaluations',
          { action: 'rate', unitId: r.unitId, target: 'property', scores: benchScores(i), comment: '' },
          { openid: r.openid },
        )
      ).ok
    const fresh = await ratingWave(emu, newRaters, rateNew)
    const old = await ratingWave(emu, oldRaters, (r, i) => oldRate(r, benchScores(i)))
    emu.clock.advance(FRESH_MS)
    const rebuilt = await rankingPage(emu)
    const [after] = await emu.query<{ property: Array<{ communityId: string; n: number }> }>('evaluationBoards', { _id: `board:${PERIOD}` })
    const byCommunity = new Map(after.property.map((e) => [e.communityId, e.n]))
    const followed = fresh.ok === RATERS && newRaters.every((r) => byCommunity.get(r.communityId) === RATINGS + 1)

    const rows: Array<[string, string, string]> = [
      [`seed ${PROJECTS} projects × ${RATINGS} ratings, and their tallies (direct insert)`, `${seedMs.toFixed(0)} ms`, ''],
      [
        '评价排名, first page: rebuilds the board from the tallies',
        `${cold.ms.toFixed(0)} ms`,
        `${cold.reads} reads, ${cold.writes} write (board ${(boardBytes / 1024).toFixed(0)} KB)`,
      ],
      ['评价排名, fresh: this instance’s copy', `${warm.ms.toFixed(1)} ms`, `${warm.reads} reads`],
      ['评价排名, after 30 s, nothing changed: board + check', `${idle.ms.toFixed(1)} ms`, `${idle.reads} reads, ${idle.writes} writes`],
      ['baseline: scan every rating + same ranking', `${scanMs.toFixed(0)} ms`, `${scan.documents} documents read`],
      ['ratio baseline / rebuild', `${(scanMs / cold.ms).toFixed(1)}×`, ''],
      ['ratio baseline / fresh page', `${(scanMs / warm.ms).toFixed(0)}×`, ''],
      ['top 20 identical to the baseline', same ? 'yes' : 'NO', ''],
      [
        `evaluations.rate, ${RATERS} at once (${fresh.ok} landed)`,
        `${fresh.perSecond.toFixed(0)} /s`,
        `per rating ${fresh.reads} reads, ${fresh.writes} writes, ${fresh.trips} round trips; ${fresh.retried} transactions run again`,
      ],
      [
        `baseline: board in every transaction (${old.ok} landed)`,
        `${old.perSecond.toFixed(0)} /s`,
        `per rating ${old.reads} reads, ${old.writes} writes, ${old.trips} round trips; ${old.retried} transactions run again`,
      ],
      ['ratio rate / baseline (ratings per second)', `${(fresh.perSecond / old.perSecond).toFixed(1)}×`, ''],
      [
        '评价排名 after the ratings: rebuilt',
        `${rebuilt.ms.toFixed(0)} ms`,
        `${rebuilt.reads} reads, ${rebuilt.writes} write; the ${RATERS} new ratings ${followed ? 'all on the board' : 'NOT all on the board'}`,
      ],
      ['machine load average (2 cores, shared)', os.loadavg()[0].toFixed(1), ''],
    ]
    const w0 = Math.max(...rows.map((r) => r[0].length))
    const w1 = Math.max(...rows.map((r) => r[1].length))
    console.log(`\n业主评价 benchmark (${PROJECTS} projects, ${PROJECTS * RATINGS} ratings)\n`)
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`)
    const failures = [
      warm.reads + warm.writes > 3 && 'fresh ranking page above 3 reads',
      idle.reads > 3 && 'stale ranking page with nothing changed above 3 reads',
      !same && 'ranking differs from the scan',
      Number(fresh.reads) + Number(fresh.writes) > 6 && 'a rating above 6 operations',
      !followed && 'ratings missing from the rebuilt ranking',
    ].filter(Boolean)
    console.log(failures.length ? `\nMISSED: ${failures.join('; ')}` : '\nAll targets met.')
  } finally {
    await emu.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

void main()
