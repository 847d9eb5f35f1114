import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { BallotPage, CastReceipt, ReceiptCheck, StatisticsView, VoteDetail } from '../../core/api/vote'
import type { Result } from '../../core/result'
import {
  approvedVote,
  callAs,
  COMMUNITY,
  counts,
  moveClock,
  must,
  NAMES,
  openidOf,
  partyOf,
  personId,
  seedVoteWorld,
  STAFF,
  unitId,
} from '../testing/voteScenario'

/*
 * What a delegate may do (issue 12, items 1 and 3), through the real functions on the emulator:
 * - p1 holds 1-1-101 and 1-1-202 (one party) and delegated only 1-1-101: her delegate is told
 *   before choosing that 1栋1单元202 is missing, and a cast is refused naming it; with both it counts;
 * - p5 voted herself before her delegate: the delegate is told, and refused (no receipt);
 * - p6's delegate (for this vote only) cast first, then p6 herself: after the tally the delegate,
 *   whose authorisation ended with the vote, checks her receipt and reads that it was superseded.
 */

const START = Date.UTC(2025, 6, 1, 2, 0)
const P1_DELEGATE = 'o-delegate-of-p1'
const P6_DELEGATE = 'o-delegate-of-p6'
let emu: TestEmulator
let voteId: string
const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.code)
const choices = { i1: 'agree', i2: 'agree' }
const flat = (room: string, building = '1') => ({ building, unitNo: '1', room })

function delegation(id: string, owner: string, unit: string, delegateOpenid: string, vote: string | null, until: number) {
  return {
    _id: id,
    communityId: COMMUNITY._id,
    unitId: unit,
    ownerPersonId: personId(owner),
    ownerOpenid: openidOf(owner),
    ownerName: NAMES[owner],
    delegateOpenid,
    delegateName: '受托人',
    delegateIdHash: `hash-${id}`,
    delegateIdLast4: '5678',
    delegatePhone: '13900000009',
    voteId: vote,
    until: new Date(until),
    status: 'active',
    createdAt: new Date(START),
  }
}

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await seedVoteWorld(emu)
  voteId = await approvedVote(emu)
  const [vote] = await emu.query<{ endAt: number }>('votes', { _id: voteId })
  await emu.insert('delegations', [
    delegation('dlg-p1-101', 'p1', unitId(flat('101')), P1_DELEGATE, null, Date.UTC(2099, 0, 1)),
    delegation('dlg-p6-vote', 'p6', unitId(flat('102', '2')), P6_DELEGATE, voteId, vote.endAt),
  ])
  await moveClock(emu, voteId, 'voting')
})
afterAll(() => emu.close())

describe('a delegate holding only part of an owner’s units', () => {
  const p1 = partyOf('1', '1', '101')

  it('is told on the ballot page, before choosing, which rooms are missing', async () => {
    const page = must(await callAs(emu, P1_DELEGATE)<BallotPage>('castVote', 'ballotPage', { voteId }))
    expect(page.parties).toEqual([
      expect.objectContaining({ partyId: p1, as: 'delegate', blocked: expect.stringContaining('1栋1单元202') }),
    ])
    expect(page.delegateRule).toContain('业主本人投的票始终优先')
  })

  it('is refused with a coded error naming the missing room, writing nothing', async () => {
    const before = await counts(emu)
    const answer = await callAs(emu, P1_DELEGATE)('castVote', 'cast', { voteId, partyId: p1, choices })
    expect(answer).toMatchObject({ ok: false, code: 'DELEGATION_INCOMPLETE', message: expect.stringContaining('1栋1单元202') })
    expect(await counts(emu)).toEqual(before)
  })

  it('casts once every unit of the party is delegated to her', async () => {
    await emu.insert('delegations', [delegation('dlg-p1-202', 'p1', unitId(flat('202')), P1_DELEGATE, null, Date.UTC(2099, 0, 1))])
    const page = must(await callAs(emu, P1_DELEGATE)<BallotPage>('castVote', 'ballotPage', { voteId }))
    expect(page.parties).toEqual([expect.objectContaining({ partyId: p1, blocked: null })])
    must(await callAs(emu, P1_DELEGATE)('castVote', 'cast', { voteId, partyId: p1, choices }))
  })
})

describe('an owner who voted herself', () => {
  const p5 = partyOf('2', '1', '101')

  it('leaves her delegate nothing to cast: told before choosing, refused without a receipt', async () => {
    must(await callAs(emu, openidOf('p5'))('castVote', 'cast', { voteId, partyId: p5, choices }))
    const page = must(await callAs(emu, STAFF.delegate)<BallotPage>('castVote', 'ballotPage', { voteId }))
    expect(page.parties).toEqual([expect.objectContaining({ partyId: p5, blocked: expect.stringContaining('业主本人已经投票') })])
    const before = await counts(emu)
    const answer = await callAs(emu, STAFF.delegate)('castVote', 'cast', { voteId, partyId: p5, choices })
    expect(answer).toMatchObject({ ok: false, code: 'OWNER_VOTED' })
    expect(await counts(emu)).toEqual(before)
  })
})

describe('a delegate ballot the owner later replaced', () => {
  const p6 = partyOf('2', '1', '102')
  let delegated: CastReceipt
  let own: CastReceipt

  it('is shown as superseded when the delegate checks its receipt after the tally', async () => {
    delegated = must(await callAs(emu, P6_DELEGATE)<CastReceipt>('castVote', 'cast', { voteId, partyId: p6, choices }))
    own = must(
      await callAs(emu, openidOf('p6'))<CastReceipt>('castVote', 'cast', { voteId, partyId: p6, choices: { i1: 'oppose', i2: 'oppose' } }),
    )
    await tally()
    const check = await callAs(emu, P6_DELEGATE)<ReceiptCheck>('castVote', 'verifyReceipt', { voteId, receipt: delegated.receipt })
    expect(check).toMatchObject({ ok: true, data: { counted: false, superseded: true, message: expect.stringContaining('已被取代') } })
    const mine = must(await callAs(emu, openidOf('p6'))<ReceiptCheck>('castVote', 'verifyReceipt', { voteId, receipt: own.receipt }))
    expect(mine).toMatchObject({ counted: true, superseded: false })
  })

  it('tells a caller with no role in the community nothing about a receipt that is not the vote’s', async () => {
    expect(code(await callAs(emu, STAFF.stranger)('castVote', 'verifyReceipt', { voteId, receipt: '0000-0000-0000' }))).toBe(
      'RECEIPT_NOT_FOUND',
    )
  })
})

/** Close, 补计, 从众, 统计录入 with the system's own figures, both confirmations, 计票完成. */
async function tally(): Promise<void> {
  const staff = callAs(emu, STAFF.staff)
  await moveClock(emu, voteId, 'closed')
  must(await staff('supplementVote', 'startSupplement', { voteId }))
  must(await staff('supplementVote', 'finishSupplement', { voteId }))
  const stats = must(await staff<StatisticsView>('supplementVote', 'finishFollowMajority', { voteId }))
  const items = (stats.computed?.items ?? []).map((i) => ({ itemId: i.itemId, figures: i.figures }))
  must(await staff('tallyVote', 'enterStatistics', { voteId, items }))
  must(await callAs(emu, STAFF.director)('tallyVote', 'confirm', { voteId, as: 'committee' }))
  must(await callAs(emu, STAFF.reviewer)('tallyVote', 'confirm', { voteId, as: 'street' }))
  must(await staff<VoteDetail>('tallyVote', 'complete', { voteId }))
}
