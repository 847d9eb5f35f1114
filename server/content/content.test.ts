import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { TodoPage } from '../../core/api/todos'
import type { VoteDetail } from '../../core/api/vote'
import type { Result } from '../../core/result'
import { LOCAL_WORDS } from '../ports/contentSecurity'
import { callAs, COMMUNITY, counts, draftInput, must, seedVoteWorld, STAFF } from '../testing/voteScenario'

/*
 * The content check through the real functions, with the emulator's word list as WeChat's stand-in:
 * risky text is refused and nothing is written; text for review is stored, flagged, and becomes
 * the committee's contentReview to-do, which closes when the text is corrected.
 */
let emu: TestEmulator
const RISKY = LOCAL_WORDS.risky[0]
const REVIEW = LOCAL_WORDS.review[0]
const call =
  (openid: string) =>
  <T>(fn: string, action: string, data: Record<string, unknown> = {}): Promise<Result<T>> =>
    emu.call<T>(fn, { action, ...data }, { openid })
const openReviews = async (openid: string) =>
  must(await call(openid)<TodoPage>('todos', 'list', { status: 'open' })).rows.filter((t) => t.kind === 'contentReview')

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: Date.UTC(2025, 2, 1, 2, 0) })
  await seedVoteWorld(emu)
})
afterAll(() => emu.close())

describe('a vote draft', () => {
  it('with a risky item is refused with a coded Chinese sentence, writing nothing', async () => {
    const before = await counts(emu)
    const answer = await callAs(emu, STAFF.director)(
      'manageVote',
      'createDraft',
      draftInput(emu.clock.now(), {
        items: [
          { text: '同意续聘', class: 'ordinary' },
          { text: `同意${RISKY}`, class: 'ordinary' },
        ],
      }),
    )
    expect(answer).toEqual({ ok: false, code: 'CONTENT_RISKY', message: '第2项表决事项含有不适宜发布的内容，请修改后再提交' })
    expect(await counts(emu)).toEqual(before)
  })

  it('with text for review is stored, flagged, and waits for the committee; corrected, the to-do is done', async () => {
    const draft = must(
      await callAs(emu, STAFF.staff)<VoteDetail>(
        'manageVote',
        'createDraft',
        draftInput(emu.clock.now(), { description: `关于${REVIEW}的说明` }),
      ),
    )
    const [stored] = await emu.query('votes', { _id: draft.id })
    expect(stored.contentFlag).toEqual({ fields: ['投票说明'], labels: ['其他'], at: expect.any(Number) })
    for (const who of [STAFF.director, STAFF.staff, STAFF.member]) {
      expect(await openReviews(who)).toEqual([
        expect.objectContaining({ title: '复核疑似违规内容', subject: draft.title, page: expect.stringContaining('as=committee') }),
      ])
    }
    expect(await openReviews(STAFF.reviewer)).toEqual([])
    must(await callAs(emu, STAFF.staff)('manageVote', 'updateDraft', { voteId: draft.id, rev: draft.rev, ...draftInput(emu.clock.now()) }))
    expect(await openReviews(STAFF.director)).toEqual([])
    const [todo] = await emu.query('todos', { _id: `todo:contentReview:${draft.id}` })
    expect(todo).toMatchObject({ status: 'done', outcome: 'edited' })
    expect((await emu.query('votes', { _id: draft.id }))[0].contentFlag).toBeNull()
  })

  it('cannot be rejected with a risky reason', async () => {
    const draft = must(await callAs(emu, STAFF.director)<VoteDetail>('manageVote', 'createDraft', draftInput(emu.clock.now())))
    must(await callAs(emu, STAFF.director)('manageVote', 'submit', { voteId: draft.id }))
    const answer = await callAs(emu, STAFF.reviewer)('manageVote', 'reject', { voteId: draft.id, reason: `涉嫌${RISKY}` })
    expect(answer).toMatchObject({ ok: false, code: 'CONTENT_RISKY', message: expect.stringContaining('驳回原因') })
    expect((await emu.query('votes', { _id: draft.id }))[0].state).toBe('reviewing')
  })
})

describe('meeting minutes', () => {
  const meeting = (minutes: string) => ({
    communityId: COMMUNITY._id,
    topic: '三月例会',
    heldAt: Date.parse('2025-03-01T19:00:00+08:00'),
    place: '物业会议室',
    attendees: ['张伟'],
    agenda: '停车',
    minutes,
    attachments: [],
  })

  it('are checked in pieces: a word beyond the first 2,500 characters is found', async () => {
    const before = (await emu.query('meetings')).length
    const refused = await call(STAFF.director)('committee', 'addMeeting', meeting(`${'会'.repeat(3000)}${RISKY}`))
    expect(refused).toMatchObject({ ok: false, code: 'CONTENT_RISKY', message: expect.stringContaining('会议纪要') })
    expect(await emu.query('meetings')).toHaveLength(before)

    const flagged = must(await call(STAFF.director)<{ id: string }>('committee', 'addMeeting', meeting(`${'会'.repeat(3000)}${REVIEW}`)))
    expect(await openReviews(STAFF.member)).toEqual([
      expect.objectContaining({ subject: '三月例会', page: `packages/committee/pages/meeting/index?id=${encodeURIComponent(flagged.id)}` }),
    ])
    must(await call(STAFF.director)('committee', 'editMeeting', { meetingId: flagged.id, minutes: '讨论停车' }))
    expect(await openReviews(STAFF.member)).toEqual([])
  })
})
