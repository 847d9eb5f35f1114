import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { StatisticsView, VoteResultView } from '../../core/api/vote'
import { getDb } from '../cloud'
import { COLLECTIONS } from '../collections'
import { newReceipt } from './model'
import type { BallotDoc, VoteDoc } from '../collections/vote'
import { callAs, DAY, draftInput, must, STAFF } from '../testing/voteScenario'

/*
 * 计票完成 over more ballots than one page, through the real functions: it reads the ranges the
 * 统计录入 count recorded side by side, and still finds every ballot — one added since the count
 * makes it answer COUNT_CHANGED.
 */
const START = Date.UTC(2025, 5, 1)
const COMMUNITY = { _id: 'big', name: '大花园', street: '大街道', district: '大区' }
const UNITS = 1200
const BALLOTS = 1100
const unitIdOf = (i: number) => `big:${Math.floor(i / 100) + 1}-1-${(i % 100) + 101}`

let emu: TestEmulator
let voteId: string
const staff = () => callAs(emu, STAFF.staff)

function ballotDoc(i: number, at: number): BallotDoc {
  const partyId = `party:${unitIdOf(i)}`
  const paper = i % 5 === 0
  return {
    _id: `${voteId}:${partyId}:${paper ? 'paper' : `o:big:p:${i}`}`,
    voteId,
    partyId,
    channel: paper ? 'paper' : 'electronic',
    ownerKey: paper ? null : `big:p:${i}`,
    castBy: paper ? 'staff' : 'owner',
    choices: { i1: i % 3 ? 'agree' : 'oppose', i2: 'abstain' },
    receipt: newReceipt(),
    rev: 1,
    at,
    by: paper ? STAFF.staff : `o-big-${i}`,
    who: paper ? '经办人' : '业主',
    areaCenti: 8000,
    coOwned: false,
    confirmsCoOwners: false,
    note: null,
    history: [],
  }
}

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await emu.insert('communities', [COMMUNITY])
  await emu.insert(
    'units',
    Array.from({ length: UNITS }, (_u, i) => {
      const [building, unitNo, room] = unitIdOf(i).slice('big:'.length).split('-')
      return {
        _id: unitIdOf(i),
        communityId: COMMUNITY._id,
        building,
        unitNo,
        room,
        areaCenti: 8000,
        ownerIds: [`big:p:${i}`],
        developerHeld: false,
      }
    }),
  )
  await emu.insert('roles', [
    { _id: 'big-director', openid: STAFF.director, role: 'director', communityId: COMMUNITY._id, status: 'active' },
    { _id: 'big-staff', openid: STAFF.staff, role: 'staff', communityId: COMMUNITY._id, status: 'active' },
    {
      _id: 'big-reviewer',
      openid: STAFF.reviewer,
      role: 'streetReviewer',
      street: COMMUNITY.street,
      district: COMMUNITY.district,
      status: 'active',
    },
  ])
  const draft = must(
    await callAs(emu, STAFF.director)<{ id: string }>('manageVote', 'createDraft', { ...draftInput(START), communityId: COMMUNITY._id }),
  )
  voteId = draft.id
  must(await callAs(emu, STAFF.director)('manageVote', 'submit', { voteId }))
  must(await callAs(emu, STAFF.reviewer)('manageVote', 'approve', { voteId }))
  emu.clock.set(START + 2 * DAY)
  await emu.insert(
    COLLECTIONS.ballots,
    Array.from({ length: BALLOTS }, (_b, i) => ballotDoc(i, emu.clock.now())),
  )
  emu.clock.set(START + 10 * DAY)
  must(await staff()('supplementVote', 'startSupplement', { voteId }))
  must(await staff()('supplementVote', 'finishSupplement', { voteId }))
  const stats = must(await staff()<StatisticsView>('supplementVote', 'finishFollowMajority', { voteId }))
  const items = (stats.computed?.items ?? []).map((i) => ({ itemId: i.itemId, figures: i.figures }))
  must(await staff()('tallyVote', 'enterStatistics', { voteId, items }))
  must(await callAs(emu, STAFF.director)('tallyVote', 'confirm', { voteId, as: 'committee' }))
  must(await callAs(emu, STAFF.reviewer)('tallyVote', 'confirm', { voteId, as: 'street' }))
})
afterAll(() => emu.close())

describe('计票完成 over several pages of ballots', () => {
  it('keeps where the 统计录入 count’s ballots split into runs of 999', async () => {
    const [vote] = await emu.query<VoteDoc>('votes', { _id: voteId })
    const ids = (await emu.query<BallotDoc>('ballots', { voteId })).map((b) => b._id).sort()
    expect(vote.computed?.ballotBounds).toEqual([ids[999]])
  })

  it('finds a ballot added since that count, whichever range it falls in', async () => {
    const late = ballotDoc(UNITS - 1, emu.clock.now())
    await emu.insert(COLLECTIONS.ballots, [late])
    expect(await staff()('tallyVote', 'complete', { voteId })).toMatchObject({ ok: false, code: 'COUNT_CHANGED' })
    await getDb().collection(COLLECTIONS.ballots).doc(late._id).remove()
    expect(await emu.query('ballots', { _id: late._id })).toEqual([])
  })

  it('counts every ballot, two ranges read side by side, in few round trips', async () => {
    emu.resetStats()
    const result = must(await staff()<VoteResultView>('tallyVote', 'complete', { voteId }))
    expect(result.digest.count).toBe(2 * BALLOTS)
    expect(result.items[0].counted.explanation.headcount).toMatchObject({ participating: BALLOTS, total: UNITS })
    // The caller's role grants, the vote, the roll, two ballot ranges; the transaction's read and writes.
    expect(emu.stats()).toMatchObject({ 'db.reads': 6, db: 10 })
  })
})
