import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { RoomView, StatisticsView, SupplementOverview } from '../../core/api/vote'
import type { Result } from '../../core/result'
import {
  approvedVote,
  callAs,
  COMMUNITY,
  counts,
  moveClock,
  must,
  openidOf,
  partyOf,
  personId,
  seedVoteWorld,
  STAFF,
} from '../testing/voteScenario'

/*
 * 投票补计 and 确认从众 on a vote where p3 was the only co-owner of 1栋1单元201 bound before the start
 * (so she represents the flat), p5 voted herself after her delegate, and p6 voted both ways.
 */

let emu: TestEmulator
let voteId: string
let noFollow: string
const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.code)
const staff = () => callAs(emu, STAFF.staff)
const room = (building: string, r: string) => ({ voteId, building, unitNo: '1', room: r })
const cast = (openid: string, partyId: string, i1: string, i2: string) =>
  callAs(emu, openid)('castVote', 'cast', { voteId, partyId, choices: { i1, i2 } })

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: Date.UTC(2025, 6, 1) })
  await seedVoteWorld(emu, { bound: ['p1', 'p2', 'p3', 'p5', 'p6', 'p7', 'p8'] })
  voteId = await approvedVote(emu)
  noFollow = await approvedVote(emu, { followMajorityCounts: false })
  await moveClock(emu, voteId, 'voting')
  // p4 binds after the start: p3 represents the flat, so p4 may not cast for it (only p3's would count).
  await emu.insert('bindings', [
    {
      _id: `${COMMUNITY._id}:${personId('p4')}`,
      openid: openidOf('p4'),
      personId: personId('p4'),
      communityId: COMMUNITY._id,
      boundAt: new Date(emu.clock.now()),
    },
  ])
  must(await cast(openidOf('p3'), partyOf('1', '1', '201'), 'agree', 'agree'))
  expect(codeOf(await cast(openidOf('p4'), partyOf('1', '1', '201'), 'oppose', 'oppose'))).toBe('NOT_REPRESENTATIVE')
  must(await cast(STAFF.delegate, partyOf('2', '1', '101'), 'oppose', 'oppose'))
  must(await cast(openidOf('p5'), partyOf('2', '1', '101'), 'agree', 'abstain'))
  must(await cast(openidOf('p6'), partyOf('2', '1', '102'), 'agree', 'agree'))
})
afterAll(() => emu.close())

it('refuses paper entries while voting is open, writing nothing', async () => {
  const before = await counts(emu)
  expect(codeOf(await staff()('supplementVote', 'enterPaper', { ...room('2', '104'), choices: { i1: 'agree' } }))).toBe('WRONG_STATE')
  expect(codeOf(await staff()('supplementVote', 'startSupplement', { voteId }))).toBe('WRONG_STATE')
  expect(await counts(emu)).toEqual(before)
})

describe('after the end', () => {
  beforeAll(async () => moveClock(emu, voteId, 'closed'))

  it('refuses, writing nothing: an unknown room, an item not in the vote, a flat that needs no confirmation, the wrong people', async () => {
    const before = await counts(emu)
    const answers = await Promise.all([
      staff()('supplementVote', 'enterPaper', { ...room('9', '901'), choices: { i1: 'agree' } }),
      staff()('supplementVote', 'enterPaper', { ...room('2', '104'), choices: { i7: 'agree' } }),
      staff()('supplementVote', 'confirmCoOwned', { voteId, partyId: partyOf('1', '1', '201'), choices: { i1: 'agree' } }),
      staff()('supplementVote', 'confirmCoOwned', { voteId, partyId: 'party:nowhere', choices: { i1: 'agree' } }),
      callAs(emu, openidOf('p1'))('supplementVote', 'enterPaper', { ...room('2', '104'), choices: { i1: 'agree' } }),
      callAs(emu, STAFF.otherDirector)('supplementVote', 'enterPaper', { ...room('2', '104'), choices: { i1: 'agree' } }),
      staff()('supplementVote', 'enterFollow', room('2', '104')),
    ])
    expect(answers.map(codeOf)).toEqual([
      'UNKNOWN_ROOM',
      'ITEM_NOT_IN_VOTE',
      'NOT_CO_OWNED_CASE',
      'UNKNOWN_ROOM',
      'FORBIDDEN',
      'FORBIDDEN',
      'WRONG_STATE',
    ])
    expect(await counts(emu)).toEqual(before)
  })

  it('finds a room with what is recorded for it; the electronic ballot stands over paper', async () => {
    must(await staff()('supplementVote', 'enterPaper', { ...room('2', '102'), choices: { i1: 'oppose', i2: 'oppose' } }))
    const found = must(await staff()<RoomView>('supplementVote', 'findRoom', room('2', '102')))
    expect(found).toMatchObject({
      partyId: partyOf('2', '1', '102'),
      owners: ['周*'],
      electronic: true,
      paper: { channel: 'paper', electronicStands: true },
    })
  })

  it('needs no confirmation for a co-owned flat whose one bound co-owner represents it', async () => {
    const overview = must(await staff()<SupplementOverview>('supplementVote', 'overview', { voteId }))
    expect(overview.coOwnedPending).toEqual([])
    must(await staff()('supplementVote', 'finishSupplement', { voteId }))
  })

  it('takes 从众 entries only in 确认从众 and only when the rules use it', async () => {
    expect(codeOf(await staff()('supplementVote', 'enterPaper', { ...room('2', '104'), choices: { i1: 'agree' } }))).toBe('WRONG_STATE')
    must(await staff()('supplementVote', 'enterFollow', { ...room('2', '104'), itemIds: ['i1'] }))
    expect(codeOf(await staff()('supplementVote', 'enterFollow', { ...room('2', '105'), itemIds: ['i9'] }))).toBe('ITEM_NOT_IN_VOTE')
    await moveClock(emu, noFollow, 'closed')
    must(await staff()('supplementVote', 'startSupplement', { voteId: noFollow }))
    must(await staff()('supplementVote', 'finishSupplement', { voteId: noFollow }))
    expect(codeOf(await staff()('supplementVote', 'enterFollow', { voteId: noFollow, building: '2', unitNo: '1', room: '104' }))).toBe(
      'FOLLOW_MAJORITY_DISABLED',
    )
  })

  it('counts: the representative for the flat, the owner over her delegate, electronic over paper', async () => {
    const stats = must(await staff()<StatisticsView>('supplementVote', 'finishFollowMajority', { voteId }))
    const i1 = stats.computed?.items.find((i) => i.itemId === 'i1')
    // 1栋1单元201: p3 (12000) agree, not p4's oppose; 2栋1单元101: p5's own agree, not her delegate's oppose;
    // 2栋1单元102: the electronic agree, not the paper oppose; 2栋1单元104: the 从众 entry.
    expect(i1?.figures).toEqual({
      agree: { count: 3, areaCenti: 28000 },
      oppose: { count: 0, areaCenti: 0 },
      abstain: { count: 0, areaCenti: 0 },
      followMajority: { count: 1, areaCenti: 8000 },
    })
    const i2 = stats.computed?.items.find((i) => i.itemId === 'i2')
    expect(i2?.figures).toMatchObject({ agree: { count: 2, areaCenti: 20000 }, abstain: { count: 1, areaCenti: 8000 } })
  })
})
