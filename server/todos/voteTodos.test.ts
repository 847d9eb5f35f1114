import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { TodoDetail, TodoPage } from '../../core/api/todos'
import type { Result } from '../../core/result'
import { callAs, COMMUNITY, draftInput, must, seedVoteWorld, STAFF } from '../testing/voteScenario'

/*
 * The vote's to-dos through the real functions: assigned to the street office and the director
 * (never a person), opened and closed in the vote's own transactions, with their history, read
 * through the `todos` function in a fixed number of database reads.
 */
let emu: TestEmulator
const todos =
  (openid: string) =>
  <T>(action: string, data: Record<string, unknown> = {}): Promise<Result<T>> =>
    emu.call<T>('todos', { action, ...data }, { openid })

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: Date.UTC(2025, 2, 1, 2, 0) })
  await seedVoteWorld(emu)
})
afterAll(() => emu.close())

describe('a vote under review', () => {
  let voteId = ''
  const reviewTodo = () => `todo:voteReview:${voteId}`

  it('is a to-do of the street office once submitted, and of nobody else', async () => {
    voteId = must(
      await callAs(emu, STAFF.director)<{ id: string }>('manageVote', 'createDraft', draftInput(emu.clock.now(), { title: '更换电梯' })),
    ).id
    must(await callAs(emu, STAFF.director)('manageVote', 'submit', { voteId }))
    const page = must(await todos(STAFF.reviewer)<TodoPage>('list', { status: 'open' }))
    expect(page).toEqual({
      rows: [
        expect.objectContaining({
          id: reviewTodo(),
          kind: 'voteReview',
          title: '审核投票申请',
          subject: '更换电梯',
          communityName: COMMUNITY.name,
          status: 'open',
          statusLabel: '待办',
          page: `packages/vote/pages/detail/index?voteId=${encodeURIComponent(voteId)}&as=street`,
          outcomeLabel: null,
        }),
      ],
      nextOffset: null,
      openCount: 1,
    })
    expect(must(await todos(STAFF.otherReviewer)<TodoPage>('list', { status: 'open' }))).toEqual({
      rows: [],
      nextOffset: null,
      openCount: 0,
    })
    expect(must(await todos(STAFF.director)<TodoPage>('list', { status: 'open' })).rows).toEqual([])
  })

  it("counts in one read and lists the 消息 tab in three (the caller's roles, the page, the count)", async () => {
    emu.resetStats()
    expect(must(await todos(STAFF.reviewer)<{ open: number }>('count'))).toEqual({ open: 1 })
    expect(emu.stats()['db.reads']).toBe(2) // the caller's role grants + the count
    emu.resetStats()
    must(await todos(STAFF.reviewer)('list', { status: 'open' }))
    expect(emu.stats()['db.reads']).toBe(3)
  })

  it('is handled by the rejection, with the reason in its history, and waits again when resubmitted', async () => {
    must(await callAs(emu, STAFF.reviewer)('manageVote', 'reject', { voteId, reason: '请补充合同' }))
    expect(must(await todos(STAFF.reviewer)<TodoPage>('list', { status: 'open' })).openCount).toBe(0)
    const done = must(await todos(STAFF.reviewer)<TodoPage>('list', { status: 'closed' }))
    expect(done.rows).toEqual([expect.objectContaining({ id: reviewTodo(), status: 'done', statusLabel: '已办', outcomeLabel: '驳回' })])
    must(await callAs(emu, STAFF.director)('manageVote', 'submit', { voteId }))
    const detail = must(await todos(STAFF.reviewer)<TodoDetail>('get', { todoId: reviewTodo() }))
    expect(detail).toMatchObject({ status: 'open', assigneeLabel: '街道办' })
    expect(detail.history.map((e) => [e.who, e.action, e.note])).toEqual([
      ['业委会主任', '发起', null],
      ['街道办审核人', '办理：驳回', '请补充合同'],
      ['业委会主任', '重新发起', '修改后重新提交'],
    ])
  })

  it('is closed by the approval, which opens both confirmations of the statistics', async () => {
    must(await callAs(emu, STAFF.reviewer)('manageVote', 'approve', { voteId }))
    const street = must(await todos(STAFF.reviewer)<TodoPage>('list', { status: 'open' }))
    expect(street.rows.map((t) => [t.kind, t.page])).toEqual([
      ['voteConfirmTally', `packages/vote/pages/statistics/index?voteId=${encodeURIComponent(voteId)}&as=street`],
    ])
    const committee = must(await todos(STAFF.director)<TodoPage>('list', { status: 'open' }))
    expect(committee.rows.map((t) => t.kind)).toEqual(['voteConfirmTallyCommittee'])
    // The staff member is on the committee but not its director: the confirmation is the director's.
    expect(must(await todos(STAFF.staff)<TodoPage>('list', { status: 'open' })).rows).toEqual([])
    const [review] = await emu.query('todos', { _id: reviewTodo() })
    expect(review).toMatchObject({ status: 'done', outcome: 'approved' })
  })

  it("is readable by the committee of the vote, not by another community's director", async () => {
    expect(must(await todos(STAFF.director)<TodoDetail>('get', { todoId: reviewTodo() }))).toMatchObject({ outcomeLabel: '审核通过' })
    expect(await todos(STAFF.otherDirector)('get', { todoId: reviewTodo() })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await todos(STAFF.director)('get', { todoId: 'todo:voteReview:nothing' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })

  it('refuses bad input with a Chinese sentence', async () => {
    expect(await todos(STAFF.reviewer)('list', { status: 'open', limit: 500 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('每页最多50条'),
    })
  })
})

describe('a draft deleted', () => {
  it('withdraws what waits on it', async () => {
    const voteId = must(await callAs(emu, STAFF.director)<{ id: string }>('manageVote', 'createDraft', draftInput(emu.clock.now()))).id
    const at = emu.clock.now()
    await emu.insert('todos', [
      {
        _id: `todo:contentReview:${voteId}`,
        kind: 'contentReview',
        targetId: voteId,
        communityId: COMMUNITY._id,
        communityName: COMMUNITY.name,
        subject: 't',
        page: 'p',
        assignee: { role: 'committee', communityId: COMMUNITY._id },
        assigneeKey: `committee:${COMMUNITY._id}`,
        status: 'open',
        outcome: null,
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        history: [{ at, by: 'system', who: '系统', action: 'created' }],
      },
    ])
    must(await callAs(emu, STAFF.director)('manageVote', 'deleteDraft', { voteId }))
    const [todo] = await emu.query('todos', { _id: `todo:contentReview:${voteId}` })
    expect(todo).toMatchObject({
      status: 'cancelled',
      history: [expect.anything(), expect.objectContaining({ action: 'cancelled', note: '投票议题已删除' })],
    })
  })
})
