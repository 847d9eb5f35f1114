import { z } from 'zod'

/*
 * One way to page a list: the request says where to start (`offset`) and how many (`limit`, at
 * most the action's declared maximum); the answer gives the rows and where the next page starts
 * (`nextOffset`, null at the end).
 */

export interface PageOptions {
  /** The most rows one answer may carry. */
  max: number
  /** How many when the request does not say. */
  size?: number
}

/** Deepest offset any list accepts: farther than a person pages, short of the database's limits. */
export const MAX_OFFSET = 1_000_000

export function PageInput({ max, size = Math.min(20, max) }: PageOptions) {
  return z.object({
    offset: z.number().int('起始位置应为整数').min(0, '起始位置不能为负').max(MAX_OFFSET, '起始位置太大').default(0),
    limit: z.number().int('每页条数应为整数').min(1, '每页至少1条').max(max, `每页最多${max}条`).default(size),
  })
}

export interface Page<T> {
  rows: T[]
  /** Where the next page starts; null when these are the last rows. */
  nextOffset: number | null
}

/** Where the next page starts after a read of `limit` rows from `offset` that found `found`: a full page may have more. */
export function nextOffsetOf(offset: number, limit: number, found: number): number | null {
  return found >= limit ? offset + limit : null
}
