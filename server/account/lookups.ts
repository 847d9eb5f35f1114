import type { Database } from '../cloud'
import { collection, rows } from '../db'

/** The caller's bindings to the register, in one read. */
export async function bindingsOf(db: Database, openid: string) {
  return rows(collection(db, 'bindings').where({ openid }).field({ openid: true, personId: true, communityId: true }).limit(1000))
}

/** The caller's role grants, in one read. */
export async function roleDocsOf(db: Database, openid: string) {
  return rows(collection(db, 'roles').where({ openid }).limit(1000))
}
