import type { Inbox, NoticeDashboard, NoticeView, ReceivedNotice, SentRow } from '../../core/api/notices'
import type { Page } from '../../core/schemas/paging'
import type { TodoDetail, TodoPage } from '../../core/api/todos'
import { startHarness, type Harness } from '../testing/harness'
import type { Persona } from '../testing/world'

/*
 * 通知消息 through the real notices function on the emulator: a district centre publishes to its
 * district, committees read, acknowledge and reply, the centre follows it on the dashboard.
 */
let h: Harness
const DAY = 86_400_000
const EXTRA = [
  { _id: 'nt-c1', name: '丙花园', street: '粤海街道', district: '南山区' },
  { _id: 'nt-c2', name: '丁花园', street: '蛇口街道', district: '南山区' },
]

beforeAll(async () => {
  h = await startHarness('nt')
  await h.emulator.insert('communities', EXTRA)
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.communities.own
async function must<T>(p: Promise<{ ok: boolean; data?: T; code?: string; message?: string }>): Promise<T> {
  const r = await p
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
  return r.data as T
}
const call = <T>(who: Persona, action: string, input: Record<string, unknown> = {}) => h.call<T>(who, 'notices', action, input)

function draftInput(extra: Record<string, unknown> = {}) {
  return {
    title: '关于开展消防安全检查的通知',
    body: '请各小区业委会于本月内配合物业开展检查，并回复检查情况。',
    replyRequired: true,
    replyDueAt: h.emulator.clock.now() + 3 * DAY,
    target: { kind: 'district', district: '南山区' },
    ...extra,
  }
}

async function published(extra: Record<string, unknown> = {}, who: Persona = 'districtCentre'): Promise<NoticeView> {
  const draft = await must<NoticeView>(call(who, 'saveDraft', draftInput(extra)))
  return must<NoticeView>(call(who, 'publishNotice', { noticeId: draft.id }))
}

/** Reads and writes of one call. */
async function measured<T>(run: () => Promise<T>): Promise<{ value: T; reads: number; writes: number }> {
  h.emulator.resetStats()
  const value = await run()
  const s = h.emulator.stats()
  return { value, reads: s['db.reads'] ?? 0, writes: s['db.writes'] ?? 0 }
}

describe('publishing', () => {
  it('a district centre reaches its district with the target rule: no per-community state, one to-do per committee in batches', async () => {
    const draft = await must<NoticeView>(call('districtCentre', 'saveDraft', draftInput()))
    expect(draft).toMatchObject({ state: 'draft', stateLabel: '草稿', senderName: '南山区住房中心', targetLabel: '南山区' })
    const run = await measured(() =>
      must<NoticeView & { recipients: number }>(call('districtCentre', 'publishNotice', { noticeId: draft.id })),
    )
    expect(run.value).toMatchObject({ state: 'published', recipients: 3 })
    // The notice, one batch of to-dos, the audit: ⌈3/1000⌉ + 2.
    expect(run.writes).toBeLessThanOrEqual(3)
    expect(await h.emulator.query('noticeReceipts', { noticeId: draft.id })).toEqual([])
    const todos = await h.emulator.query('todos', { sourceId: draft.id })
    expect(todos.map((t) => t.communityId).sort()).toEqual([own().id, 'nt-c1', 'nt-c2'].sort())
    const open = await must<TodoPage>(h.call('director', 'todos', 'list', { status: 'open' }))
    expect(open.rows.find((t) => t.id === `todo:noticeReply:${draft.id}:${own().id}`)).toMatchObject({
      title: '回复通知',
      subject: '关于开展消防安全检查的通知',
      page: `packages/notices/pages/received/index?noticeId=${draft.id}&communityId=${own().id}`,
    })
  })

  it('a district centre cannot reach another district, the city, or a community outside it; nothing is written', async () => {
    const before = h.writes()
    for (const target of [
      { kind: 'district', district: '福田区' },
      { kind: 'city' },
      { kind: 'street', district: '福田区', street: '华富街道' },
    ]) {
      const r = await call('districtCentre', 'saveDraft', draftInput({ target }))
      expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      if (!r.ok) expect(r.message).toMatch(/南山区/)
    }
    expect(h.writes()).toBe(before)
    const chosen = await must<NoticeView>(
      call(
        'districtCentre',
        'saveDraft',
        draftInput({ target: { kind: 'communities', communityIds: [own().id, h.world.community('other')] } }),
      ),
    )
    const writes = h.writes()
    expect(await call('districtCentre', 'publishNotice', { noticeId: chosen.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(h.writes()).toBe(writes)
  })

  it('the city centre reaches every community', async () => {
    const n = await published({ target: { kind: 'city' }, replyRequired: false, replyDueAt: null }, 'cityCentre')
    expect(n).toMatchObject({ senderName: '市住房中心', targetLabel: '全市', recipients: 4 })
  })

  it('refuses bad input and wrong states with declared codes and Chinese sentences, writing nothing', async () => {
    const before = h.writes()
    const noTitle = await call('districtCentre', 'saveDraft', draftInput({ title: '' }))
    expect(noTitle).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '通知标题：请填写通知标题' })
    expect(await call('districtCentre', 'saveDraft', draftInput({ body: '这里有人赌博' }))).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
    })
    expect(h.writes()).toBe(before)
    const noDue = await must<NoticeView>(call('districtCentre', 'saveDraft', draftInput({ replyDueAt: null })))
    const past = await must<NoticeView>(call('districtCentre', 'saveDraft', draftInput({ replyDueAt: h.emulator.clock.now() - DAY })))
    const nobody = await must<NoticeView>(
      call('districtCentre', 'saveDraft', draftInput({ target: { kind: 'street', district: '南山区', street: '无此街道' } })),
    )
    const writes = h.writes()
    expect(await call('districtCentre', 'publishNotice', { noticeId: noDue.id })).toMatchObject({
      code: 'NOTICE_DUE_REQUIRED',
      message: '需要回复的通知请填写回复截止时间',
    })
    expect(await call('districtCentre', 'publishNotice', { noticeId: past.id })).toMatchObject({ code: 'NOTICE_DUE_PAST' })
    expect(await call('districtCentre', 'publishNotice', { noticeId: nobody.id })).toMatchObject({ code: 'NOTICE_NO_RECIPIENTS' })
    expect(await call('districtCentre', 'revokeNotice', { noticeId: nobody.id, reason: '发错了' })).toMatchObject({
      code: 'NOTICE_NOT_PUBLISHED',
    })
    expect(h.writes()).toBe(writes)
    const n = await published()
    const after = h.writes()
    expect(await call('districtCentre', 'publishNotice', { noticeId: n.id })).toMatchObject({
      code: 'NOTICE_NOT_DRAFT',
      message: '这条通知已发布，不能再修改',
    })
    expect(await call('districtCentre', 'saveDraft', { ...draftInput(), noticeId: n.id })).toMatchObject({ code: 'NOTICE_NOT_DRAFT' })
    expect(await call('districtCentre', 'deleteDraft', { noticeId: n.id })).toMatchObject({ code: 'NOTICE_NOT_DRAFT' })
    expect(h.writes()).toBe(after)
  })

  it('lists the organisation’s drafts and notices', async () => {
    const sent = await must<Page<SentRow>>(call('districtCentre', 'listSent', {}))
    expect(sent.rows.length).toBeGreaterThan(2)
    expect(sent.rows.map((r) => r.stateLabel)).toEqual(expect.arrayContaining(['草稿', '已发布']))
    const draft = sent.rows.find((r) => r.state === 'draft')!
    // A draft opens for editing with its target, to be saved again in place.
    const opened = await must<{ target: unknown }>(call('districtCentre', 'getSent', { noticeId: draft.id }))
    expect(opened.target).toEqual(expect.objectContaining({ kind: expect.any(String) }))
    const resaved = await must<NoticeView>(
      call('districtCentre', 'saveDraft', { ...draftInput({ title: '改过的标题' }), noticeId: draft.id }),
    )
    expect(resaved).toMatchObject({ id: draft.id, title: '改过的标题', state: 'draft' })
    expect(await call('cityCentre', 'saveDraft', { ...draftInput(), noticeId: draft.id })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await call('cityCentre', 'deleteDraft', { noticeId: draft.id })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await must(call('districtCentre', 'deleteDraft', { noticeId: draft.id }))).toEqual({ deleted: true })
    expect(await h.emulator.query('notices', { _id: draft.id })).toEqual([])
  })

  it('messages the committee people who agreed to it', async () => {
    const member = h.world.caller('member')
    await h.emulator.insert('subscriptions', [
      {
        _id: `${member.openid}:local-notice-published`,
        openid: member.openid,
        templateId: 'local-notice-published',
        remaining: 1,
        at: new Date(),
      },
    ])
    const n = await published({ title: '关于物业费调整的通知' })
    const sent = (await h.emulator.outbox('subscribe')).filter((m) => m.to === member.openid)
    expect(sent[0]).toMatchObject({ templateId: 'local-notice-published', page: `packages/notices/pages/received/index?noticeId=${n.id}` })
    expect(sent[0].data.thing1.value).toBe('关于物业费调整的通知')
    expect(sent[0].data.thing2.value).toBe('南山区住房中心')
  })
})

describe('receiving', () => {
  it('the 消息 tab lists it in 3 reads; the first open by any member marks it read, by whom and when', async () => {
    const n = await published({ replyRequired: false, replyDueAt: null, title: '关于垃圾分类的通知' })
    const tab = await measured(() => must<Inbox>(call('director', 'inbox', {})))
    expect(tab.reads).toBeLessThanOrEqual(3)
    expect(tab.value.rows.find((r) => r.id === n.id)).toMatchObject({ status: 'unread', statusLabel: '未读', senderName: '南山区住房中心' })
    const badge = await must<{ count: number }>(call('director', 'badge'))
    expect(badge.count).toBeGreaterThan(0)

    h.emulator.clock.advance(60_000)
    const openedFrom = h.emulator.clock.now()
    const opened = await must<ReceivedNotice>(call('member', 'readNotice', { noticeId: n.id, communityId: own().id }))
    expect(opened).toMatchObject({ status: 'read', readBy: '业委会委员 member人员' })
    expect(opened.readAt).toBeGreaterThanOrEqual(openedFrom)
    const again = await must<ReceivedNotice>(call('director', 'readNotice', { noticeId: n.id, communityId: own().id }))
    expect(again.readBy).toBe('业委会委员 member人员')
    const board = await must<NoticeDashboard>(call('districtCentre', 'dashboard', { noticeId: n.id }))
    expect(board).toMatchObject({ total: 3, read: 1, unread: 2, replied: 0 })
    expect(board.byStreet.find((s) => s.street === '粤海街道')).toMatchObject({ total: 2, read: 1, unread: 1 })
    expect((await must<{ count: number }>(call('director', 'badge'))).count).toBe(badge.count - 1)
  })

  it('an 重要 notice counts as read only after 已知悉', async () => {
    const n = await published({ replyRequired: false, replyDueAt: null, priority: 'important' })
    const opened = await must<ReceivedNotice>(call('staff', 'readNotice', { noticeId: n.id, communityId: own().id }))
    expect(opened.status).toBe('unread')
    expect((await must<NoticeDashboard>(call('districtCentre', 'dashboard', { noticeId: n.id }))).read).toBe(0)
    const ack = await must<ReceivedNotice>(call('director', 'acknowledgeNotice', { noticeId: n.id, communityId: own().id }))
    expect(ack).toMatchObject({ status: 'read', statusLabel: '已读' })
    expect((await must<NoticeDashboard>(call('districtCentre', 'dashboard', { noticeId: n.id }))).read).toBe(1)
    const plain = await published({ replyRequired: false, replyDueAt: null })
    const before = h.writes()
    expect(await call('director', 'acknowledgeNotice', { noticeId: plain.id, communityId: own().id })).toMatchObject({
      code: 'NOTICE_NOT_IMPORTANT',
    })
    expect(await call('director', 'replyNotice', { noticeId: plain.id, communityId: own().id, text: '收到' })).toMatchObject({
      code: 'NOTICE_REPLY_NOT_NEEDED',
    })
    expect(h.writes()).toBe(before)
  })

  it('a reply is checked, closes the committee’s to-do, keeps its versions, and shows on the dashboard', async () => {
    const n = await published()
    const ref = { noticeId: n.id, communityId: own().id }
    const before = h.writes()
    expect(await call('director', 'replyNotice', { ...ref, text: '我们在赌博' })).toMatchObject({ code: 'CONTENT_RISKY' })
    expect(await call('director', 'replyNotice', { ...ref, text: ' ' })).toMatchObject({ code: 'INVALID_INPUT' })
    expect(
      await call('director', 'replyNotice', {
        ...ref,
        text: '好',
        attachments: [{ fileID: 'cloud://local.bucket/committee/nt-b/x.pdf', name: '检查表' }],
      }),
    ).toMatchObject({ code: 'FOREIGN_FILE' })
    expect(h.writes()).toBe(before)

    const first = await must<ReceivedNotice>(call('director', 'replyNotice', { ...ref, text: '已完成检查，未发现隐患。' }))
    expect(first).toMatchObject({ status: 'replied', reply: { text: '已完成检查，未发现隐患。', who: '业委会主任 director人员' } })
    const todo = await must<TodoDetail>(h.call('director', 'todos', 'get', { todoId: `todo:noticeReply:${n.id}:${own().id}` }))
    expect(todo).toMatchObject({ status: 'done', outcomeLabel: '已回复' })
    const edited = await must<ReceivedNotice>(
      call('member', 'replyNotice', {
        ...ref,
        text: '已完成检查，补充检查表。',
        attachments: [{ fileID: `cloud://local.bucket/committee/${own().id}/notices/check.pdf`, name: '检查表' }],
      }),
    )
    expect(edited.reply).toMatchObject({ text: '已完成检查，补充检查表。', who: '业委会委员 member人员' })
    expect(edited.earlierReplies.map((v) => v.text)).toEqual(['已完成检查，未发现隐患。'])
    const board = await must<NoticeDashboard>(call('districtCentre', 'dashboard', { noticeId: n.id }))
    expect(board).toMatchObject({ total: 3, read: 1, replied: 1 })
    const drill = await must<ReceivedNotice>(call('districtCentre', 'communityReply', ref))
    expect(drill.reply?.text).toBe('已完成检查，补充检查表。')
    const street = await must<Page<{ communityId: string; statusLabel: string }>>(
      call('districtCentre', 'communityStatuses', { noticeId: n.id, district: '南山区', street: '粤海街道' }),
    )
    expect(street.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ communityId: own().id, statusLabel: '已回复' }),
        expect.objectContaining({ communityId: 'nt-c1', statusLabel: '未读' }),
      ]),
    )
    const exported = await must<{ rows: number }>(call('districtCentre', 'exportPending', { noticeId: n.id }))
    expect(exported.rows).toBe(2)
  })

  it('a committee outside the target, or of another community, cannot read it', async () => {
    const n = await published({ target: { kind: 'street', district: '南山区', street: '蛇口街道' } })
    expect(await call('director', 'readNotice', { noticeId: n.id, communityId: own().id })).toMatchObject({ code: 'NOTICE_NOT_RECIPIENT' })
    expect(await call('director', 'readNotice', { noticeId: n.id, communityId: 'nt-c2' })).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('past the deadline an unanswered notice is the director’s to-do, and overdue on the dashboard', async () => {
    const n = await published({ replyDueAt: h.emulator.clock.now() + DAY })
    h.emulator.clock.advance(2 * DAY)
    const tab = await must<Inbox>(call('member', 'inbox', {}))
    expect(tab.rows.find((r) => r.id === n.id)).toMatchObject({ status: 'overdue', statusLabel: '逾期未回复' })
    await must<Inbox>(call('member', 'inbox', {}))
    const todo = await must<TodoDetail>(h.call('director', 'todos', 'get', { todoId: `todo:noticeOverdue:${n.id}:${own().id}` }))
    expect(todo).toMatchObject({ status: 'open', title: '通知回复已逾期', assigneeLabel: '业委会主任' })
    expect(todo.history).toHaveLength(1)
    const board = await must<NoticeDashboard>(call('districtCentre', 'dashboard', { noticeId: n.id }))
    expect(board).toMatchObject({ overdue: 3, replied: 0 })
    // The sender sees the director's to-do too (its community is within the district).
    expect(await h.call('districtCentre', 'todos', 'get', { todoId: todo.id })).toMatchObject({ ok: true })
    await must(call('director', 'replyNotice', { noticeId: n.id, communityId: own().id, text: '已补充回复。' }))
    expect(await must<TodoDetail>(h.call('director', 'todos', 'get', { todoId: todo.id }))).toMatchObject({ status: 'done' })
    expect((await must<NoticeDashboard>(call('districtCentre', 'dashboard', { noticeId: n.id }))).overdue).toBe(2)
  })

  it('the badge, asked for on the home page, opens the overdue to-do too and counts it', async () => {
    const n = await published({
      replyDueAt: h.emulator.clock.now() + DAY,
      target: { kind: 'street', district: '南山区', street: '粤海街道' },
    })
    const before = (await must<{ count: number }>(call('director', 'badge'))).count
    h.emulator.clock.advance(2 * DAY)
    const after = (await must<{ count: number }>(call('director', 'badge'))).count
    expect(after).toBeGreaterThan(before)
    // The count is the open to-dos (now with the overdue one) and the unread notices that need no reply.
    const todos = await must<{ open: number }>(h.call('director', 'todos', 'count', {}))
    const box = await must<Inbox>(call('director', 'inbox', {}))
    const unread = box.rows.filter((r) => !r.replyRequired && r.state === 'published' && r.status === 'unread').length
    expect(after).toBe(todos.open + unread)
    expect(await must<TodoDetail>(h.call('director', 'todos', 'get', { todoId: `todo:noticeOverdue:${n.id}:${own().id}` }))).toMatchObject({
      status: 'open',
    })
  })

  it('a revoked notice stays visible as revoked with its reason, and its to-dos are withdrawn with it', async () => {
    const n = await published()
    const revoked = await must<NoticeView>(call('districtCentre', 'revokeNotice', { noticeId: n.id, reason: '截止时间有误，将重新发布' }))
    expect(revoked).toMatchObject({ state: 'revoked', stateLabel: '已撤回', revokeReason: '截止时间有误，将重新发布' })
    const tab = await must<Inbox>(call('director', 'inbox', {}))
    expect(tab.rows.find((r) => r.id === n.id)).toMatchObject({ state: 'revoked', statusLabel: '已撤回' })
    const opened = await must<ReceivedNotice>(call('director', 'readNotice', { noticeId: n.id, communityId: own().id }))
    expect(opened.revokeReason).toBe('截止时间有误，将重新发布')
    const todo = await must<TodoDetail>(h.call('director', 'todos', 'get', { todoId: `todo:noticeReply:${n.id}:${own().id}` }))
    expect(todo.status).toBe('cancelled')
    expect(todo.history.at(-1)).toMatchObject({ action: '撤销', note: '通知已撤回：截止时间有误，将重新发布' })
    const before = h.writes()
    expect(await call('director', 'replyNotice', { noticeId: n.id, communityId: own().id, text: '收到' })).toMatchObject({
      code: 'NOTICE_REVOKED',
      message: '这条通知已撤回',
    })
    expect(await call('districtCentre', 'revokeNotice', { noticeId: n.id, reason: '再撤一次' })).toMatchObject({
      code: 'NOTICE_NOT_PUBLISHED',
    })
    expect(h.writes()).toBe(before)
  })
})

describe('the new-notice message', () => {
  it('a committee member turns it on; the next notice reaches her once', async () => {
    const staff = h.world.caller('staff')
    const before = await must<{ templateId: string; subscribed: boolean }>(call('staff', 'alertStatus'))
    expect(before).toMatchObject({ templateId: 'local-notice-published', subscribed: false })
    expect(await call('staff', 'subscribeAlerts', { templateId: 'local-vote-opened' })).toMatchObject({ code: 'UNKNOWN_TEMPLATE' })
    expect(await must(call('staff', 'subscribeAlerts', { templateId: before.templateId }))).toMatchObject({ subscribed: true })
    await published({ title: '关于电梯年检的通知' })
    const sent = (await h.emulator.outbox('subscribe')).filter((m) => m.to === staff.openid)
    expect(sent.map((m) => m.data.thing1.value)).toEqual(['关于电梯年检的通知'])
    expect(await must(call('staff', 'alertStatus'))).toMatchObject({ subscribed: false })
  })
})
