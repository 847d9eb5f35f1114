/**
 * 业主评价 benchmark: `npx tsx bench/evaluations.bench.ts`.
 *
 * 5,000 property projects (communities in 10 districts, 20 companies) × 100 ratings each, inserted
 * directly with the board the rating action keeps (folded with the same pure increments,
 * core/evaluations/tally.ts). Then the 评价排名 page through the real function — its database reads
 * and time — beside a baseline that scans: every rating of the period read from the database and
 * folded into the same ranking. Last, 200 real ratings through evaluations.rate, with their round trips.
 *
 * EVAL_BENCH_PROJECTS / EVAL_BENCH_RATINGS change the sizes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestEmulator, type TestEmulator } from '../emulator/testing'
import type { RankingView } from '../core/api/evaluations'
import { dimensionKeys } from '../core/evaluations/dimensions'
import { periodOf } from '../core/evaluations/period'
import { rank } from '../core/evaluations/ranking'
import type { BoardEntry } from '../server/collections/evaluation'

process.env.TENCENTCLOUD = 'true' // no metadata-server probe before each SDK request

const PROJECTS = Number(process.env.EVAL_BENCH_PROJECTS ?? 5_000)
const RATINGS = Number(process.env.EVAL_BENCH_RATINGS ?? 100)
const START = Date.UTC(2026, 10, 15)
const PERIOD = periodOf(START)
const KEYS = dimensionKeys('property')

const communityId = (p: number) => `bc${p}`
const district = (p: number) => `基准${p % 10}区`
const scoreOf = (p: number, r: number, d: number) => 1 + ((p * 7 + r * 3 + d * 5) % 5)

async function seed(emu: TestEmulator): Promise<void> {
  const board: Record<string, BoardEntry & Record<string, unknown>> = {}
  for (let from = 0; from < PROJECTS; from += 500) {
    const communities = []
    const ratings = []
    for (let p = from; p < Math.min(PROJECTS, from + 500); p++) {
      communities.push({ _id: communityId(p), name: `基准小区${p}`, street: '基准街道', district: district(p), unitCount: RATINGS * 2 })
      let scoreSum = 0
      for (let r = 0; r < RATINGS; r++) {
        const scores = Object.fromEntries(KEYS.map((k, d) => [k, scoreOf(p, r, d)]))
        scoreSum += Object.values(scores).reduce((a, b) => a + b, 0)
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
      board[communityId(p)] = {
        scoreSum,
        n: RATINGS,
        name: `基准小区${p}`,
        district: district(p),
        project: `基准项目${p}`,
        company: `基准物业${p % 20}`,
      }
    }
    await emu.insert('communities', communities)
    await emu.insert('evaluations', ratings)
  }
  await emu.insert('evaluationBoards', [{ _id: `board:${PERIOD}`, period: PERIOD, property: board, committee: {} }])
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

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-bench-'))
  const emu = await startTestEmulator({ file: path.join(dir, 'bench.sqlite'), startAt: START })
  try {
    const [, seedMs] = await timed(() => seed(emu))
    await emu.call('evaluations', { action: 'ranking', kind: 'project' }, { openid: 'bench-public' }) // warm up
    emu.resetStats()
    const [page, pageMs] = await timed(() =>
      emu.call<RankingView>('evaluations', { action: 'ranking', kind: 'project' }, { openid: 'bench-public' }),
    )
    const pageTrips = emu.stats()
    if (!page.ok) throw new Error(page.message)
    const [scan, scanMs] = await timed(() => scanRanking(emu))
    const same = page.data.rows
      .slice(0, 20)
      .every((r, i) => r.key === scan.rows[i].key && Math.abs((r.score ?? 0) - (scan.rows[i].score ?? 0)) < 1e-9)

    const rows: Array<[string, string, string]> = [
      [`seed ${PROJECTS} projects × ${RATINGS} ratings (direct insert)`, `${seedMs.toFixed(0)} ms`, ''],
      [
        '评价排名 (evaluations.ranking, kept board)',
        `${pageMs.toFixed(0)} ms`,
        `${pageTrips['fn.evaluations.db'] ?? 0} database reads, 1 document`,
      ],
      ['baseline: scan every rating + same ranking', `${scanMs.toFixed(0)} ms`, `${scan.documents} documents read`],
      ['ratio baseline / page', `${(scanMs / pageMs).toFixed(1)}×`, ''],
      ['top 20 identical to the baseline', same ? 'yes' : 'NO', ''],
      ['machine load average (2 cores, shared)', os.loadavg()[0].toFixed(1), ''],
    ]
    const w0 = Math.max(...rows.map((r) => r[0].length))
    const w1 = Math.max(...rows.map((r) => r[1].length))
    console.log(`\n业主评价 benchmark (${PROJECTS} projects, ${PROJECTS * RATINGS} ratings)\n`)
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`)
    const failures = [
      (pageTrips['fn.evaluations.db'] ?? 0) > 3 && 'ranking page above 3 reads',
      !same && 'ranking differs from the scan',
    ].filter(Boolean)
    console.log(failures.length ? `\nMISSED: ${failures.join('; ')}` : '\nAll targets met.')
  } finally {
    await emu.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

void main()
