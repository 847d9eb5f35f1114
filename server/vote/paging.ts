import type { Database } from '../cloud'
import { rows } from '../db'

/** CloudBase returns at most 1000 documents per read in a function. */
export const PAGE = 1000

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
  const _ = db.command
  const out: T[] = []
  let last: string | undefined
  for (;;) {
    const where = last === undefined ? filter : { ...filter, _id: _.gt(last) }
    const page = await rows<T>(db.collection(collection).where(where).orderBy('_id', 'asc').field(fields).limit(PAGE))
    if (onPage) onPage(page)
    else out.push(...page)
    if (page.length < PAGE) return out
    last = page[page.length - 1]._id
  }
}
