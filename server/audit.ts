import { COLLECTIONS } from './collections'
import type { Database } from './cloud'

/** Every state change and entry leaves one of these: who, when, what, before/after. */
export interface AuditEntry {
  actor: string
  at: Date
  action: string
  targetId: string
  communityId?: string
  before?: unknown
  after?: unknown
  note?: string
}

/** Pass the transaction when the change itself is transactional, so the entry commits with it. */
export async function writeAudit(db: Pick<Database, 'collection'>, entry: AuditEntry): Promise<void> {
  await db.collection(COLLECTIONS.audit).add({ data: entry })
}
