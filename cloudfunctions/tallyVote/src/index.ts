import { tallyVoteApi, VOTE_ERRORS, VOTE_LABELS } from '../../../core/api/vote'
import { defineFunction } from '../../../server/handler'
import { complete, confirm, enterStatistics, explainDifference, result, statistics } from '../../../server/vote/statistics'

/** 统计录入, reconciliation, confirmation by committee and street office, 计票完成 and the result. */
export const main = defineFunction(
  'tallyVote',
  tallyVoteApi,
  { errors: VOTE_ERRORS, labels: VOTE_LABELS },
  {
    statistics,
    enterStatistics,
    explainDifference,
    confirm,
    complete,
    result,
  },
)
