import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { SupplementOverview } from '../../core/api/vote'
import { approvedVote, callAs, moveClock, must, openidOf, partyOf, seedVoteWorld, STAFF } from '../testing/voteScenario'

/*
 * 投票补计 of a co-owned flat with no representative (issue 12, item 4): both co-owners of 1-1-201
 * bound before the start and voted differently. The 补计 overview lists the flat first and says why;
 * finishing is refused, naming it, until the flat is confirmed.
 */

let emu: TestEmulator
let voteId: string
const flat201 = partyOf('1', '1', '201')
const staff = () => callAs(emu, STAFF.staff)

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: Date.UTC(2025, 8, 1, 2, 0) })
  await seedVoteWorld(emu)
  voteId = await approvedVote(emu)
  await moveClock(emu, voteId, 'voting')
  must(await callAs(emu, openidOf('p3'))('castVote', 'cast', { voteId, partyId: flat201, choices: { i1: 'agree', i2: 'agree' } }))
  must(await callAs(emu, openidOf('p4'))('castVote', 'cast', { voteId, partyId: flat201, choices: { i1: 'oppose', i2: 'agree' } }))
  await moveClock(emu, voteId, 'closed')
})
afterAll(() => emu.close())

it('lists the flat that must be confirmed, saying why', async () => {
  const overview = must(await staff()<SupplementOverview>('supplementVote', 'overview', { voteId }))
  expect(overview.coOwnedPending).toEqual([
    expect.objectContaining({
      partyId: flat201,
      rooms: ['1栋1单元201'],
      why: expect.stringContaining('2 位在投票开始前绑定了房屋，这套房没有唯一的投票代表'),
      items: [
        expect.objectContaining({ itemId: 'i1', reason: 'coOwnersDisagree' }),
        expect.objectContaining({ itemId: 'i2', reason: 'coOwnersUnconfirmed' }),
      ],
    }),
  ])
})

it('refuses to finish while it is unconfirmed, naming it; finishes once confirmed', async () => {
  must(await staff()('supplementVote', 'startSupplement', { voteId }))
  expect(await staff()('supplementVote', 'finishSupplement', { voteId })).toMatchObject({
    ok: false,
    code: 'CO_OWNED_UNCONFIRMED',
    message: expect.stringContaining('1栋1单元201'),
  })
  must(await staff()('supplementVote', 'confirmCoOwned', { voteId, partyId: flat201, choices: { i1: 'agree' } }))
  expect(await staff()('supplementVote', 'finishSupplement', { voteId })).toMatchObject({ ok: false, code: 'CO_OWNED_UNCONFIRMED' })
  must(await staff()('supplementVote', 'confirmCoOwned', { voteId, partyId: flat201, choices: { i1: 'agree', i2: 'agree' } }))
  must(await staff()('supplementVote', 'finishSupplement', { voteId }))
})
