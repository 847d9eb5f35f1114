import type { Samples } from '../../../server/permissions/samples'
import { confirmAs, freshVote } from '../../../server/vote/matrixFixtures'

const zero = { count: 0, areaCenti: 0 }

/**
 * Valid inputs for the permission matrix (test support; never imported by the function). The
 * fixture votes in 统计录入 have no figures yet, so confirming, explaining and completing answer
 * their own coded errors (not refusals); the lifecycle test walks the successful path.
 */
export const PERMISSION_SAMPLES: Samples = {
  'tallyVote.statistics': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'statistics') }) },
  'tallyVote.enterStatistics': {
    scope: 'community',
    input: async ({ world, side }) => ({
      voteId: await freshVote(world, side, 'statistics'),
      items: [{ itemId: 'i1', figures: { agree: zero, oppose: zero, abstain: zero, followMajority: zero } }],
    }),
  },
  'tallyVote.explainDifference': {
    scope: 'community', mustSucceed: false,
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'statistics'), itemId: 'i1', field: 'agree.count', explanation: '核对无误' }),
  },
  'tallyVote.confirm': {
    scope: 'community', mustSucceed: false,
    input: async ({ world, side, caller }) => ({ voteId: await freshVote(world, side, 'statistics'), as: confirmAs(caller) }),
  },
  'tallyVote.complete': { scope: 'community', mustSucceed: false, input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'statistics') }) },
  'tallyVote.result': { scope: 'community', mustSucceed: false, input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'statistics') }) },
}
