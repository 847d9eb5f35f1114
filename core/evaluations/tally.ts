import { dimensionKeys, type EvaluationTarget } from './dimensions'

/** One dimension's figures: the sum and number of scores and how many gave each of 1…5 (index 0 = 1 star). */
export interface DimensionTally {
  sum: number
  count: number
  distribution: [number, number, number, number, number]
}

/** A target's figures for one period: the number of current ratings and each dimension's tally. */
export interface Tally {
  ratings: number
  dimensions: Record<string, DimensionTally>
}

export type Scores = Record<string, number>

export function emptyTally(target: EvaluationTarget): Tally {
  return {
    ratings: 0,
    dimensions: Object.fromEntries(dimensionKeys(target).map((k) => [k, { sum: 0, count: 0, distribution: [0, 0, 0, 0, 0] }])),
  }
}

/**
 * The change one rating makes to a tally, as `$inc` amounts on dotted paths: a new rating adds its
 * scores, a replaced one also takes the old scores away. Pure, so the stored aggregates and a
 * recount from the ratings are the same fold (tally.test.ts).
 */
export function tallyIncrements(next: Scores, previous: Scores | null): Record<string, number> {
  const inc: Record<string, number> = {}
  const add = (path: string, by: number) => {
    inc[path] = (inc[path] ?? 0) + by
    if (inc[path] === 0) delete inc[path]
  }
  if (!previous) add('ratings', 1)
  for (const [key, score] of Object.entries(next)) {
    add(`dimensions.${key}.sum`, score)
    add(`dimensions.${key}.count`, 1)
    add(`dimensions.${key}.distribution.${score - 1}`, 1)
  }
  for (const [key, score] of Object.entries(previous ?? {})) {
    add(`dimensions.${key}.sum`, -score)
    add(`dimensions.${key}.count`, -1)
    add(`dimensions.${key}.distribution.${score - 1}`, -1)
  }
  return inc
}

/** Applies `$inc` amounts to a tally (what the database does; the property test's recount uses it). */
export function applyIncrements(tally: Tally, inc: Record<string, number>): Tally {
  const copy = JSON.parse(JSON.stringify(tally)) as Tally
  for (const [path, by] of Object.entries(inc)) {
    const parts = path.split('.')
    let at: Record<string, unknown> = copy as unknown as Record<string, unknown>
    for (const p of parts.slice(0, -1)) at = at[p] as Record<string, unknown>
    const last = parts[parts.length - 1]
    at[last] = ((at[last] as number | undefined) ?? 0) + by
  }
  return copy
}

/** The mean of a rating's scores, its overall score. */
export function overall(scores: Scores): number {
  const values = Object.values(scores)
  return values.reduce((a, b) => a + b, 0) / values.length
}

/** The tally's mean over all dimensions (null with no ratings). */
export function tallyMean(tally: Pick<Tally, 'dimensions'>): number | null {
  let sum = 0
  let count = 0
  for (const d of Object.values(tally.dimensions)) {
    sum += d.sum
    count += d.count
  }
  return count === 0 ? null : sum / count
}
