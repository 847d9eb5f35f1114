import { Query } from 'mingo'
import type { AnyObject } from 'mingo/types/types'
import { type Doc, fromStored, toStored } from './ejson'
import { invalidParam, requestFailed } from './errors'
import { planFilter, type Plan } from './planner'
import type { DocId, SqlStore } from './sql-store'

/**
 * Reads over committed data: SQL narrows (see planner.ts), mingo decides. Sorting, skipping
 * and projection follow MongoDB through mingo's cursor.
 */

export interface FindOptions {
  order?: Record<string, 1 | -1>
  offset?: number
  limit: number
  projection?: Record<string, unknown>
}

export function plan(store: SqlStore, collection: string, filter: unknown): Plan {
  return planFilter(filter, { kindsAt: (path) => store.kindsAt(collection, path) })
}

function compile(filter: unknown): Query {
  if (filter !== undefined && (filter === null || typeof filter !== 'object' || Array.isArray(filter))) {
    throw invalidParam('query must be an object')
  }
  try {
    return new Query((filter ?? {}) as AnyObject)
  } catch (e) {
    throw requestFailed((e as Error).message) // unknown operator, bad regex…
  }
}

/** Matching documents as stored texts, already sorted/skipped/limited/projected. */
export function findTexts(store: SqlStore, collection: string, filter: unknown, opts: FindOptions): string[] {
  const p = plan(store, collection, filter)
  const offset = opts.offset ?? 0
  const hasOrder = opts.order !== undefined && Object.keys(opts.order).length > 0
  if (!hasOrder && p.exact) {
    const texts = store.page(collection, p.where, p.params, opts.limit, offset)
    return opts.projection
      ? projectTexts(
          texts.map((t) => fromStored(t)),
          opts.projection,
        )
      : texts
  }
  const query = compile(filter)
  if (!hasOrder) {
    // Stream in storage order and stop as soon as the page is full.
    const docs: Doc[] = []
    let skipped = 0
    for (const text of store.iterate(collection, p.where, p.params)) {
      const doc = fromStored(text)
      if (!query.test(doc)) continue
      if (skipped < offset) {
        skipped++
        continue
      }
      docs.push(doc)
      if (docs.length >= opts.limit) break
    }
    return opts.projection ? projectTexts(docs, opts.projection) : docs.map(toStored)
  }
  const all = matchingDocs(store, collection, filter, p, query)
  return userError(() => {
    const cursor = new Query({}).find(all, opts.projection as AnyObject | undefined).sort(opts.order as AnyObject)
    return cursor.skip(offset).limit(opts.limit).all().map(toStored)
  })
}

/** Applies a find() projection (MongoDB rules: `_id` stays unless excluded). */
export function projectTexts(docs: Doc[], projection: Record<string, unknown>): string[] {
  return userError(() =>
    new Query({})
      .find(docs, projection as AnyObject)
      .all()
      .map(toStored),
  )
}

/** mingo rejects bad sort/projection specs by throwing; answer those as a failed request. */
function userError<T>(fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    throw requestFailed((e as Error).message)
  }
}

/** Every committed document matching the filter (storage order). */
export function matchingDocs(
  store: SqlStore,
  collection: string,
  filter: unknown,
  p = plan(store, collection, filter),
  query?: Query,
): Doc[] {
  const out: Doc[] = []
  const q = p.exact ? undefined : (query ?? compile(filter))
  for (const text of store.iterate(collection, p.where, p.params)) {
    const doc = fromStored(text)
    if (!q || q.test(doc)) out.push(doc)
  }
  return out
}

/** The first `max` matching documents (storage order). */
export function firstMatches(store: SqlStore, collection: string, filter: unknown, max: number): Doc[] {
  const p = plan(store, collection, filter)
  const q = p.exact ? undefined : compile(filter)
  const out: Doc[] = []
  for (const text of p.exact ? store.page(collection, p.where, p.params, max, 0) : store.iterate(collection, p.where, p.params)) {
    const doc = fromStored(text)
    if (q && !q.test(doc)) continue
    out.push(doc)
    if (out.length >= max) break
  }
  return out
}

export function countMatches(store: SqlStore, collection: string, filter: unknown): number {
  const p = plan(store, collection, filter)
  if (p.exact) return store.count(collection, p.where, p.params)
  const query = compile(filter)
  let n = 0
  for (const text of store.iterate(collection, p.where, p.params)) if (query.test(fromStored(text))) n++
  return n
}

export function getById(store: SqlStore, collection: string, id: DocId): Doc | null {
  const text = store.getText(collection, id)
  return text === null ? null : fromStored(text)
}

/** The `_id` a DOC request targets (`{ _id: X }` is what the SDK sends). */
export function docIdOf(filter: unknown): DocId {
  const id = (filter as { _id?: unknown } | undefined)?._id
  if (typeof id === 'string' || typeof id === 'number') return id
  throw invalidParam('a document request needs query {_id: <string|number>}')
}
