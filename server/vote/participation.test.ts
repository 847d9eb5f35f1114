import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { NonParticipantRow, TurnoutView } from '../../core/api/vote'
import { approvedVote, callAs, moveClock, must, openidOf, partyOf, seedVoteWorld, STAFF } from '../testing/voteScenario'
import { FRESH_MS } from './participation'

/*
 * Turnout and 未参与表决明细 are what thousands of owners and staff open on voting day: each view
 * reads the vote and one participation document (counted at most every 30 s), never the roll or
 * the ballots, so its cost does not grow with the estate.
 */

const START = Date.UTC(2025, 6, 1, 2, 0)
let emu: TestEmulator
let voteId: string
const director = () => callAs(emu, STAFF.director)
async function cast(key: string, partyId: string): Promise<void> {
  must(await callAs(emu, openidOf(key))('castVote', 'cast', { voteId, partyId, choices: { i1: 'agree', i2: 'agree' } }))
}

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await seedVoteWorld(emu)
  voteId = await approvedVote(emu)
  await moveClock(emu, voteId, 'voting')
})
afterAll(() => emu.close())

const turnout = () => director()<TurnoutView>('manageVote', 'turnout', { voteId })
const absent = (offset = 0, limit = 100) =>
  director()<{ total: number; rows: NonParticipantRow[] }>('manageVote', 'nonParticipants', { voteId, offset, limit })

describe('turnout on voting day', () => {
  // Every call first reads its caller (the handler: 3 reads side by side); a view adds 2.
  const CALLER_READS = 3

  it('costs the vote and the participation document: no roll, no ballots, no aggregate', async () => {
    await cast('p1', partyOf('1', '1', '101'))
    must(await turnout()) // the first view of the window counts
    emu.resetStats()
    const view = must(await turnout())
    expect(view.headcount.participating).toBe(1)
    expect(emu.stats()['db.reads']).toBeLessThanOrEqual(CALLER_READS + 2)
    expect(emu.stats()['db.aggregateDocuments'] ?? 0).toBe(0)
    expect(emu.stats()['db.writes'] ?? 0).toBe(0)
  })

  it('pages non-participants from the same count: one more read for the page', async () => {
    const whole = must(await absent())
    emu.resetStats()
    const page = must(await absent(2, 3))
    expect(page.total).toBe(whole.total)
    expect(page.rows).toEqual(whole.rows.slice(2, 5))
    expect(emu.stats()['db.reads']).toBeLessThanOrEqual(CALLER_READS + 3)
  })

  it('shows figures at most 30 s old, and says when they were counted', async () => {
    const before = must(await turnout())
    await cast('p2', partyOf('1', '1', '102'))
    const soon = must(await turnout())
    expect(soon.headcount.participating).toBe(before.headcount.participating)
    expect(soon.asOf).toBe(before.asOf)
    emu.clock.advance(FRESH_MS)
    const later = must(await turnout())
    expect(later.headcount.participating).toBe(before.headcount.participating + 1)
    expect(later.asOf).toBeGreaterThanOrEqual(before.asOf + FRESH_MS)
    expect(must(await absent()).rows.map((r) => r.room)).not.toContain('1-1-102')
  })

  it('a burst of views on stale figures counts once', async () => {
    emu.clock.advance(FRESH_MS)
    emu.resetStats()
    const views = await Promise.all(Array.from({ length: 40 }, () => turnout()))
    expect(views.every((v) => v.ok)).toBe(true)
    // Each view: its caller, the vote and the participation; one count: the roll, the ballots and the previous document.
    expect(emu.stats()['db.reads']).toBeLessThanOrEqual(40 * (CALLER_READS + 2) + 3)
  })
})
