import type { Database } from './cloud'
import type { CollectionDocs, CollectionName } from './collections'
import type { ErrorCode } from '../core/api/errors'
import { fail, Failure } from './handler'

/*
 * The generic database helpers, in one place. wx-server-sdk's typings return `string | void |
 * IQueryResult` (callback overloads); these name the shapes we actually get so call sites stay typed.
 */

/** A query over documents of type T: what `collection(db, name)` and its chained calls give. */
export interface TypedQuery<T> {
  where(filter: object): TypedQuery<T>
  /** The projected fields (and `_id`) are what the documents then hold. */
  field<P extends { [K in keyof T]?: true }>(projection: P): TypedQuery<Pick<T, Extract<keyof P | '_id', keyof T>>>
  orderBy(field: string, order: 'asc' | 'desc'): TypedQuery<T>
  skip(offset: number): TypedQuery<T>
  limit(max: number): TypedQuery<T>
  get(): Promise<{ data: T[] }>
  count(): Promise<{ total: number }>
  update(options: { data: object }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

/** One document by id (also inside a transaction, where it is the only kind of read). */
export interface TypedDocument<T> {
  get(): Promise<{ data: T }>
  set(options: { data: object }): Promise<unknown>
  update(options: { data: object }): Promise<unknown>
  remove(): Promise<unknown>
}

export interface TypedCollection<T> extends TypedQuery<T> {
  doc(id: string): TypedDocument<T>
  add(options: { data: object }): Promise<{ _id: string }>
}

/** A transaction's handle: single-document reads and writes by id only. */
export type Tx = Pick<Database, 'collection'>

/**
 * A collection whose reads are typed with its one document type (server/collections/). The same
 * object as `db.collection(name)`: no extra round trip, only types.
 */
export function collection<N extends CollectionName>(db: Tx, name: N): TypedCollection<CollectionDocs[N]> {
  return db.collection(name) as unknown as TypedCollection<CollectionDocs[N]>
}

export async function rows<T>(query: TypedQuery<T>): Promise<T[]>
export async function rows<T>(query: { get(): unknown }): Promise<T[]>
export async function rows<T>(query: { get(): unknown }): Promise<T[]> {
  const result = (await query.get()) as { data: T[] }
  return result.data
}

export async function firstRow<T>(query: TypedQuery<T>): Promise<T | undefined>
export async function firstRow<T>(query: { get(): unknown }): Promise<T | undefined>
export async function firstRow<T>(query: { get(): unknown }): Promise<T | undefined> {
  return (await rows<T>(query))[0]
}

/** One document by id, or a NOT_FOUND failure with the given Chinese message. */
export async function mustFind<N extends CollectionName>(db: Database, name: N, id: string, message: string): Promise<CollectionDocs[N]> {
  const doc = await firstRow(collection(db, name).where({ _id: id }).limit(1))
  if (!doc) fail('NOT_FOUND', message)
  return doc
}

/** Whether a document exists, read inside a transaction (where reading a missing document throws). */
export async function existsIn(ref: { get(): unknown }): Promise<boolean> {
  return Boolean(await readIn(ref))
}

/** One document read inside a transaction, or null when it does not exist. */
export async function readIn<T>(ref: { get(): unknown }): Promise<T | null> {
  try {
    return (((await ref.get()) as { data: T | null }).data ?? null) as T | null
  } catch (e) {
    if (/does not exist/.test((e as Error).message ?? '')) return null
    throw e
  }
}

/**
 * Runs `run` as one transaction; one that loses a race (a document another transaction holds) is run
 * again after a short random pause, growing each time, up to `attempts` runs in all, so a burst of
 * writers to one document takes turns; still losing, it answers `onConflict`. A coded failure
 * inside aborts it, writing nothing.
 */
export async function inTransaction<T>(db: Database, run: (tx: Tx) => Promise<T>, onConflict: ErrorCode, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await db.runTransaction(run, 0)) as T
    } catch (e) {
      if (e instanceof Failure || !isConflict(e)) throw e
      if (attempt >= attempts) fail(onConflict)
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 10 * 2 ** attempt)))
  }
}

/** Dates come back from the database as Date objects, or as text through some transports. */
export function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value)
}

/** The text of a database error, whatever the SDK put it in. */
function errorText(e: unknown): string {
  if (typeof e !== 'object' || e === null) return String(e)
  const r = e as { errMsg?: unknown; message?: unknown; code?: unknown; errCode?: unknown }
  return [r.errMsg, r.message, r.code, r.errCode].filter((x) => x !== undefined).join(' ')
}

/** A write lost a race (transaction conflict). */
export function isConflict(e: unknown): boolean {
  return /conflict|冲突|TRANSACTION/i.test(errorText(e))
}

/** An insert hit an existing `_id` (CloudBase: duplicate key, -501001 family). */
export function isDuplicate(e: unknown): boolean {
  return /duplicate|E11000|already exists|重复/i.test(errorText(e))
}
