import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { BallotPage, CastReceipt, NoticeReport, OpenVote, VoteDetail, VoteNoticeStatus } from '../../core/api/vote'
import type { Result } from '../../core/result'
import {
  approvedVote,
  callAs,
  counts,
  DAY,
  draftInput,
  moveClock,
  must,
  openidOf,
  partyOf,
  seedVoteWorld,
  STAFF,
} from '../testing/voteScenario'

let emu: TestEmulator
let voteId: string
let noFollowVoteId: string
const p = (b: string, r: string) => partyOf(b, '1', r)
const cast = (key: string, partyId: string, choices: Record<string, string>, vote = voteId) =>
  callAs(emu, key.startsWith('o-') ? key : openidOf(key))<CastReceipt>('castVote', 'cast', { voteId: vote, partyId, choices })
const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.code)

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: Date.UTC(2025, 3, 1) })
  await seedVoteWorld(emu)
  voteId = await approvedVote(emu)
  noFollowVoteId = await approvedVote(emu, { followMajorityCounts: false, title: '不采用从众的表决' })
})
afterAll(() => emu.close())

describe('before the start', () => {
  it('shows the vote but refuses ballots with VOTE_NOT_STARTED, writing nothing', async () => {
    const open = must(await callAs(emu, openidOf('p1'))<OpenVote[]>('castVote', 'openVotes'))
    expect(open.map((v) => [v.state, v.parties, v.voted])).toEqual([
      ['approved', 1, 0],
      ['approved', 1, 0],
    ])
    const before = await counts(emu)
    expect(codeOf(await cast('p1', p('1', '101'), { i1: 'agree', i2: 'agree' }))).toBe('VOTE_NOT_STARTED')
    expect(await counts(emu)).toEqual(before)
  })
})

