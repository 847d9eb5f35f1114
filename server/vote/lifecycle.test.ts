import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type {
  AuditView,
  BallotPage,
  CastReceipt,
  EntryView,
  ReceiptCheck,
  ReminderReport,
  StatisticsView,
  SupplementOverview,
  TurnoutView,
  VoteDetail,
  VoteResultView,
} from '../../core/api/vote'
import { callAs, counts, DAY, draftInput, must, openidOf, partyOf, seedVoteWorld, STAFF } from '../testing/voteScenario'

/*
 * The whole lifecycle through the real functions on the emulator, in order: draft → review →
 * voting (owners, a delegate, 从众, a change, co-owners who disagree) → close → 补计 → 从众 →
 * 统计录入 with a difference → both confirm → 计票完成 → the published digest → lock-down.
 */

const START = Date.UTC(2025, 2, 1, 2, 0)
let emu: TestEmulator
let voteId: string
const receipts: Record<string, CastReceipt> = {}

const director = () => callAs(emu, STAFF.director)
const staff = () => callAs(emu, STAFF.staff)
const reviewer = () => callAs(emu, STAFF.reviewer)
const owner = (key: string) => callAs(emu, openidOf(key))

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await seedVoteWorld(emu)
  await emu.insert('subscriptions', [{ _id: 'sub-p7-reminder', openid: openidOf('p7'), templateId: 'local-vote-reminder' }])
})
afterAll(() => emu.close())

