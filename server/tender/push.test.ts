import { randomUUID } from 'node:crypto'
import { joinBeijing } from '../../core/format'
import { startHarness, type Harness } from '../testing/harness'
import { LOCAL_TENDER_SECRET } from './push'
import { pushHeaders } from './signature'

/**
 * The tender platform's pushes through the emulator's HTTP access route (`/http/tenderPush`), signed as the
 * platform signs them: good, stale, replayed, tampered, unknown project, bad JSON, repeated and out of order.
 */
let h: Harness
let projectId: string
const PROJECT_NO = 'ZB2026-0001'
const T0 = joinBeijing('2026-03-02', '09:00')!
const DAY = 86_400_000

beforeAll(async () => {
  h = await startHarness('tn')
  h.emulator.clock.set(T0 + 60 * DAY)
  const registered = await h.call('director', 'tender', 'register', {
    communityId: h.world.community('own'),
    projectNo: PROJECT_NO,
    title: '小区电梯更新改造工程',
  })
  expect(registered).toMatchObject({ ok: true, data: { projectNo: PROJECT_NO, stageLabel: null, syncedAt: null } })
  projectId = registered.ok ? registered.data.id : ''
})
afterAll(async () => {
  await h?.close()
})

interface Sent {
  status: number
  body: Record<string, unknown>
}

