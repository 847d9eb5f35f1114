import { supplementVoteApi, VOTE_ERRORS, VOTE_LABELS } from '../../../core/api/vote'
import { defineFunction } from '../../../server/handler'
import {
  confirmCoOwned,
  enterFollow,
  enterPaper,
  findRoomAction,
  finishFollowMajority,
  finishSupplement,
  overview,
  startSupplement,
} from '../../../server/vote/supplement'

/** 投票补计 (paper ballots by room, co-owned confirmations) and 确认从众 entries, after voting closes. */
export const main = defineFunction(
  'supplementVote',
  supplementVoteApi,
  { errors: VOTE_ERRORS, labels: VOTE_LABELS },
  {
    overview,
    startSupplement,
    findRoom: findRoomAction,
    enterPaper,
    confirmCoOwned,
    finishSupplement,
    enterFollow,
    finishFollowMajority,
  },
)