describe('while voting', () => {
  beforeAll(async () => moveClock(emu, voteId, 'voting'))

  it('refuses, writing nothing: a unit not yours, an item not in the vote, an incomplete ballot, 从众 when off, strangers', async () => {
    const before = await counts(emu)
    const answers = await Promise.all([
      cast('p2', p('1', '101'), { i1: 'agree', i2: 'agree' }),
      cast('p1', 'developer', { i1: 'agree', i2: 'agree' }),
      cast('p1', p('1', '101'), { i1: 'agree', i2: 'agree', i3: 'agree' }),
      cast('p1', p('1', '101'), { i1: 'agree' }),
      cast('p1', p('1', '101'), { i1: 'followMajority', i2: 'agree' }, noFollowVoteId),
      cast(STAFF.delegate, p('1', '102'), { i1: 'agree', i2: 'agree' }),
      cast(STAFF.stranger, p('1', '101'), { i1: 'agree', i2: 'agree' }),
      cast('p1', p('1', '101'), { i1: 'agree', i2: 'maybe' }),
      callAs(emu, openidOf('p1'))('castVote', 'cast', { voteId: 'no-such-vote', partyId: p('1', '101'), choices: { i1: 'agree' } }),
    ])
    expect(answers.map(codeOf)).toEqual([
      'NOT_YOUR_UNIT',
      'NOT_YOUR_UNIT',
      'ITEM_NOT_IN_VOTE',
      'ITEMS_INCOMPLETE',
      'FOLLOW_MAJORITY_DISABLED',
      'NOT_YOUR_UNIT',
      'FORBIDDEN',
      'INVALID_INPUT',
      'VOTE_NOT_FOUND',
    ])
    expect(answers.every((a) => a.ok || /[\u4e00-\u9fa5]/.test(a.message))).toBe(true)
    expect(await counts(emu)).toEqual(before)
  })

  it('keeps one document for ten identical casts sent at once, all answering the same receipt', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => cast('p2', p('1', '102'), { i1: 'agree', i2: 'oppose' })))
    const receipts = new Set(answers.map((a) => must(a).receipt))
    expect(receipts.size).toBe(1)
    expect(answers.filter((a) => a.ok && !a.data.duplicate)).toHaveLength(1)
    expect(await emu.query('ballots', { voteId, partyId: p('1', '102') })).toHaveLength(1)
  })

  it('keeps one document under different concurrent first casts: each applied cast is a version, the rest are told', async () => {
    const options = [
      { i1: 'agree', i2: 'agree' },
      { i1: 'oppose', i2: 'oppose' },
      { i1: 'abstain', i2: 'abstain' },
      { i1: 'agree', i2: 'abstain' },
    ]
    const answers = await Promise.all(options.map((c) => cast('p6', p('2', '102'), c)))
    const docs = await emu.query('ballots', { voteId, partyId: p('2', '102') })
    expect(docs).toHaveLength(1)
    const applied = answers.filter((a): a is Extract<typeof a, { ok: true }> => a.ok)
    expect(applied.length).toBeGreaterThanOrEqual(1)
    // Applied casts form a chain of versions: the document holds the last, its history the others.
    expect(docs[0].rev).toBe(applied.length)
    expect(new Set([docs[0].receipt, ...docs[0].history.map((h: { receipt: string }) => h.receipt)])).toEqual(
      new Set(applied.map((a) => a.data.receipt)),
    )
    expect(
      answers
        .filter((a) => !a.ok)
        .map(codeOf)
        .every((c) => c === 'BALLOT_CONFLICT'),
    ).toBe(true)
  })

  it('applies concurrent changes one at a time: every applied change is in the history, none is lost', async () => {
    must(await cast('p7', p('2', '103'), { i1: 'agree', i2: 'agree' }))
    const changes = [
      { i1: 'oppose', i2: 'agree' },
      { i1: 'abstain', i2: 'agree' },
      { i1: 'oppose', i2: 'oppose' },
    ]
    const answers = await Promise.all(changes.map((c) => cast('p7', p('2', '103'), c)))
    const [doc] = await emu.query('ballots', { voteId, partyId: p('2', '103') })
    const applied = answers.filter((a) => a.ok).length
    expect(applied).toBeGreaterThanOrEqual(1)
    expect(doc.rev).toBe(1 + applied)
    expect(doc.history).toHaveLength(applied)
    expect(
      answers
        .filter((a) => !a.ok)
        .map(codeOf)
        .every((c) => c === 'BALLOT_CONFLICT'),
    ).toBe(true)
  })

  it('records a delegate’s ballot beside the owner’s own, each on its own document', async () => {
    must(await cast(STAFF.delegate, p('2', '101'), { i1: 'oppose', i2: 'oppose' }))
    must(await cast('p5', p('2', '101'), { i1: 'agree', i2: 'agree' }))
    const docs = await emu.query('ballots', { voteId, partyId: p('2', '101') })
    expect(docs.map((d) => d.castBy).sort()).toEqual(['delegate', 'owner'])
    const page = must(await callAs(emu, openidOf('p5'))<BallotPage>('castVote', 'ballotPage', { voteId }))
    expect(page.parties[0]).toMatchObject({ as: 'owner', ballot: { choices: { i1: 'agree', i2: 'agree' } } })
  })

  it('offers 从众 only when the vote’s rules use it', async () => {
    const page = must(await callAs(emu, openidOf('p1'))<BallotPage>('castVote', 'ballotPage', { voteId: noFollowVoteId }))
    expect(page.choices).toEqual(['agree', 'oppose', 'abstain'])
  })
})

describe('after the end', () => {
  it('answers VOTE_CLOSED and writes nothing', async () => {
    emu.clock.advance(8 * DAY)
    const before = await counts(emu)
    expect(codeOf(await cast('p8', p('2', '104'), { i1: 'agree', i2: 'agree' }))).toBe('VOTE_CLOSED')
    expect(codeOf(await cast('p2', p('1', '102'), { i1: 'oppose', i2: 'oppose' }))).toBe('VOTE_CLOSED')
    expect(await counts(emu)).toEqual(before)
  })
})

