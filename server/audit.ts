import { COLLECTIONS } from './collections'
import type { AuditDoc } from './collections/platform'
import type { Database } from './cloud'

/** Every state change and entry leaves one of these: who, when, what, before/after. */
export type AuditEntry = Omit<AuditDoc, '_id' | 'who'>

/** Pass the transaction when the change itself is transactional, so the entry commits with it. */
export async function writeAudit(db: Pick<Database, 'collection'>, entry: AuditEntry): Promise<void> {
  await db.collection(COLLECTIONS.audit).add({ data: entry })
}
