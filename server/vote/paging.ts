import type { Database } from '../cloud'
import { rows } from '../db'

/** CloudBase returns at most 1000 documents per read in a function. */
export const PAGE = 1000

/**
 * Reads one function keeps in flight at once. CloudBase allows 20 simultaneous database
 * connections per environment; a count leaves the rest to the roll read and to other callers.
 */
export const PARALLEL_READS = 12

/**
 * Every document matching `filter`, in pages of 1000 keyed on `_id` (never `skip`, which gets
 * slower with depth): ⌈n/1000⌉ reads, plus one when n is an exact multiple of 1000.
 */
export async function readAll<T extends { _id: string }>(
  db: Database,
  collection: string,
  filter: Record<string, unknown>,
  fields: Record<string, boolean>,
  onPage?: (page: T[]) => void,
): Promise<T[]> {
  return readRange<T>(db, collection, filter, fields, undefined, undefined, onPage)
}

/**
 * The documents with `from ≤ _id < to` (either end open when undefined), paged on `_id` like
 * readAll. Each read names both ends, so the database only ever looks inside the range.
 */
async function readRange<T extends { _id: string }>(
  db: Database,
  collection: string,
  filter: Record<string, unknown>,
  fields: Record<string, boolean>,
  from: string | undefined,
  to: string | undefined,
  onPage?: (page: T[]) => void,
): Promise<T[]> {
  const _ = db.command
  const out: T[] = []
  let last: string | undefined
  for (;;) {
    const lower = last !== undefined ? _.gt(last) : from !== undefined ? _.gte(from) : undefined
    const upper = to !== undefined ? _.lt(to) : undefined
    const id = lower && upper ? lower.and(upper) : (lower ?? upper)
    const where = id === undefined ? filter : { ...filter, _id: id }
    const page = await rows<T>(db.collection(collection).where(where).orderBy('_id', 'asc').field(fields).limit(PAGE))
    if (onPage) onPage(page)
    else out.push(...page)
    if (page.length < PAGE) return out
    last = page[page.length - 1]._id
  }
}

/**
 * What readAll answers (every match, ascending `_id`), read as `_id` ranges side by side: the
 * ranges (…, b₀), [b₀, b₁), …, [bₖ, …) cover every id whatever `bounds` holds, and each is paged
 * like readAll, so the bounds only decide how many reads it takes, never what is read. Bounds
 * from `rangeBounds` over an earlier read of the same documents make it one read per range;
 * bounds that are not strictly ascending are ignored (one range, as readAll).
 */
export async function readRanges<T extends { _id: string }>(
  db: Database,
  collection: string,
  filter: Record<string, unknown>,
  fields: Record<string, boolean>,
  bounds: readonly string[],
): Promise<T[]> {
  const ascending = bounds.every((b, i) => typeof b === 'string' && (i === 0 || bounds[i - 1] < b))
  const cuts = ascending ? bounds : []
  const ranges = Array.from({ length: cuts.length + 1 }, (_unused, i) => [cuts[i - 1], cuts[i]] as const)
  const parts = await inParallel(ranges, PARALLEL_READS, ([from, to]) => readRange<T>(db, collection, filter, fields, from, to))
  return parts.flat()
}

/**
 * The ids that split `sorted` (ascending `_id`, e.g. readAll's answer) into runs of `per`
 * documents: PAGE − 1 by default, so a later readRanges over the same documents finds every
 * range short of a full page and needs no read to learn it has reached the end.
 */
export function rangeBounds(sorted: ReadonlyArray<{ _id: string }>, per = PAGE - 1): string[] {
  const out: string[] = []
  for (let i = per; i < sorted.length; i += per) out.push(sorted[i]._id)
  return out
}

/** `run` over every item with at most `limit` running at once; answers in the items' order. */
async function inParallel<I, O>(items: readonly I[], limit: number, run: (item: I) => Promise<O>): Promise<O[]> {
  const out = new Array<O>(items.length)
  let next = 0
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++
      out[i] = await run(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}
