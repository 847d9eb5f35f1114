import type { EvaluationTarget } from '../../core/evaluations/dimensions'

/* Deterministic ids: a retry or a concurrent duplicate lands on the same document. */

export const ratingId = (target: EvaluationTarget, unitId: string, period: string) => `${target}:${unitId}:${period}`
export const statsId = (target: EvaluationTarget, communityId: string, period: string) => `${target}:${communityId}:${period}`
export const boardId = (period: string) => `board:${period}`
