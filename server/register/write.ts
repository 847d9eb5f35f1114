import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import { rows } from '../db'
import { changedFields, type CommunityPlan, type PersonDoc, type UnitDoc } from './documents'
import { inPool } from './pool'

/** Enough to stay inside the basic plan's 20 connections with room for other callers. */
const WRITE_CONCURRENCY = 10
const PAGE = 1000

export interface WriteCounts {
  created: number
  updated: number
  unchanged: number
  retired: number
}

export interface CommunityWriteResult {
  communityId: string
  units: WriteCounts
  persons: WriteCounts
}

/**
 * Writes one community's planned documents in place. Every id is deterministic and every write is an
 * idempotent upsert of the register's own fields (fields other features add stay untouched), so an
 * import interrupted half-way (function timeout, network) is completed by importing the same file again;
 * the community's `importStatus` says 'importing' until the last write is done.
 * Reads are 1000-document pages; unchanged documents are not written at all (write budget).
 */
export async function writeCommunity(db: Database, plan: CommunityPlan, nowMs: number): Promise<CommunityWriteResult> {
  const communityId = plan.community._id
  const at = new Date(nowMs)
  const [storedUnits, storedPersons] = await Promise.all([
    readCommunityDocs<UnitDoc>(db, COLLECTIONS.units, communityId),
    readCommunityDocs<PersonDoc>(db, COLLECTIONS.persons, communityId),
  ])
  await upsert(db, COLLECTIONS.communities, plan.community._id, { ...withoutId(plan.community), importStatus: 'importing', importStartedAt: at })

  const persons = await syncCollection(db, COLLECTIONS.persons, plan.persons, storedPersons, { inRegister: false, unitIds: [] }, at)
  const units = await syncCollection(db, COLLECTIONS.units, plan.units, storedUnits, { inRegister: false }, at)

  await upsert(db, COLLECTIONS.communities, communityId, { importStatus: 'ready', importedAt: at })
  return { communityId, units, persons }
}

async function syncCollection<T extends { _id: string }>(
  db: Database, collection: string, planned: T[], stored: Map<string, Partial<T>>, retiredFields: Partial<T>, at: Date,
): Promise<WriteCounts> {
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0, retired: 0 }
  const writes: { id: string; data: object; create: boolean }[] = []
  for (const doc of planned) {
    const before = stored.get(doc._id)
    const changes = changedFields(before, doc)
    if (Object.keys(changes).length === 0) counts.unchanged++
    else writes.push({ id: doc._id, data: { ...changes, registerUpdatedAt: at }, create: !before })
    stored.delete(doc._id)
  }
  for (const [id, before] of stored) {
    if ((before as { inRegister?: boolean }).inRegister === false) continue
    writes.push({ id, data: { ...retiredFields, registerUpdatedAt: at }, create: false })
    counts.retired++
  }
  for (const w of writes) if (w.create) counts.created++
  counts.updated = writes.length - counts.created - counts.retired
  await inPool(writes, WRITE_CONCURRENCY, (w) => (w.create ? create(db, collection, w.id, w.data) : upsert(db, collection, w.id, w.data)))
  return counts
}

async function create(db: Database, collection: string, id: string, data: object): Promise<void> {
  await db.collection(collection).doc(id).set({ data })
}

/** `update` merges only the given fields; a document deleted meanwhile is recreated by `set`. */
async function upsert(db: Database, collection: string, id: string, data: object): Promise<void> {
  const result = (await db.collection(collection).doc(id).update({ data })) as { stats: { updated: number } }
  if (result.stats.updated === 0) {
    const exists = (await rows(db.collection(collection).where({ _id: id }).field({ _id: true }).limit(1))).length > 0
    if (!exists) await db.collection(collection).doc(id).set({ data })
  }
}

/** Keyset pagination on _id: pages of 1000, no skip (which CloudBase charges for and slows down). */
async function readCommunityDocs<T extends { _id: string }>(db: Database, collection: string, communityId: string): Promise<Map<string, Partial<T>>> {
  const _ = db.command
  const found = new Map<string, Partial<T>>()
  let after = ''
  for (;;) {
    const page = await rows<T>(db.collection(collection).where({ communityId, _id: _.gt(after) }).orderBy('_id', 'asc').limit(PAGE))
    for (const doc of page) found.set(doc._id, doc)
    if (page.length < PAGE) return found
    after = page[page.length - 1]._id
  }
}

function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const { _id: _ignored, ...rest } = doc
  return rest
}
