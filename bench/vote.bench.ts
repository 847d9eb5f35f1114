/**
 * Electronic vote benchmark: `npx tsx bench/vote.bench.ts`.
 *
 * A generated 20,000-unit community. Vote A gets 15,000 electronic ballots, 2,000 paper ballots
 * and 500 确认从众 entries (inserted directly), goes through 补计 / 从众 / 统计录入 / both
 * confirmations, and is finalized (计票完成) through the real function — timed beside a baseline
 * that reads the same rows straight from SQLite and runs the same pure count, with the database
 * round trips the finalize made. Vote B takes a burst of 2,000 concurrent casts by distinct
 * parties plus 200 duplicate attempts over HTTP. Then 300 owners open a vote's turnout at once (twice:
 * on stale figures, then within 30 s) and the director 200 pages of 未参与表决明细: on vote C, 2,800
 * units with 1,800 ballots (target: no errors, turnout p95 ≤ 2 s), and on vote B for information.
 *
 * VOTE_BENCH_ONLY=burst skips the finalize part (burst and reads only), VOTE_BENCH_ONLY=finalize skips the burst;
 * VOTE_BENCH_BURST=<n> changes the burst size. Diagnostics: VOTE_BENCH_PROFILE=<file.cpuprofile>
 * writes a CPU profile of the finalize call alone (the profiler slows it down: not a timing run).
 */
import events from 'node:events'
import fs from 'node:fs'
import http from 'node:http'
import inspector from 'node:inspector/promises'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { fromStored } from '../emulator/db/ejson'
import { startTestEmulator, type TestEmulator } from '../emulator/testing'
import type { StatisticsView, VoteResultView } from '../core/api/vote'
import { resolveRows, tallyRows, type CountedBallot } from '../server/vote/count'
import { newReceipt } from '../server/vote/model'
import { FRESH_MS } from '../server/vote/participation'
import type { BallotDoc, RollChunkDoc } from '../server/collections/vote'
import { rollFromChunks } from '../server/vote/roll'
import { callAs, draftInput, must, STAFF } from '../server/testing/voteScenario'

process.env.TENCENTCLOUD = 'true' // no metadata-server probe before each SDK request
events.defaultMaxListeners = 0 // the host tags each request on its keep-alive socket: hundreds in flight

const UNITS = 20_000
const ELECTRONIC = 15_000
const PAPER = 2_000
const FOLLOW = 500
const BURST = Number(process.env.VOTE_BENCH_BURST ?? 2_000)
const DUPLICATES = Math.round(BURST / 10)
const IN_FLIGHT = 200
const TURNOUT_READS = 300
const ABSENT_PAGES = 200
const VOTE_DAY_UNITS = 2_800
const VOTE_DAY_BALLOTS = 1_800
const DAY = 86_400_000
const START = Date.UTC(2025, 4, 1)
const COMMUNITY = { _id: 'bench', name: '基准花园', street: '基准街道', district: '基准区' }

const unitIdOf = (i: number) => `bench:${Math.floor(i / 400) + 1}-${(Math.floor(i / 100) % 4) + 1}-${(i % 100) + 101}`
const personOf = (i: number) => `bench:p:${i}`
const openidOf = (i: number) => `bench-o-${i}`
const CHOICE_CYCLE = ['agree', 'agree', 'agree', 'oppose', 'abstain', 'followMajority'] as const

async function seed(emu: TestEmulator): Promise<void> {
  await emu.insert('communities', [COMMUNITY])
  const units = Array.from({ length: UNITS }, (_u, i) => {
    const [building, unitNo, room] = unitIdOf(i).slice('bench:'.length).split('-')
    return {
      _id: unitIdOf(i),
      communityId: COMMUNITY._id,
      building,
      unitNo,
      room,
      areaCenti: 6000 + ((i * 37) % 9000),
      ownerIds: [personOf(i)],
      developerHeld: false,
    }
  })
  await emu.insert('units', units)
  await emu.insert(
    'persons',
    Array.from({ length: UNITS }, (_p, i) => ({
      _id: personOf(i),
      communityId: COMMUNITY._id,
      name: `业主${i}`,
      idHash: `h${i}`,
      idLast4: '0000',
      phone: '13900000000',
    })),
  )
  // The burst's voters are bound; everyone else votes on paper or not at all.
  await emu.insert(
    'bindings',
    Array.from({ length: BURST }, (_b, i) => ({
      _id: `bench:${personOf(i)}`,
      openid: openidOf(i),
      personId: personOf(i),
      communityId: COMMUNITY._id,
    })),
  )
  await emu.insert('roles', [
    { _id: 'b-director', openid: STAFF.director, role: 'director', communityId: COMMUNITY._id, status: 'active' },
    { _id: 'b-staff', openid: STAFF.staff, role: 'staff', communityId: COMMUNITY._id, status: 'active' },
    {
      _id: 'b-reviewer',
      openid: STAFF.reviewer,
      role: 'streetReviewer',
      street: COMMUNITY.street,
      district: COMMUNITY.district,
      status: 'active',
    },
  ])
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const t = process.hrtime.bigint()
  const value = await run()
  return [value, Number(process.hrtime.bigint() - t) / 1e6]
}

