/**
 * 通知消息 benchmark: `npx tsx bench/notices.bench.ts`.
 *
 * A city of 5,000 communities (10 districts × 10 streets × 50). The city centre publishes a notice
 * needing a reply to all of them, and one needing none; 500 committees open it and 250 reply
 * through the real function; then a committee's 消息 tab and the sender's dashboard are read. Each
 * line prints the database operations of one call beside its target (CloudBase bills and throttles
 * by operations per call).
 */
import events from 'node:events'
import type { Inbox, NoticeDashboard, NoticeView } from '../core/api/notices'
import type { Result } from '../core/result'
import { startTestEmulator, type TestEmulator } from '../emulator/testing'

process.env.TENCENTCLOUD = 'true' // no metadata-server probe before each SDK request
events.defaultMaxListeners = 0

const N = 5_000
const OPENED = 500
const REPLIED = 250
const DAY = 86_400_000
const CITY = 'bench-city'
const communityOf = (i: number) => ({
  _id: `bc-${i}`,
  name: `基准${i}花园`,
  district: `第${Math.floor(i / 500) + 1}区`,
  street: `第${(Math.floor(i / 50) % 10) + 1}街道`,
})
const directorOf = (i: number) => `bench-director-${i}`

function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
  return r.data
}

async function measured<T>(emu: TestEmulator, run: () => Promise<T>) {
  emu.resetStats()
  const started = performance.now()
  const value = await run()
  const ms = performance.now() - started
  const s = emu.stats()
  return { value, ms, reads: s['db.reads'] ?? 0, writes: s['db.writes'] ?? 0 }
}

function line(what: string, m: { ms: number; reads: number; writes: number }, target: string, ok: boolean) {
  console.log(
    `${what.padEnd(44)} reads ${String(m.reads).padStart(3)}  writes ${String(m.writes).padStart(3)}  ${m.ms.toFixed(0).padStart(6)} ms   target ${target}  ${ok ? 'ok' : 'OVER'}`,
  )
}

async function main() {
  const emu = await startTestEmulator()
  const failures: string[] = []
  try {
    await emu.insert(
      'communities',
      Array.from({ length: N }, (_c, i) => communityOf(i)),
    )
    await emu.insert('roles', [
      { _id: 'bench-grant-city', openid: CITY, role: 'cityCentre', status: 'active', name: '基准市中心' },
      ...Array.from({ length: OPENED }, (_r, i) => ({
        _id: `bench-grant-${i}`,
        openid: directorOf(i),
        role: 'director',
        status: 'active',
        communityId: communityOf(i)._id,
        name: `主任${i}`,
      })),
    ])
    const as = (openid: string) => (action: string, input: object) => emu.call<any>('notices', { action, ...input }, { openid })
    const city = as(CITY)
    const draft = (replyRequired: boolean) =>
      city('saveDraft', {
        title: replyRequired ? '关于报送消防检查情况的通知' : '关于垃圾分类宣传周的通知',
        body: '请各小区业委会阅知。',
        replyRequired,
        replyDueAt: replyRequired ? emu.clock.now() + 7 * DAY : null,
        target: { kind: 'city' },
      }).then((r) => must<NoticeView>(r))

    const budget = Math.ceil(N / 1000) + 5
    const withReply = await draft(true)
    const pub = await measured(emu, () => city('publishNotice', { noticeId: withReply.id }))
    must(pub.value)
    line(`publishNotice, reply needed, ${N} communities`, pub, `writes ≤ ⌈N/1000⌉+5 = ${budget}`, pub.writes <= budget)
    if (pub.writes > budget) failures.push('publish with reply')
    const plain = await draft(false)
    const pub2 = await measured(emu, () => city('publishNotice', { noticeId: plain.id }))
    must(pub2.value)
    line(`publishNotice, no reply, ${N} communities`, pub2, 'writes O(1) (≤ 5)', pub2.writes <= 5)
    if (pub2.writes > 5) failures.push('publish without reply')

    const opened = await measured(emu, async () => {
      for (let i = 0; i < OPENED; i++) {
        const director = as(directorOf(i))
        const ref = { noticeId: withReply.id, communityId: communityOf(i)._id }
        must(await director('readNotice', ref))
        if (i < REPLIED) must(await director('replyNotice', { ...ref, text: `第${i}小区已完成检查。` }))
      }
    })
    console.log(
      `${OPENED} committees open it, ${REPLIED} reply: ${opened.ms.toFixed(0)} ms (${(opened.ms / (OPENED + REPLIED)).toFixed(1)} ms per call)`,
    )

    const tab = await measured(emu, () => as(directorOf(0))('inbox', {}))
    const inbox = must<Inbox>(tab.value)
    line('a committee’s 消息 tab (notices.inbox)', tab, 'reads ≤ 3', tab.reads <= 3)
    if (tab.reads > 3 || inbox.rows.length !== 2) failures.push('inbox')

    const board = await measured(emu, () => city('dashboard', { noticeId: withReply.id }))
    const d = must<NoticeDashboard>(board.value)
    line(`sender dashboard, ${N} communities`, board, 'reads ≤ 10', board.reads <= 10)
    if (board.reads > 10 || d.total !== N || d.read !== OPENED || d.replied !== REPLIED)
      failures.push(`dashboard ${JSON.stringify({ total: d.total, read: d.read, replied: d.replied })}`)

    const street = await measured(emu, () =>
      city('communityStatuses', { noticeId: withReply.id, district: '第1区', street: '第1街道', limit: 1000 }),
    )
    must(street.value)
    line('drill into one street (50 communities)', street, 'reads ≤ 10', street.reads <= 10)

    const xlsx = await measured(emu, () => city('exportPending', { noticeId: withReply.id }))
    const exported = must<{ rows: number }>(xlsx.value)
    line(
      `xlsx of the ${exported.rows} that have not replied`,
      xlsx,
      `reads ⌈N/1000⌉×2+2 = ${Math.ceil(N / 1000) * 2 + 2}`,
      exported.rows === N - REPLIED,
    )
    if (exported.rows !== N - REPLIED) failures.push('export')
  } finally {
    await emu.close()
  }
  if (failures.length > 0) {
    console.error(`notices bench: over target or wrong: ${failures.join(', ')}`)
    process.exit(1)
  }
}

void main().catch((e) => {
  console.error(e)
  process.exit(1)
})
