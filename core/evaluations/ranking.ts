/**
 * The ranking's score, which does not reward a handful of ratings (issue 10, manual 七):
 *
 *   score = (n·mean + k·m) / (n + k)
 *
 * n the number of ratings, mean their unshrunk mean (1–5), m the mean of the whole district (or of
 * the city for companies), k = SHRINKAGE_K pseudo-ratings. Below MIN_RATINGS a target is not ranked
 * ("数据不足"); its n and mean are still shown.
 */
export const SHRINKAGE_K = 10
export const MIN_RATINGS = 5

export interface RankInput {
  key: string
  /** Sum of the overall scores of the current ratings and their number. */
  sum: number
  n: number
  /** The mean the score shrinks toward (the district's, or the city's). */
  prior: number
}

export interface Ranked {
  key: string
  n: number
  mean: number | null
  score: number | null
  /** 1-based place among the ranked; null when 数据不足. */
  rank: number | null
}

export function shrunk(sum: number, n: number, prior: number, k = SHRINKAGE_K): number {
  return (sum + k * prior) / (n + k)
}

/** Ranks by shrunk score, highest first; those with fewer than MIN_RATINGS follow, unranked. */
export function rank(inputs: readonly RankInput[], min = MIN_RATINGS, k = SHRINKAGE_K): Ranked[] {
  const scored = inputs.map((i) => ({
    key: i.key,
    n: i.n,
    mean: i.n > 0 ? i.sum / i.n : null,
    score: i.n >= min ? shrunk(i.sum, i.n, i.prior, k) : null,
  }))
  const ranked = scored.filter((s) => s.score !== null).sort((a, b) => b.score! - a.score! || b.n - a.n || a.key.localeCompare(b.key))
  const rest = scored.filter((s) => s.score === null).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key))
  return [...ranked.map((s, i) => ({ ...s, rank: i + 1 })), ...rest.map((s) => ({ ...s, rank: null }))]
}
