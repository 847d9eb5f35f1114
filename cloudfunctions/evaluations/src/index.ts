import { EVALUATION_ERRORS, EVALUATION_LABELS, evaluationsApi } from '../../../core/api/evaluations'
import { defineFunction } from '../../../server/handler'
import { setPropertyService } from '../../../server/evaluations/property'
import { rate } from '../../../server/evaluations/rate'
import { decideObjection, object, reply } from '../../../server/evaluations/respond'
import { ranking } from '../../../server/evaluations/ranking'
import { rating, ratings, statistics } from '../../../server/evaluations/statistics'

/** 业主评价: rate, reply, 有异议 and its decision, 评价统计, 评价排名, and the operator's property service settings. */
export const main = defineFunction(
  'evaluations',
  evaluationsApi,
  { errors: EVALUATION_ERRORS, labels: EVALUATION_LABELS },
  { setPropertyService, rate, reply, object, decideObjection, statistics, rating, ratings, ranking },
)
