import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { BallotPage, SupplementOverview } from '../../core/api/vote'
import {
  approvedVote,
  callAs,
  COMMUNITY,
  HOUR,
  moveClock,
  must,
  openidOf,
  partyOf,
  personId,
  seedVoteWorld,
  STAFF,
} from '../testing/voteScenario'

/*
 * The co-owned unit's representative is fixed when voting starts, not at approval (issue 12, item 2;
 * manual 十一.4 "未在投票正式开始绑定房屋的…"): of 1-1-201's co-owners neither is bound at
 * approval; p3 binds after the approval but before the start and represents the flat; p4 binds
 * after the start and does not.
 */

const START = Date.UTC(2025, 7, 1, 2, 0)
let emu: TestEmulator
let voteId: string
const flat201 = partyOf('1', '1', '201')
const choices = { i1: 'agree', i2: 'agree' }

function binding(key: string, boundAt: number) {
  return {
    _id: `${COMMUNITY._id}:${personId(key)}`,
    openid: openidOf(key),
    personId: personId(key),
    communityId: COMMUNITY._id,
    boundAt: new Date(boundAt),
  }
}

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await seedVoteWorld(emu, { bound: ['p1', 'p2', 'p5', 'p6'] })
  voteId = await approvedVote(emu)
  const [vote] = await emu.query<{ startAt: number }>('votes', { _id: voteId })
  await emu.insert('bindings', [binding('p3', START + HOUR)])
  await moveClock(emu, voteId, 'voting')
  await emu.insert('bindings', [binding('p4', vote.startAt + HOUR / 2)])
})
afterAll(() => emu.close())

describe('a co-owner who bound after approval but before the start', () => {
  it('is the representative: she casts, the co-owner who bound after the start cannot', async () => {
    const p3 = must(await callAs(emu, openidOf('p3'))<BallotPage>('castVote', 'ballotPage', { voteId }))
    expect(p3.parties).toEqual([expect.objectContaining({ partyId: flat201, as: 'owner', coOwned: true, blocked: null })])
    expect(await callAs(emu, openidOf('p4'))('castVote', 'ballotPage', { voteId })).toMatchObject({ ok: false, code: 'NOT_REPRESENTATIVE' })
    expect(await callAs(emu, openidOf('p4'))('castVote', 'cast', { voteId, partyId: flat201, choices })).toMatchObject({
      ok: false,
      code: 'NOT_REPRESENTATIVE',
    })
    must(await callAs(emu, openidOf('p3'))('castVote', 'cast', { voteId, partyId: flat201, choices }))
  })

  it('leaves 投票补计 nothing to confirm for the flat', async () => {
    await moveClock(emu, voteId, 'closed')
    const overview = must(await callAs(emu, STAFF.staff)<SupplementOverview>('supplementVote', 'overview', { voteId }))
    expect(overview.coOwnedPending).toEqual([])
    must(await callAs(emu, STAFF.staff)('supplementVote', 'startSupplement', { voteId }))
    must(await callAs(emu, STAFF.staff)('supplementVote', 'finishSupplement', { voteId }))
  })
})
