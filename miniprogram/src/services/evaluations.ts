import type { EvaluationsApi } from '@core/api/evaluations'
import type { InputOf } from '@core/api/contract'
import { cloudFunction } from './cloud'

/** The `evaluations` function (core/api/evaluations.ts): rating, replies, 有异议, 评价统计, 评价排名. */
const evaluations = cloudFunction<EvaluationsApi>('evaluations')
type In<A extends keyof EvaluationsApi> = InputOf<EvaluationsApi, A>

export const rate = (input: In<'rate'>) => evaluations('rate', input)
export const replyToRating = (input: In<'reply'>) => evaluations('reply', input)
export const objectToRating = (input: In<'object'>) => evaluations('object', input)
export const decideObjection = (input: In<'decideObjection'>) => evaluations('decideObjection', input)
export const getStatistics = (input: In<'statistics'>) => evaluations('statistics', input)
export const getRating = (input: In<'rating'>) => evaluations('rating', input)
export const listRatings = (input: In<'ratings'>) => evaluations('ratings', input)
export const getRanking = (input: In<'ranking'>) => evaluations('ranking', input)