async function send(raw: string, headers: Record<string, string>): Promise<Sent> {
  const res = await fetch(`${h.emulator.url}/http/tenderPush`, { method: 'POST', headers, body: raw })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

function signed(push: object, { at = h.emulator.clock.now(), nonce = randomUUID(), secret = LOCAL_TENDER_SECRET } = {}) {
  const raw = JSON.stringify(push)
  return { raw, headers: pushHeaders(secret, raw, at, nonce) }
}

const push = (stage: string, version: number, occurredAt: number, details: object = {}) => ({
  projectNo: PROJECT_NO,
  stage,
  version,
  occurredAt,
  details,
})

const timeline = async () => {
  const got = await h.call('director', 'tender', 'get', { projectId })
  if (!got.ok) throw new Error(got.message)
  return got.data as {
    stageLabel: string | null
    steps: { stage: string; state: string; syncedAt: number }[]
    warnings: string[]
    syncedAt: number
  }
}

describe('signed pushes', () => {
  it('records a good push and moves the timeline, with the sync time', async () => {
    const p = signed(push('filingApplied', 1, T0))
    const sentAt = h.emulator.clock.now()
    expect(await send(p.raw, p.headers)).toEqual({ status: 200, body: { ok: true, state: 'done' } })
    const t = await timeline()
    expect(t.stageLabel).toBe('招标文件备案申请')
    // The emulator's clock runs on from where the test set it: the sync lies between sending and now.
    expect(t.syncedAt).toBeGreaterThanOrEqual(sentAt)
    expect(t.syncedAt).toBeLessThanOrEqual(h.emulator.clock.now())
    expect(t.steps).toEqual([expect.objectContaining({ stage: 'filingApplied', state: 'done', syncedAt: t.syncedAt })])
    const [todo] = await h.emulator.query('todos', { _id: `todo:tenderStage:${projectId}` })
    expect(todo).toMatchObject({ status: 'open', assignee: { role: 'committee' }, subject: '小区电梯更新改造工程' })
    expect(todo.history.at(-1).note).toBe('招标平台推送：招标文件备案申请')
  })

  it('writes nothing for a repeated push of the same stage and version (a new nonce): it is answered as a duplicate', async () => {
    const again = signed(push('filingApplied', 1, T0))
    const before = (await h.emulator.query('tenderEvents', { projectId })).length
    expect(await send(again.raw, again.headers)).toEqual({ status: 200, body: { ok: true, duplicate: true } })
    expect(await h.emulator.query('tenderEvents', { projectId })).toHaveLength(before)
  })

  it.each([
    [
      'tampered body',
      () => ({ ...signed(push('filingReviewed', 1, T0 + DAY)), raw: JSON.stringify(push('filingReviewed', 9, T0 + DAY)) }),
      401,
    ],
    ['wrong secret', () => signed(push('filingReviewed', 1, T0 + DAY), { secret: 'not-the-secret' }), 401],
    ['stale (6 minutes old)', () => signed(push('filingReviewed', 1, T0 + DAY), { at: h.emulator.clock.now() - 6 * 60_000 }), 401],
    [
      'unsigned',
      () => ({ raw: JSON.stringify(push('filingReviewed', 1, T0 + DAY)), headers: { 'content-type': 'application/json' } }),
      401,
    ],
  ])('refuses a %s request and writes nothing', async (_name, make, status) => {
    const { raw, headers } = make()
    const before = h.writes()
    expect((await send(raw, headers)).status).toBe(status)
    expect(h.writes()).toBe(before)
  })

  it('refuses a replayed request (same nonce) and writes nothing', async () => {
    const p = signed(push('filingReviewed', 1, T0 + DAY, { reviewResult: 'approved' }))
    expect((await send(p.raw, p.headers)).status).toBe(200)
    const before = h.writes()
    expect(await send(p.raw, p.headers)).toEqual({ status: 409, body: { ok: false, error: 'replayed request' } })
    expect(h.writes()).toBe(before)
  })

  it('refuses bad JSON and a push of the wrong shape, writing nothing', async () => {
    const before = h.writes()
    const raw = '{"projectNo": "ZB2026-0001",'
    expect((await send(raw, pushHeaders(LOCAL_TENDER_SECRET, raw, h.emulator.clock.now(), randomUUID()))).status).toBe(400)
    const wrong = signed({ projectNo: PROJECT_NO, stage: 'teaTime', version: 1, occurredAt: T0 })
    expect((await send(wrong.raw, wrong.headers)).status).toBe(400)
    expect(h.writes()).toBe(before)
  })

  it('reports an unknown project back and creates nothing', async () => {
    const before = h.writes()
    const p = signed({ ...push('filingApplied', 1, T0), projectNo: 'ZB-NOT-REGISTERED' })
    expect(await send(p.raw, p.headers)).toEqual({
      status: 404,
      body: { ok: false, error: 'unknown project', projectNo: 'ZB-NOT-REGISTERED' },
    })
    expect(h.writes()).toBe(before)
    expect(await h.emulator.query('tenderProjects', { projectNo: 'ZB-NOT-REGISTERED' })).toEqual([])
  })

  it('reminds the committee to publish the notice once the filing is approved, until the platform reports it', async () => {
    const [reminder] = await h.emulator.query('todos', { _id: `todo:tenderPublishNotice:${projectId}` })
    expect(reminder).toMatchObject({ status: 'open', page: `packages/tender/pages/project/index?id=${projectId}` })
  })

  it('closes the stage to-do when the committee has read it (已阅), and the next change reopens it', async () => {
    expect(await h.call('member', 'tender', 'acknowledge', { projectId })).toEqual({ ok: true, data: { acknowledged: true } })
    expect((await h.emulator.query('todos', { _id: `todo:tenderStage:${projectId}` }))[0].status).toBe('done')
  })

  it('keeps a stage that arrives before an earlier one waiting, and shows it once the earlier one arrives', async () => {
    const bidOpened = signed(push('bidOpened', 1, T0 + 25 * DAY, { bidders: ['甲电梯公司', '乙电梯公司', '丙电梯公司'] }))
    expect(await send(bidOpened.raw, bidOpened.headers)).toEqual({ status: 202, body: { ok: true, state: 'waiting' } })
    let t = await timeline()
    expect(t.stageLabel).toBe('备案审核')
    expect(t.steps.find((s) => s.stage === 'bidOpened')?.state).toBe('waiting')

    const notice = signed(push('noticePublished', 1, T0 + 5 * DAY, { documentsIssuedAt: T0 + 5 * DAY, bidDeadline: T0 + 15 * DAY }))
    expect(await send(notice.raw, notice.headers)).toEqual({ status: 200, body: { ok: true, state: 'done' } })
    t = await timeline()
    expect(t.stageLabel).toBe('开标')
    expect(t.steps.map((s) => `${s.stage}:${s.state}`)).toEqual([
      'filingApplied:done',
      'filingReviewed:done',
      'noticePublished:done',
      'bidOpened:done',
    ])
    expect((await h.emulator.query('todos', { _id: `todo:tenderStage:${projectId}` }))[0].status).toBe('open')
    expect((await h.emulator.query('todos', { _id: `todo:tenderPublishNotice:${projectId}` }))[0].status).toBe('done')
    // 10 days from issuing the documents to the deadline breaks the 20 days of 招标投标法第二十四条.
    expect(t.warnings).toEqual(['招标文件发出之日至投标截止之日不足20日（招标投标法第二十四条）'])
  })

  it('never gives an HTTP call operator powers: the admin function refuses it', async () => {
    const before = h.writes()
    const res = await fetch(`${h.emulator.url}/http/admin`, { method: 'POST', body: JSON.stringify({ action: 'importRegister' }) })
    const body = (await res.json()) as { ok: boolean; code?: string }
    expect(body.ok).toBe(false)
    expect(h.writes()).toBe(before)
  })
})

describe('registering a project', () => {
  it('refuses a number registered before, and a malformed one, writing nothing', async () => {
    const before = h.writes()
    const again = await h.call('director', 'tender', 'register', {
      communityId: h.world.community('own'),
      projectNo: PROJECT_NO,
      title: '再登记',
    })
    expect(again).toEqual({ ok: false, code: 'TENDER_PROJECT_EXISTS', message: '这个项目编号已经登记过了。' })
    const bad = await h.call('director', 'tender', 'register', {
      communityId: h.world.community('own'),
      projectNo: '编号 1',
      title: '外墙',
    })
    expect(bad).toEqual({ ok: false, code: 'INVALID_INPUT', message: '项目编号：应为招标平台上的项目编号，由字母、数字和“-”组成' })
    const empty = await h.call('director', 'tender', 'register', { communityId: h.world.community('own'), projectNo: ' ', title: '外墙' })
    expect(empty).toEqual({ ok: false, code: 'INVALID_INPUT', message: '项目编号：请填写项目编号' })
    expect(h.writes()).toBe(before)
  })

  it('lists the community projects with the stage reached', async () => {
    const listed = await h.call('member', 'tender', 'list', { communityId: h.world.community('own') })
    expect(listed).toMatchObject({ ok: true, data: { projects: [{ projectNo: PROJECT_NO, stageLabel: '开标' }] } })
  })
})

describe('remembered nonces', () => {
  const MINUTE = 60_000
  const pushAt = async (stage: string, version: number) => {
    const p = signed(push(stage, version, T0 + 40 * DAY))
    expect((await send(p.raw, p.headers)).status).toBeLessThan(300)
    return p
  }

  it('forgets nonces too old to be replayed, at most 100 per clean-up and one clean-up a minute; a recent one still refuses its replay', async () => {
    const now = h.emulator.clock.now()
    // 150 nonces received 11 minutes ago (past the 5 minutes either way a signature may be off) and one 2 minutes ago.
    const old = Array.from({ length: 150 }, (_, i) => ({ _id: `old-nonce-${String(i).padStart(3, '0')}`, at: new Date(now - 11 * MINUTE) }))
    await h.emulator.insert('tenderNonces', [...old, { _id: 'recent-nonce-1', at: new Date(now - 2 * MINUTE) }])
    const oldLeft = async () => (await h.emulator.query('tenderNonces')).filter((n) => String(n._id).startsWith('old-nonce-')).length

    h.emulator.clock.advance(MINUTE)
    const recent = await pushAt('evaluated', 1)
    expect(await oldLeft()).toBe(50)
    // Within the same minute no second clean-up runs.
    await pushAt('evaluated', 2)
    expect(await oldLeft()).toBe(50)
    h.emulator.clock.advance(MINUTE)
    await pushAt('evaluated', 3)
    expect(await oldLeft()).toBe(0)
    expect(await h.emulator.query('tenderNonces', { _id: 'recent-nonce-1' })).toHaveLength(1)
    // The push accepted a minute ago is still remembered: its replay is refused.
    expect(await send(recent.raw, recent.headers)).toEqual({ status: 409, body: { ok: false, error: 'replayed request' } })
  })
})

describe('the stage message (招标进度提醒)', () => {
  const TEMPLATE = 'local-tender-stage'
  const member = () => h.world.caller('member').openid!
  const messages = async () => (await h.emulator.outbox('subscribe')).filter((m) => m.templateId === TEMPLATE)
  const grantsOf = async (openid: string) => (await h.emulator.query('subscriptions', { openid, templateId: TEMPLATE }))[0]?.remaining
  const agree = async () => {
    const r = await h.call('member', 'account', 'subscribe', { keys: ['tenderStage'], templateIds: [TEMPLATE] })
    expect(r.ok).toBe(true)
  }
  const stageTodo = async () => (await h.emulator.query('todos', { _id: `todo:tenderStage:${projectId}` }))[0]

  it('reaches the committee member who agreed, once, using her grant; the others are not messaged', async () => {
    await agree()
    const p = signed(push('candidatesPublicised', 1, T0 + 30 * DAY, { candidates: ['甲电梯公司'] }))
    expect((await send(p.raw, p.headers)).status).toBeLessThan(300)
    const sent = await messages()
    expect(sent).toEqual([
      expect.objectContaining({
        to: member(),
        page: `packages/tender/pages/project/index?id=${projectId}`,
        data: {
          thing1: { value: '小区电梯更新改造工程' },
          thing2: { value: '中标候选人公示' },
          time3: { value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) },
          thing4: { value: expect.any(String) },
        },
      }),
    ])
    expect(await grantsOf(member())).toBe(0)
  })

  it('sends nothing to a member without a grant left, and the to-do still opens', async () => {
    expect((await h.call('member', 'tender', 'acknowledge', { projectId })).ok).toBe(true)
    const p = signed(push('awarded', 1, T0 + 34 * DAY, { winner: '甲电梯公司' }))
    expect((await send(p.raw, p.headers)).status).toBeLessThan(300)
    expect(await messages()).toHaveLength(1)
    expect(await stageTodo()).toMatchObject({ status: 'open' })
    expect((await stageTodo()).history.at(-1).note).toBe('招标平台推送：定标')
  })

  it('sends no second message for a repeated push or a replayed request, leaving the grant unspent', async () => {
    await agree()
    const repeated = signed(push('awarded', 1, T0 + 34 * DAY, { winner: '甲电梯公司' }))
    expect(await send(repeated.raw, repeated.headers)).toEqual({ status: 200, body: { ok: true, duplicate: true } })
    expect((await send(repeated.raw, repeated.headers)).status).toBe(409)
    expect(await messages()).toHaveLength(1)
    expect(await grantsOf(member())).toBe(1)
  })
})
