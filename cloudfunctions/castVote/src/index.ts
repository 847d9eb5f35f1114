import { castVoteApi, VOTE_ERRORS, VOTE_LABELS } from '../../../core/api/vote'
import { defineFunction } from '../../../server/handler'
import { cast } from '../../../server/vote/cast'
import { ballotPage, myBallots, openVotes } from '../../../server/vote/owner'
import { verifyReceipt } from '../../../server/vote/receipt'
import { noticeStatus, subscribe } from '../../../server/vote/subscriptions'

/** The owner's side of the vote: open votes, the ballot, casting (and changing) it, receipts, vote notices. */
export const main = defineFunction(
  'castVote',
  castVoteApi,
  { errors: VOTE_ERRORS, labels: VOTE_LABELS },
  {
    openVotes,
    ballotPage,
    cast,
    myBallots,
    verifyReceipt,
    noticeStatus,
    subscribe,
  },
)