describe('vote notices', () => {
  const OPENED = 'local-vote-opened'
  const REMINDER = 'local-vote-reminder'
  const notices = (who: string) => callAs(emu, who)

  it('hands the owner the template ids to request, and what she already accepted', async () => {
    const status = must(await notices(openidOf('p3'))<VoteNoticeStatus>('castVote', 'noticeStatus'))
    expect(status).toEqual({
      templates: [
        { kind: 'opened', templateId: OPENED, label: '投票开始通知' },
        { kind: 'reminder', templateId: REMINDER, label: '投票截止提醒' },
      ],
      subscribed: [],
    })
    expect(must(await notices(openidOf('p1'))<VoteNoticeStatus>('castVote', 'noticeStatus')).subscribed).toEqual([OPENED])
  })

  it('refuses unknown templates, an empty list and people who do not vote with a coded Chinese message, writing nothing', async () => {
    const before = await counts(emu)
    const answers = await Promise.all([
      notices(openidOf('p3'))('castVote', 'subscribe', { templateIds: [] }),
      notices(openidOf('p3'))('castVote', 'subscribe', { templateIds: ['someone-elses-template'] }),
      notices(openidOf('p3'))('castVote', 'subscribe', { templateIds: [OPENED, 'someone-elses-template'] }),
      notices(openidOf('p3'))('castVote', 'subscribe', { templateIds: OPENED }),
      notices(STAFF.director)('castVote', 'subscribe', { templateIds: [OPENED] }),
      notices(STAFF.stranger)('castVote', 'subscribe', { templateIds: [OPENED] }),
      notices(STAFF.stranger)('castVote', 'noticeStatus'),
    ])
    expect(answers.map(codeOf)).toEqual([
      'INVALID_INPUT',
      'UNKNOWN_TEMPLATE',
      'UNKNOWN_TEMPLATE',
      'INVALID_INPUT',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ])
    expect(answers[0]).toMatchObject({ message: expect.stringContaining('请至少选择一种投票通知') })
    expect(answers.every((a) => !a.ok && /[\u4e00-\u9fa5]/.test(a.message))).toBe(true)
    expect(await counts(emu)).toEqual(before)
  })

  it('records consent once per person and template, however often she agrees; delegates may agree too', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() => notices(openidOf('p3'))<VoteNoticeStatus>('castVote', 'subscribe', { templateIds: [OPENED, OPENED] })),
    )
    expect(answers.map((a) => must(a).subscribed)).toEqual([[OPENED], [OPENED], [OPENED]])
    expect(await emu.query('subscriptions', { openid: openidOf('p3') })).toEqual([
      // Three accepted requests: three one-time grants on the one record.
      { _id: `${openidOf('p3')}:${OPENED}`, openid: openidOf('p3'), templateId: OPENED, remaining: 3, at: expect.anything() },
    ])
    expect(
      must(await notices(STAFF.delegate)<VoteNoticeStatus>('castVote', 'subscribe', { templateIds: [OPENED, REMINDER] })).subscribed,
    ).toEqual([OPENED, REMINDER])
    expect(await emu.query('subscriptions', { openid: STAFF.delegate })).toHaveLength(2)
  })

  it('after subscribing, approval messages her; a bound owner who did not subscribe is counted, not messaged', async () => {
    const draft = must(
      await callAs(emu, STAFF.director)<VoteDetail>('manageVote', 'createDraft', draftInput(emu.clock.now(), { title: '订阅之后的表决' })),
    )
    must(await callAs(emu, STAFF.director)('manageVote', 'submit', { voteId: draft.id }))
    const approved = must(
      await callAs(emu, STAFF.reviewer)<VoteDetail & { notified: NoticeReport }>('manageVote', 'approve', { voteId: draft.id }),
    )
    const messaged = (await emu.outbox('subscribe')).filter((m) => String(m.page).includes(draft.id))
    // p3 subscribed above; p1 and p2 in the seed; p4 (p3's co-owner) and p5–p8 are bound but never agreed.
    expect(messaged.map((m) => m.to).sort()).toEqual([openidOf('p1'), openidOf('p2'), openidOf('p3')])
    expect(messaged.every((m) => m.templateId === OPENED)).toBe(true)
    expect(approved.notified).toEqual({ recipients: 8, sent: 3, notSubscribed: 5, failed: 0 })
  })
})