async function approvedVote(
  emu: TestEmulator,
  startAt: number,
  title: string,
  scope: object = { kind: 'community' },
): Promise<{ voteId: string; approveMs: number }> {
  const director = callAs(emu, STAFF.director)
  const draft = must(
    await director<{ id: string }>('manageVote', 'createDraft', {
      ...draftInput(emu.clock.now()),
      communityId: COMMUNITY._id,
      title,
      startAt,
      endAt: startAt + DAY,
      scope,
    }),
  )
  must(await director('manageVote', 'submit', { voteId: draft.id }))
  const [, approveMs] = await timed(async () => must(await callAs(emu, STAFF.reviewer)('manageVote', 'approve', { voteId: draft.id })))
  return { voteId: draft.id, approveMs }
}

function ballotDoc(voteId: string, i: number, channel: BallotDoc['channel'], at: number): BallotDoc {
  const pick = (k: number) => CHOICE_CYCLE[(i + k) % CHOICE_CYCLE.length]
  const choices =
    channel === 'followEntry'
      ? { i1: 'followMajority' as const, i2: 'followMajority' as const }
      : { i1: pick(0), i2: pick(1) === 'followMajority' && channel === 'paper' ? ('abstain' as const) : pick(1) }
  const partyId = `party:${unitIdOf(i)}`
  const kind = channel === 'electronic' ? `o:${personOf(i)}` : channel === 'paper' ? 'paper' : 'follow'
  return {
    _id: `${voteId}:${partyId}:${kind}`,
    voteId,
    partyId,
    channel,
    ownerKey: channel === 'electronic' ? personOf(i) : null,
    castBy: channel === 'electronic' ? 'owner' : 'staff',
    choices,
    receipt: newReceipt(),
    rev: 1,
    at,
    by: channel === 'electronic' ? openidOf(i) : STAFF.staff,
    who: channel === 'electronic' ? '业主' : '经办人',
    areaCenti: 6000 + ((i * 37) % 9000),
    coOwned: false,
    confirmsCoOwners: false,
    note: null,
    history: [],
  }
}

/** The baseline: the same rows straight from the emulator's SQLite file, then the same pure count. */
function baseline(
  file: string,
  vote: {
    _id: string
    items: Array<{ id: string; text: string; class: 'ordinary' | 'major'; attachments: [] }>
    followMajorityCounts: boolean
  },
) {
  const raw = new Database(file, { readonly: true })
  try {
    const t = process.hrtime.bigint()
    const chunks = raw
      .prepare(`SELECT doc FROM "c_voteEntries" WHERE json_extract(doc, '$.voteId') = ? AND json_extract(doc, '$.kind') = 'roll'`)
      .pluck()
      .all(vote._id)
      .map((text) => fromStored<RollChunkDoc>(text as string))
    const ballots = raw
      .prepare(`SELECT doc FROM "c_ballots" WHERE json_extract(doc, '$.voteId') = ?`)
      .pluck()
      .all(vote._id)
      .map((text) => fromStored<CountedBallot>(text as string))
    const roll = rollFromChunks(chunks)
    const { resolved } = resolveRows(roll, ballots)
    const { digest } = tallyRows(vote, roll, resolved)
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, ballots: ballots.length, sha256: digest.sha256 }
  } finally {
    raw.close()
  }
}

