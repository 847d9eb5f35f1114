import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import { firstRow, rows } from '../db'
import { fail } from '../handler'
import type { BindingDoc, RoleDoc } from './docs'

/** Names of the given communities, in one read. */
export async function communityNames(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (unique.length === 0) return new Map()
  const found = await rows<{ _id: string; name: string }>(db.collection(COLLECTIONS.communities)
    .where({ _id: db.command.in(unique) }).field({ name: true }).limit(1000))
  return new Map(found.map((c) => [c._id, c.name]))
}

export async function bindingsOf(db: Database, openid: string): Promise<BindingDoc[]> {
  return rows<BindingDoc>(db.collection(COLLECTIONS.bindings).where({ openid })
    .field({ openid: true, personId: true, communityId: true }).limit(1000))
}

export async function roleDocsOf(db: Database, openid: string): Promise<RoleDoc[]> {
  return rows<RoleDoc>(db.collection(COLLECTIONS.roles).where({ openid }).limit(1000))
}

/** One document by id, or a NOT_FOUND failure with the given Chinese message. */
export async function mustFind<T>(db: Database, collection: string, id: string, message: string): Promise<T> {
  const doc = await firstRow<T>(db.collection(collection).where({ _id: id }).limit(1))
  if (!doc) fail('NOT_FOUND', message)
  return doc
}

/** Self-service actions need a WeChat identity; the console has none. */
export function requireOpenid(openid: string | undefined): string {
  if (!openid) fail('NOT_SIGNED_IN')
  return openid
}

/** A transaction's handle: single-document reads and writes by id only. */
export type Tx = Pick<Database, 'collection'>

/** Whether a document exists, read inside a transaction (where reading a missing document throws). */
export async function existsIn(ref: { get(): unknown }): Promise<boolean> {
  try {
    return Boolean(((await ref.get()) as { data: unknown }).data)
  } catch (e) {
    if (/does not exist/.test((e as Error).message ?? '')) return false
    throw e
  }
}
