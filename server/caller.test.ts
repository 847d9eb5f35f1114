import { startTestEmulator, type TestEmulator } from '../emulator/testing'
import { loadCaller, roleReaches } from './caller'
import { getDb } from './cloud'
import { callAs, must, seedVoteWorld, STAFF, openidOf, approvedVote, COMMUNITY } from './testing/voteScenario'

/*
 * The handler loads only the kinds of role an action's permission entry names (server/caller.ts):
 * a vote action open to staff spends one read on the caller, one open to owners two.
 */
const START = Date.UTC(2025, 2, 1, 2, 0)
let emu: TestEmulator

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await seedVoteWorld(emu)
  // One person who is an owner, a delegate and the committee's staff at once.
  await emu.insert('roles', [{ _id: 'r-owner-staff', openid: openidOf('p1'), role: 'staff', communityId: COMMUNITY._id, status: 'active' }])
  await emu.insert('delegations', [
    {
      _id: 'dlg-p2-to-p1',
      communityId: COMMUNITY._id,
      unitId: 'x',
      ownerPersonId: 'p2',
      delegateOpenid: openidOf('p1'),
      voteId: null,
      until: new Date(Date.UTC(2099, 0, 1)),
      status: 'active',
    },
  ])
})
afterAll(() => emu.close())

async function reads<T>(run: () => Promise<T>): Promise<[T, number]> {
  emu.resetStats()
  const value = await run()
  return [value, emu.stats()['db.reads'] ?? 0]
}

describe('loadCaller with the roles an action may use', () => {
  const load = (only?: readonly string[]) =>
    reads(async () => (await loadCaller(getDb(), openidOf('p1'), false, START, only)).roles.map((r) => r.role).sort())

  it.each([
    ['every role (no entry)', undefined, ['delegate', 'owner', 'staff'], 3],
    ['every role for anyone', ['anyone'], ['delegate', 'owner', 'staff'], 3],
    ['grants only for staff actions', ['director', 'staff'], ['staff'], 1],
    ['bindings and delegations for owner actions', ['owner', 'delegate'], ['delegate', 'owner'], 2],
    ['bindings and grants for a mixed entry', ['director', 'owner'], ['owner', 'staff'], 2],
    ['nothing for the console alone', ['console'], [], 0],
  ])('%s', async (_name, only, roles, count) => {
    expect(await load(only)).toEqual([roles, count])
  })
})

describe('vote actions through the handler', () => {
  it('a staff action reads the caller once and still refuses owners', async () => {
    const voteId = await approvedVote(emu)
    const [view, count] = await reads(async () =>
      must(await callAs(emu, STAFF.staff)<{ voteId: string }>('tallyVote', 'statistics', { voteId })),
    )
    expect(view.voteId).toBe(voteId)
    expect(count).toBe(2) // the caller's role grants, then the vote
    expect(await callAs(emu, openidOf('p2'))('tallyVote', 'statistics', { voteId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('an owner action still sees the owner and delegate roles, and refuses staff', async () => {
    const voteId = await approvedVote(emu)
    expect((await callAs(emu, openidOf('p2'))('castVote', 'ballotPage', { voteId })).ok).toBe(true)
    expect((await callAs(emu, STAFF.delegate)('castVote', 'ballotPage', { voteId })).ok).toBe(true)
    expect(await callAs(emu, STAFF.staff)('castVote', 'ballotPage', { voteId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

describe('roleReaches for a street reviewer', () => {
  const community = { _id: 'c1', street: '新安街道', district: '宝安区' }
  const reviewer = (district: string | undefined) => ({
    role: 'streetReviewer' as const,
    street: '新安街道',
    district,
    status: 'active' as const,
  })

  it('reaches her street in her own district only (street names repeat across districts)', () => {
    expect(roleReaches(reviewer('宝安区'), community)).toBe(true)
    expect(roleReaches(reviewer('龙华区'), community)).toBe(false)
    expect(roleReaches(reviewer(undefined), community)).toBe(false)
  })
})