async function finalizeRun(emu: TestEmulator, file: string) {
  const { voteId, approveMs } = await approvedVote(emu, START + DAY, '计票基准')
  emu.clock.set(START + DAY + 60_000)
  const at = emu.clock.now()
  const docs = [
    ...Array.from({ length: ELECTRONIC }, (_d, i) => ballotDoc(voteId, i, 'electronic', at)),
    ...Array.from({ length: PAPER }, (_d, i) => ballotDoc(voteId, ELECTRONIC + i, 'paper', at + DAY)),
    ...Array.from({ length: FOLLOW }, (_d, i) => ballotDoc(voteId, ELECTRONIC + PAPER + i, 'followEntry', at + DAY)),
  ]
  await emu.insert('ballots', docs)
  emu.clock.set(START + 2 * DAY)
  const staff = callAs(emu, STAFF.staff)
  must(await staff('supplementVote', 'startSupplement', { voteId }))
  must(await staff('supplementVote', 'finishSupplement', { voteId }))
  const [stats, countMs] = await timed(async () => must(await staff<StatisticsView>('supplementVote', 'finishFollowMajority', { voteId })))
  const items = (stats.computed?.items ?? []).map((i) => ({ itemId: i.itemId, figures: i.figures }))
  must(await staff('tallyVote', 'enterStatistics', { voteId, items }))
  must(await callAs(emu, STAFF.director)('tallyVote', 'confirm', { voteId, as: 'committee' }))
  must(await callAs(emu, STAFF.reviewer)('tallyVote', 'confirm', { voteId, as: 'street' }))

  emu.resetStats()
  const stopProfile = await profileTo(process.env.VOTE_BENCH_PROFILE)
  const [result, finalizeMs] = await timed(async () => must(await staff<VoteResultView>('tallyVote', 'complete', { voteId })))
  await stopProfile()
  const trips = emu.stats()
  const [vote] = await emu.query('votes', { _id: voteId })
  const base = baseline(file, vote)
  if (base.sha256 !== result.digest.sha256) throw new Error('baseline and function disagree on the digest')
  return { approveMs, countMs, finalizeMs, base, trips, ballots: docs.length, result }
}

/** Diagnostics only: a CPU profile of what runs until the returned stop is called. */
async function profileTo(file: string | undefined): Promise<() => Promise<void>> {
  if (!file) return async () => {}
  const session = new inspector.Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  await session.post('Profiler.start')
  return async () => {
    const { profile } = await session.post('Profiler.stop')
    fs.writeFileSync(file, JSON.stringify(profile))
    session.disconnect()
  }
}

