import type { Samples } from '../../../server/permissions/samples'
import { coOwnedParty, freshVote } from '../../../server/vote/matrixFixtures'

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'supplementVote.overview': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'supplementing') }) },
  'supplementVote.startSupplement': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'closed') }) },
  'supplementVote.findRoom': {
    scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'supplementing'), building: '9', unitNo: '1', room: '101' }),
  },
  'supplementVote.enterPaper': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'supplementing'), building: '9', unitNo: '1', room: '101', choices: { i1: 'agree' } }),
  },
  'supplementVote.confirmCoOwned': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'supplementing'), partyId: coOwnedParty(world, side), choices: { i1: 'oppose' } }),
  },
  'supplementVote.finishSupplement': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'supplementing') }) },
  'supplementVote.enterFollow': {
    scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'followMajority'), building: '9', unitNo: '1', room: '101' }),
  },
  'supplementVote.finishFollowMajority': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'followMajority') }) },
}
