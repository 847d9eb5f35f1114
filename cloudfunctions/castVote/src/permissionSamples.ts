import type { Samples } from '../../../server/permissions/samples'
import { coOwnedParty, freshVote } from '../../../server/vote/matrixFixtures'
import { VOTE_TEMPLATES } from '../../../server/vote/notify'

/**
 * Valid inputs for the permission matrix (test support; never imported by the function). The
 * world's owners hold no flat in the fixture roll, so a permitted cast answers NOT_YOUR_UNIT:
 * the matrix checks the door, castVote.test.ts what happens inside.
 */
export const PERMISSION_SAMPLES: Samples = {
  'castVote.openVotes': { scope: 'self', input: () => ({}) },
  'castVote.ballotPage': { scope: 'community', mustSucceed: false, input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }) },
  'castVote.cast': {
    scope: 'community', mustSucceed: false,
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting'), partyId: coOwnedParty(world, side), choices: { i1: 'agree' } }),
  },
  'castVote.myBallots': { scope: 'self', input: () => ({}) },
  // Not tallied yet: a valid check answers NOT_PUBLISHED.
  'castVote.verifyReceipt': {
    scope: 'community', mustSucceed: false,
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'statistics'), receipt: 'ABCD-EFGH-JKMN' }),
  },
  'castVote.noticeStatus': { scope: 'self', input: () => ({}) },
  'castVote.subscribe': { scope: 'self', input: () => ({ templateIds: [VOTE_TEMPLATES.opened, VOTE_TEMPLATES.reminder] }) },
}
