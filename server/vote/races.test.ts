import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { VoteDetail } from '../../core/api/vote'
import { callAs, draftInput, must, seedVoteWorld, STAFF } from '../testing/voteScenario'

/*
 * Concurrent requests on one vote (issue 12, item 8): many approvals of one application at once
 * give exactly one approval and a coded refusal for every other, never INTERNAL, and the roll the
 * approval froze is whole.
 */

const START = Date.UTC(2025, 5, 1, 2, 0)
let emu: TestEmulator
beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await seedVoteWorld(emu)
})
afterAll(() => emu.close())

describe('12 street reviewers approving one vote at once', () => {
  it('approve it once; the others get a coded refusal', async () => {
    const director = callAs(emu, STAFF.director)
    const draft = must(await director<VoteDetail>('manageVote', 'createDraft', draftInput(emu.clock.now())))
    must(await director('manageVote', 'submit', { voteId: draft.id }))
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => callAs(emu, STAFF.reviewer)<VoteDetail>('manageVote', 'approve', { voteId: draft.id })),
    )
    const codes = answers.map((a) => (a.ok ? 'ok' : a.code))
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1)
    expect(codes.filter((c) => c !== 'ok' && !['VOTE_CHANGED', 'WRONG_STATE'].includes(c))).toEqual([])
    const vote = must(await director<VoteDetail>('manageVote', 'get', { voteId: draft.id }))
    expect(vote).toMatchObject({ state: 'approved', roll: { units: 12, headcount: 10 } })
    const entries = await emu.query('voteEntries', { voteId: draft.id })
    expect(entries.filter((e) => (e as { kind: string }).kind === 'roll')).toHaveLength(1)
    const approvals = await emu.query('audit', { targetId: draft.id, action: 'approve' })
    expect(approvals).toHaveLength(1)
  })
})