describe('a vote from draft to published result', () => {
  it('drafts, edits, submits, is rejected with a reason, and is submitted again', async () => {
    const draft = must(await director()<VoteDetail>('manageVote', 'createDraft', draftInput(START, { title: '初稿' })))
    voteId = draft.id
    expect(draft).toMatchObject({ state: 'draft', stateLabel: '待提交', itemCount: 2, rev: 0 })
    const edited = must(await staff()<VoteDetail>('manageVote', 'updateDraft', { voteId, rev: 0, ...draftInput(START) }))
    expect(edited).toMatchObject({
      title: '关于续聘物业服务企业的表决',
      rev: 1,
      items: [
        { id: 'i1', class: 'ordinary' },
        { id: 'i2', class: 'major', classLabel: '重大事项（参与表决四分之三以上同意）' },
      ],
    })
    expect(must(await director()<VoteDetail>('manageVote', 'submit', { voteId }))).toMatchObject({
      state: 'reviewing',
      stateLabel: '审核中',
    })
    // Assigned to the street office of the vote's street, not to a person.
    expect(await emu.query('todos', { targetId: voteId, kind: 'voteReview', status: 'open' })).toEqual([
      expect.objectContaining({ assignee: { role: 'streetReviewer', street: '粤海街道', district: '南山区' } }),
    ])

    const rejected = must(await reviewer()<VoteDetail>('manageVote', 'reject', { voteId, reason: '请补充物业服务合同附件' }))
    expect(rejected).toMatchObject({
      state: 'draft',
      review: { decision: 'rejected', reason: '请补充物业服务合同附件' },
      rejections: [{ reason: '请补充物业服务合同附件' }],
    })
    must(await director()('manageVote', 'submit', { voteId }))
  })

  it('is approved: the roll is frozen, subscribed owners get a message, reviewers a to-do', async () => {
    const approved = must(await reviewer()<VoteDetail>('manageVote', 'approve', { voteId }))
    expect(approved).toMatchObject({ state: 'approved', roll: { headcount: 10, areaCenti: 119000, units: 12 } })
    const messages = await emu.outbox('subscribe')
    expect(messages.map((m) => m.to).sort()).toEqual([openidOf('p1'), openidOf('p2')])
    expect(await emu.query('todos', { targetId: voteId, kind: 'voteConfirmTally', status: 'open' })).toHaveLength(1)
    expect(await emu.query('todos', { targetId: voteId, kind: 'voteReview', status: 'open' })).toHaveLength(0)
    // A register edit after approval does not reach the running vote.
    await emu.insert('units', [
      {
        _id: 'sun:9-9-999',
        communityId: 'sun',
        building: '9',
        unitNo: '9',
        room: '999',
        areaCenti: 99999,
        ownerIds: ['sun:p:p1'],
        developerHeld: false,
      },
    ])
  })

  it('opens at the start time: owners cast, change, 从众, a delegate casts, co-owners disagree', async () => {
    emu.clock.set(START + DAY + 60_000)
    const page = must(await owner('p1')<BallotPage>('castVote', 'ballotPage', { voteId }))
    expect(page.vote.state).toBe('voting')
    expect(page.choices).toEqual(['agree', 'oppose', 'abstain', 'followMajority'])
    expect(page.parties).toEqual([
      expect.objectContaining({
        partyId: partyOf('1', '1', '101'),
        rooms: ['1栋1单元101', '1栋1单元202'],
        areaCenti: 19000,
        as: 'owner',
        ballot: null,
      }),
    ])

    const party = (b: string, u: string, r: string) => partyOf(b, u, r)
    const first = must(
      await owner('p1')<CastReceipt>('castVote', 'cast', {
        voteId,
        partyId: party('1', '1', '101'),
        choices: { i1: 'agree', i2: 'agree' },
      }),
    )
    receipts.p1 = must(
      await owner('p1')<CastReceipt>('castVote', 'cast', {
        voteId,
        partyId: party('1', '1', '101'),
        choices: { i1: 'agree', i2: 'oppose' },
      }),
    )
    expect(receipts.p1).toMatchObject({ replaced: first.receipt, duplicate: false })
    const again = must(
      await owner('p1')<CastReceipt>('castVote', 'cast', {
        voteId,
        partyId: party('1', '1', '101'),
        choices: { i1: 'agree', i2: 'oppose' },
      }),
    )
    expect(again).toMatchObject({ receipt: receipts.p1.receipt, duplicate: true })
    const [p1doc] = await emu.query('ballots', { partyId: party('1', '1', '101') })
    expect(p1doc).toMatchObject({
      rev: 2,
      history: [expect.objectContaining({ receipt: first.receipt, choices: { i1: 'agree', i2: 'agree' } })],
    })

    receipts.p2 = must(
      await owner('p2')<CastReceipt>('castVote', 'cast', {
        voteId,
        partyId: party('1', '1', '102'),
        choices: { i1: 'agree', i2: 'followMajority' },
      }),
    )
    must(await owner('p3')('castVote', 'cast', { voteId, partyId: party('1', '1', '201'), choices: { i1: 'agree', i2: 'agree' } }))
    must(await owner('p4')('castVote', 'cast', { voteId, partyId: party('1', '1', '201'), choices: { i1: 'oppose', i2: 'oppose' } }))
    const delegated = must(await callAs(emu, STAFF.delegate)<BallotPage>('castVote', 'ballotPage', { voteId }))
    expect(delegated.parties).toEqual([expect.objectContaining({ partyId: party('2', '1', '101'), as: 'delegate' })])
    must(
      await callAs(emu, STAFF.delegate)('castVote', 'cast', {
        voteId,
        partyId: party('2', '1', '101'),
        choices: { i1: 'oppose', i2: 'abstain' },
      }),
    )
    must(await owner('p6')('castVote', 'cast', { voteId, partyId: party('2', '1', '102'), choices: { i1: 'agree', i2: 'agree' } }))

    const mine = must(await owner('p1')<Array<{ receipt: string; changes: number }>>('castVote', 'myBallots', {}))
    expect(mine).toEqual([expect.objectContaining({ receipt: receipts.p1.receipt, changes: 1 })])
  })

  it('shows live turnout against ⅔, lists and exports non-participants, reminds them', async () => {
    const turnout = must(await director()<TurnoutView>('manageVote', 'turnout', { voteId }))
    // 5 parties voted: 19000+10000+12000+8000+8000 = 57000 of 119000; ⅔ needs 7 parties and 79334.
    expect(turnout).toMatchObject({
      headcount: { participating: 5, needed: 7, shortfall: 2 },
      area: { participating: 57000, needed: 79334, shortfall: 22334 },
      met: false,
    })
    expect(turnout.shortfallText).toBe('还差 2 人 / 223.34 m²')
    expect(must(await owner('p2')<TurnoutView>('manageVote', 'turnout', { voteId })).summary).toContain('还差 2 人')

    const list = must(
      await director()<{ total: number; rows: Array<{ room: string; owners: string }> }>('manageVote', 'nonParticipants', { voteId }),
    )
    expect(list.rows.map((r) => `${r.room} ${r.owners}`)).toEqual([
      '2栋1单元103 吴*',
      '2栋1单元104 郑*',
      '2栋1单元105 冯**',
      '2栋1单元106 陈**',
      '3栋1单元101 建设单位',
      '3栋1单元102 建设单位',
    ])
    const exported = must(
      await staff()<{ fileID: string; tempFileURL: string; rows: number }>('manageVote', 'exportNonParticipants', { voteId }),
    )
    expect(exported).toMatchObject({ rows: 6, fileID: expect.stringMatching(/\.xlsx$/), tempFileURL: expect.stringContaining('http') })

    // 5 parties have not voted: p7 accepted the reminder; p8 (bound, not subscribed) and p9, p10 (not bound)
    // are texted at their registered phones; the developer has no phone.
    const reminded = must(await staff()<ReminderReport>('manageVote', 'remind', { voteId }))
    expect(reminded).toMatchObject({ waiting: 5, bySubscription: 1, bySms: 3, unreachable: 1, failed: 0 })
  })

  it('closes at the end time; 补计 lists the co-owned flat first and blocks until it is confirmed', async () => {
    emu.clock.set(START + 8 * DAY)
    expect(must(await director()<VoteDetail>('manageVote', 'get', { voteId })).state).toBe('closed')
    expect(
      await owner('p8')('castVote', 'cast', { voteId, partyId: partyOf('2', '1', '104'), choices: { i1: 'agree', i2: 'agree' } }),
    ).toMatchObject({ ok: false, code: 'VOTE_CLOSED' })

    const p6paper = must(
      await staff()<EntryView>('supplementVote', 'enterPaper', {
        voteId,
        building: '2',
        unitNo: '1',
        room: '102',
        choices: { i1: 'oppose', i2: 'oppose' },
      }),
    )
    expect(p6paper).toMatchObject({ channel: 'paper', electronicStands: true })
    must(
      await staff()('supplementVote', 'enterPaper', {
        voteId,
        building: '2',
        unitNo: '1',
        room: '104',
        choices: { i1: 'agree', i2: 'agree' },
      }),
    )
    must(
      await staff()('supplementVote', 'enterPaper', {
        voteId,
        building: '3',
        unitNo: '1',
        room: '102',
        choices: { i1: 'abstain' },
        note: '建设单位书面表决',
      }),
    )

    const overview = must(await director()<SupplementOverview>('supplementVote', 'overview', { voteId }))
    expect(overview).toMatchObject({ state: 'supplementing', paperEntries: 3 })
    expect(overview.coOwnedPending).toEqual([
      expect.objectContaining({ partyId: partyOf('1', '1', '201'), rooms: ['1栋1单元201'], owners: ['王*', '赵*'] }),
    ])
    expect(await staff()('supplementVote', 'finishSupplement', { voteId })).toMatchObject({ ok: false, code: 'CO_OWNED_UNCONFIRMED' })

    const confirmed = must(
      await staff()<EntryView>('supplementVote', 'confirmCoOwned', {
        voteId,
        partyId: partyOf('1', '1', '201'),
        choices: { i1: 'agree', i2: 'oppose' },
        note: '两位业主到场确认',
      }),
    )
    expect(confirmed).toMatchObject({ electronicStands: false })
    expect(must(await director()<SupplementOverview>('supplementVote', 'overview', { voteId })).coOwnedPending).toEqual([])
    expect(must(await staff()<VoteDetail>('supplementVote', 'finishSupplement', { voteId })).state).toBe('followMajority')
  })

  it('takes 确认从众 entries, then counts and asks for the committee’s own figures', async () => {
    expect(
      await staff()('supplementVote', 'enterPaper', { voteId, building: '2', unitNo: '1', room: '103', choices: { i1: 'agree' } }),
    ).toMatchObject({ ok: false, code: 'WRONG_STATE' })
    must(await staff()('supplementVote', 'enterFollow', { voteId, building: '2', unitNo: '1', room: '103' }))
    const stats = must(await staff()<StatisticsView>('supplementVote', 'finishFollowMajority', { voteId }))
    expect(stats.state).toBe('statistics')
    expect(stats.computed?.items[0]).toMatchObject({
      itemId: 'i1',
      figures: {
        agree: { count: 5, areaCenti: 57000 },
        oppose: { count: 1, areaCenti: 8000 },
        abstain: { count: 1, areaCenti: 30000 },
        followMajority: { count: 1, areaCenti: 8000 },
      },
      participating: { count: 8, areaCenti: 103000 },
    })
  })

  it('blocks confirmation on a difference until it is explained; both then confirm', async () => {
    const fig = (count: number, areaCenti: number) => ({ count, areaCenti })
    const entered = [
      { itemId: 'i1', figures: { agree: fig(5, 57001), oppose: fig(1, 8000), abstain: fig(1, 30000), followMajority: fig(1, 8000) } },
      { itemId: 'i2', figures: { agree: fig(2, 16000), oppose: fig(2, 31000), abstain: fig(1, 8000), followMajority: fig(2, 18000) } },
    ]
    const stats = must(await staff()<StatisticsView>('tallyVote', 'enterStatistics', { voteId, items: entered }))
    expect(stats.clear).toBe(false)
    expect(stats.reconciliation?.differences).toEqual([
      expect.objectContaining({ itemId: 'i1', field: 'agree.areaCenti', entered: 57001, computed: 57000 }),
    ])
    expect(await director()('tallyVote', 'confirm', { voteId, as: 'committee' })).toMatchObject({
      ok: false,
      code: 'DIFFERENCES_UNRESOLVED',
    })
    expect(await staff()('tallyVote', 'complete', { voteId })).toMatchObject({ ok: false, code: 'DIFFERENCES_UNRESOLVED' })

    const explained = must(
      await staff()<StatisticsView>('tallyVote', 'explainDifference', {
        voteId,
        itemId: 'i1',
        field: 'agree.areaCenti',
        explanation: '手工录入笔误，以系统面积为准',
      }),
    )
    expect(explained.clear).toBe(true)
    expect(await staff()('tallyVote', 'confirm', { voteId, as: 'committee' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await staff()('tallyVote', 'complete', { voteId })).toMatchObject({ ok: false, code: 'NOT_CONFIRMED' })
    must(await director()('tallyVote', 'confirm', { voteId, as: 'committee' }))
    const both = must(await reviewer()<StatisticsView>('tallyVote', 'confirm', { voteId, as: 'street' }))
    expect(both.confirmations).toEqual({
      committee: expect.objectContaining({ who: '业委会主任' }),
      street: expect.objectContaining({ who: '街道办审核人' }),
    })
  })

  it('计票完成: each item decided by Art. 278 with and without 从众, and the digest published', async () => {
    const result = must(await staff()<VoteResultView>('tallyVote', 'complete', { voteId }))
    const [i1, i2] = result.items
    expect(i1).toMatchObject({
      outcome: 'passed',
      outcomeLabel: '通过',
      withFollowMajority: { outcome: 'passed' },
      withoutFollowMajority: { outcome: 'passed' },
    })
    expect(i1.counted.explanation.headcount).toMatchObject({ agreeCounted: 6, participating: 8, total: 10 })
    expect(i2).toMatchObject({ outcome: 'noValidDecision', outcomeLabel: '未形成有效决定' })
    expect(i2.counted.explanation.failed).toEqual(['quorumArea'])
    expect(i2.summary).toContain('未达到三分之二')
    expect(result.digest).toMatchObject({ count: 15, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(must(await owner('p2')<VoteResultView>('tallyVote', 'result', { voteId }))).toEqual(result)

    const check = must(await owner('p1')<ReceiptCheck>('castVote', 'verifyReceipt', { voteId, receipt: receipts.p1.receipt }))
    expect(check).toMatchObject({
      counted: true,
      lines: [`["${receipts.p1.receipt}","i1","agree"]`, `["${receipts.p1.receipt}","i2","oppose"]`],
    })
    const typed = must(await owner('p1')<ReceiptCheck>('castVote', 'verifyReceipt', { voteId, receipt: receipts.p1.receipt.toLowerCase() }))
    expect(typed.counted).toBe(true)
    const stale = must(await owner('p1')<ReceiptCheck>('castVote', 'verifyReceipt', { voteId, receipt: '0000-0000-0000' }))
    expect(stale.counted).toBe(false)
    const [stored] = await emu.query('votes', { _id: voteId })
    expect(stored.result.digest).toEqual(result.digest)
  })

  it('after 计票完成 every mutating path answers VOTE_TALLIED and writes nothing', async () => {
    const before = await counts(emu)
    const party = partyOf('2', '1', '104')
    const attempts = await Promise.all([
      director()('manageVote', 'updateDraft', { voteId, rev: 99, ...draftInput(START) }),
      director()('manageVote', 'deleteDraft', { voteId }),
      director()('manageVote', 'submit', { voteId }),
      reviewer()('manageVote', 'approve', { voteId }),
      reviewer()('manageVote', 'reject', { voteId, reason: '再看看' }),
      staff()('manageVote', 'remind', { voteId }),
      owner('p8')('castVote', 'cast', { voteId, partyId: party, choices: { i1: 'agree', i2: 'agree' } }),
      staff()('supplementVote', 'startSupplement', { voteId }),
      staff()('supplementVote', 'enterPaper', { voteId, building: '2', unitNo: '1', room: '104', choices: { i1: 'oppose' } }),
      staff()('supplementVote', 'confirmCoOwned', { voteId, partyId: partyOf('1', '1', '201'), choices: { i1: 'oppose' } }),
      staff()('supplementVote', 'finishSupplement', { voteId }),
      staff()('supplementVote', 'enterFollow', { voteId, building: '2', unitNo: '1', room: '104' }),
      staff()('supplementVote', 'finishFollowMajority', { voteId }),
      staff()('tallyVote', 'enterStatistics', {
        voteId,
        items: [
          {
            itemId: 'i1',
            figures: {
              agree: { count: 0, areaCenti: 0 },
              oppose: { count: 0, areaCenti: 0 },
              abstain: { count: 0, areaCenti: 0 },
              followMajority: { count: 0, areaCenti: 0 },
            },
          },
        ],
      }),
      staff()('tallyVote', 'explainDifference', { voteId, itemId: 'i1', field: 'agree.count', explanation: '改' }),
      director()('tallyVote', 'confirm', { voteId, as: 'committee' }),
      reviewer()('tallyVote', 'confirm', { voteId, as: 'street' }),
      staff()('tallyVote', 'complete', { voteId }),
    ])
    expect(attempts.map((a) => (a.ok ? 'ok' : a.code))).toEqual(attempts.map(() => 'VOTE_TALLIED'))
    expect(await counts(emu)).toEqual(before)
  })

  it('keeps an audit log of every state change and entry, actors shown by role', async () => {
    const log = must(await director()<AuditView[]>('manageVote', 'auditLog', { voteId, limit: 100 }))
    const actions = log.map((a) => a.action).reverse()
    expect(actions).toEqual([
      'createDraft',
      'updateDraft',
      'submit',
      'reject',
      'submit',
      'approve',
      'exportNonParticipants',
      'remind',
      'clockTransition',
      'enterPaper',
      'enterPaper',
      'enterPaper',
      'confirmCoOwned',
      'finishSupplement',
      'enterFollow',
      'finishFollowMajority',
      'enterStatistics',
      'explainDifference',
      'confirmByCommittee',
      'confirmByStreet',
      'complete',
    ])
    expect(JSON.stringify(log)).not.toContain('o-director')
    expect(log.find((a) => a.action === 'reject')).toMatchObject({ actor: '街道办审核人', note: '请补充物业服务合同附件' })
  })
})