function post(
  url: string,
  openid: string,
  body: object,
  agent: http.Agent,
  fn = 'castVote',
): Promise<{ ms: number; answer: { result?: { ok: boolean; code?: string; data?: { duplicate: boolean } } } }> {
  const text = JSON.stringify(body)
  const t = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/functions/${fn}`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'x-dev-openid': openid },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ ms: Number(process.hrtime.bigint() - t) / 1e6, answer: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(text)
  })
}

async function burstRun(emu: TestEmulator) {
  const { voteId } = await approvedVote(emu, START + 3 * DAY, '并发投票基准')
  emu.clock.set(START + 3 * DAY + 60_000)
  const casts = Array.from({ length: BURST }, (_c, i) => i)
  const attempts = [...casts, ...casts.slice(0, DUPLICATES)]
  for (let i = attempts.length - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1) // deterministic shuffle: duplicates interleave with first casts
    ;[attempts[i], attempts[j]] = [attempts[j], attempts[i]]
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT })
  emu.resetStats()
  const latencies: number[] = []
  const outcomes = new Map<string, number>()
  const t = process.hrtime.bigint()
  const cpu = process.cpuUsage()
  let next = 0
  async function worker(): Promise<void> {
    while (next < attempts.length) {
      const i = attempts[next++]
      const { ms, answer } = await post(
        emu.url,
        openidOf(i),
        {
          action: 'cast',
          voteId,
          partyId: `party:${unitIdOf(i)}`,
          choices: { i1: CHOICE_CYCLE[i % 6], i2: 'agree' },
        },
        agent,
      )
      latencies.push(ms)
      const r = answer.result
      const key = !r ? 'error' : r.ok ? (r.data?.duplicate ? 'ok (duplicate)' : 'ok') : String(r.code)
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6
  const used = process.cpuUsage(cpu)
  const cpuMs = (used.user + used.system) / 1000
  const trips = emu.stats()
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const stored = await emu.query('ballots', { voteId })
  return {
    attempts: attempts.length,
    wallMs,
    perSecond: (attempts.length / wallMs) * 1000,
    cpuMsPerCast: cpuMs / attempts.length,
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p95: latencies[Math.floor(latencies.length * 0.95)],
    max: latencies[latencies.length - 1],
    voteId,
    stored: stored.length,
    outcomes,
    trips,
  }
}

/**
 * Voting-day reads on vote B once its burst is in: TURNOUT_READS owners open the turnout page all
 * at once, on figures just gone stale (the first views count again), then the director opens
 * ABSENT_PAGES pages of 未参与表决明细 at once. Each view should cost the vote and one
 * participation document (server/vote/participation.ts), whatever the roll's size.
 */
/**
 * Vote C, the case of the issue that set the turnout target (a 2,600-unit vote): buildings 1–7 of
 * the estate, 2,800 units, with ballots of 1,800 of them inserted directly, the clock in its window.
 */
async function voteDayVote(emu: TestEmulator): Promise<string> {
  const startAt = emu.clock.now() + 3_600_000
  const buildings = Array.from({ length: VOTE_DAY_UNITS / 400 }, (_b, i) => String(i + 1))
  const { voteId } = await approvedVote(emu, startAt, '投票日浏览基准', { kind: 'buildings', buildings })
  emu.clock.set(startAt + 60_000)
  await emu.insert(
    'ballots',
    Array.from({ length: VOTE_DAY_BALLOTS }, (_b, i) => ballotDoc(voteId, i, 'electronic', startAt + 60_000)),
  )
  return voteId
}

async function heavyReadRun(emu: TestEmulator, voteId: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: TURNOUT_READS })
  async function all(count: number, request: (i: number) => { openid: string; body: object }) {
    emu.resetStats()
    const t = process.hrtime.bigint()
    const answers = await Promise.all(
      Array.from({ length: count }, (_r, i) => {
        const { openid, body } = request(i)
        return post(emu.url, openid, body, agent, 'manageVote').catch(() => ({ ms: Infinity, answer: { result: undefined } }))
      }),
    )
    const wallMs = Number(process.hrtime.bigint() - t) / 1e6
    const ms = answers.map((a) => a.ms).sort((a, b) => a - b)
    const errors = answers.filter((a) => !a.answer.result?.ok).length
    const reads = (emu.stats()['db.reads'] ?? 0) / count
    return { count, wallMs, errors, reads, p50: ms[Math.floor(count * 0.5)], p95: ms[Math.floor(count * 0.95)], max: ms[count - 1] }
  }
  emu.clock.advance(FRESH_MS)
  const view = (i: number) => ({ openid: openidOf(i), body: { action: 'turnout', voteId } })
  const turnout = await all(TURNOUT_READS, view)
  const warm = await all(TURNOUT_READS, view)
  const pages = await all(ABSENT_PAGES, (i) => ({
    openid: STAFF.director,
    body: { action: 'nonParticipants', voteId, offset: (i * 100) % 1000, limit: 100 },
  }))
  agent.destroy()
  return { turnout, warm, pages }
}

function readRows(reads: Awaited<ReturnType<typeof heavyReadRun>>, vote: string, targets: boolean): Array<[string, string, string]> {
  return (['turnout', 'warm', 'pages'] as const).flatMap((k): Array<[string, string, string]> => {
    const r = reads[k]
    const what = {
      turnout: `${r.count} concurrent turnout views (owners), figures just stale: the first counts`,
      warm: `${r.count} concurrent turnout views again, within 30 s`,
      pages: `${r.count} concurrent 未参与表决明细 pages (100 rows)`,
    }[k]
    const target = (text: string) => (targets ? text : '')
    return [
      [`${what}; ${vote}`, `${r.wallMs.toFixed(0)} ms`, ''],
      ['  errors', String(r.errors), target('target 0')],
      [
        '  latency p50 / p95 / max',
        `${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} / ${r.max.toFixed(0)} ms`,
        target(k === 'pages' ? '' : 'target p95 ≤ 2000 ms'),
      ],
      ['  database reads per view (3 are the caller’s)', r.reads.toFixed(2), target(k === 'pages' ? 'target ≤ 3 + 3' : 'target ≤ 3 + 2')],
    ]
  })
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vote-bench-'))
  const file = path.join(dir, 'bench.sqlite')
  const emu = await startTestEmulator({ file, startAt: START })
  try {
    const [, seedMs] = await timed(() => seed(emu))
    if (process.env.VOTE_BENCH_ONLY === 'burst') {
      const burst = await burstRun(emu)
      console.log(burst, await heavyReadRun(emu, burst.voteId), await heavyReadRun(emu, await voteDayVote(emu)))
      return
    }
    const fin = await finalizeRun(emu, file)
    if (process.env.VOTE_BENCH_ONLY === 'finalize') {
      const budget = Math.ceil(fin.ballots / 1000) + 10
      console.log(
        `finalize ${fin.finalizeMs.toFixed(0)} ms, baseline ${fin.base.ms.toFixed(0)} ms, ratio ${(fin.finalizeMs / fin.base.ms).toFixed(2)}×; ` +
          `round trips ${fin.trips.db ?? 0} (reads ${fin.trips['db.reads'] ?? '?'} / writes ${fin.trips['db.writes'] ?? '?'}; target ≤ ${budget}); ` +
          `finishFollowMajority ${fin.countMs.toFixed(0)} ms; load ${os.loadavg()[0].toFixed(1)}`,
      )
      console.log(
        Object.entries(fin.trips)
          .filter(([k]) => k.startsWith('db.'))
          .map(([k, v]) => `${k}: ${v}`)
          .join(', '),
      )
      return
    }
    const burst = await burstRun(emu)
    const large = await heavyReadRun(emu, burst.voteId)
    const reads = await heavyReadRun(emu, await voteDayVote(emu))
    const budget = Math.ceil(fin.ballots / 1000) + 10
    const dbTrips = fin.trips.db ?? 0
    const rows: Array<[string, string, string]> = [
      ['seed 20,000 units + persons (direct insert)', `${seedMs.toFixed(0)} ms`, ''],
      ['approve: freeze the 20,000-unit roll', `${fin.approveMs.toFixed(0)} ms`, ''],
      ['finishFollowMajority: full count for 统计录入', `${fin.countMs.toFixed(0)} ms`, ''],
      [`计票完成 (tallyVote.complete), ${fin.ballots} ballot documents`, `${fin.finalizeMs.toFixed(0)} ms`, ''],
      ['baseline: same rows from SQLite + same pure count', `${fin.base.ms.toFixed(0)} ms`, `${fin.base.ballots} rows`],
      ['ratio finalize / baseline', `${(fin.finalizeMs / fin.base.ms).toFixed(2)}×`, 'target ≤ 3×'],
      ['database round trips of the finalize', String(dbTrips), `target ≤ ⌈${fin.ballots}/1000⌉ + 10 = ${budget}`],
      ['  of which reads / writes', `${fin.trips['db.reads'] ?? '?'} / ${fin.trips['db.writes'] ?? '?'}`, ''],
      [`burst: ${BURST} casts + ${DUPLICATES} duplicates, ${IN_FLIGHT} in flight`, `${burst.wallMs.toFixed(0)} ms`, ''],
      ['  ballot documents stored', String(burst.stored), `target exactly ${BURST}`],
      ['  throughput', `${burst.perSecond.toFixed(0)} casts/s`, 'target ≥ 200/s'],
      [
        '  CPU per cast (client, host, functions, database: one process)',
        `${burst.cpuMsPerCast.toFixed(2)} ms`,
        `= ${(1000 / burst.cpuMsPerCast).toFixed(0)} casts/s per free core`,
      ],
      ['  machine load average (2 cores, shared)', os.loadavg()[0].toFixed(1), ''],
      ['  latency p50 / p95 / max', `${burst.p50.toFixed(0)} / ${burst.p95.toFixed(0)} / ${burst.max.toFixed(0)} ms`, ''],
      ['  answers', [...burst.outcomes].map(([k, v]) => `${k}: ${v}`).join(', '), ''],
      ['  database round trips per cast', ((burst.trips.db ?? 0) / burst.attempts).toFixed(1), ''],
      ...readRows(reads, `vote C (${VOTE_DAY_UNITS} units, ${VOTE_DAY_BALLOTS} ballots)`, true),
      ...readRows(large, `vote B (${UNITS} units, ${BURST} ballots), for information`, false),
    ]
    const w0 = Math.max(...rows.map((r) => r[0].length))
    const w1 = Math.max(...rows.map((r) => r[1].length))
    console.log(
      `\nElectronic vote benchmark (${UNITS} units; items: ${fin.result.items.map((i) => `${i.itemId} ${i.outcomeLabel}`).join(', ')})\n`,
    )
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`)
    const failures = [
      fin.finalizeMs / fin.base.ms > 3 && 'finalize ratio above 3×',
      dbTrips > budget && 'round trips above budget',
      burst.stored !== BURST && 'stored ballots differ from the distinct casts',
      burst.perSecond < 200 && 'burst under 200 casts/s',
      reads.turnout.errors + reads.warm.errors > 0 && 'turnout views with errors',
      Math.max(reads.turnout.p95, reads.warm.p95) > 2000 && 'turnout p95 above 2 s',
      reads.pages.errors > 0 && 'non-participant pages with errors',
    ].filter(Boolean)
    console.log(failures.length ? `\nMISSED: ${failures.join('; ')}` : '\nAll targets met.')
  } finally {
    await emu.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
