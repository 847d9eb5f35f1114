import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import { rows } from '../db'
import type { PersonDoc, UnitDoc } from '../collections/register'
import { changedFields, type CommunityPlan } from './documents'
import { bindingsFollowRegister } from './ownerBindings'
import { inPool } from './pool'

/** Requests in flight: inside the basic plan's 20 connections with room for other callers. */
const WRITE_CONCURRENCY = 10
const PAGE = 1000
/** Documents per insert request: small enough for any request-size limit, big enough to matter. */
const INSERT_BATCH = 100

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

/** Totals older imports stored on the community; they are derived from the units now (totals.ts). */
const STORED_TOTALS = ['unitCount', 'personCount', 'developerHeldUnits', 'totalAreaCenti'] as const

/**
 * Writes one community's planned documents in place. Every id is deterministic and every write is an
 * idempotent upsert of the register's own fields (fields other features add stay untouched), so an
 * import interrupted half-way (function timeout, crash) is completed by importing the same file again;
 * the community's `importStatus` says 'importing' until the last write is done. The community holds no
 * totals that a crash could leave ahead of its units: they are derived from the units (totals.ts).
 * Reads are 1000-document pages; new documents are inserted 100 per request; changed ones are
 * updated one request each; unchanged documents are not written at all (write budget).
 */
export async function writeCommunity(db: Database, plan: CommunityPlan, nowMs: number): Promise<CommunityWriteResult> {
  const communityId = plan.community._id
  const at = new Date(nowMs)
  const [storedUnits, storedPersons] = await Promise.all([
    readCommunityDocs<UnitDoc>(db, COLLECTIONS.units, communityId),
    readCommunityDocs<PersonDoc>(db, COLLECTIONS.persons, communityId),
  ])
  const { _id: _ignored, name, district, street } = plan.community
  await upsert(
    db,
    COLLECTIONS.communities,
    communityId,
    { name, district, street, importStatus: 'importing', importStartedAt: at },
    STORED_TOTALS,
  )

  const listed = new Set(plan.persons.map((p) => p._id))
  const unlisted = [...storedPersons.keys()].filter((id) => !listed.has(id))
  const persons = await syncCollection(db, COLLECTIONS.persons, plan.persons, storedPersons, { inRegister: false, unitIds: [] }, at)
  await bindingsFollowRegister(db, communityId, listed, unlisted)
  const units = await syncCollection(db, COLLECTIONS.units, plan.units, storedUnits, { inRegister: false }, at)

  await upsert(db, COLLECTIONS.communities, communityId, { importStatus: 'ready', importedAt: at })
  return { communityId, units, persons }
}

async function syncCollection<T extends { _id: string }>(
  db: Database,
  collection: string,
  planned: T[],
  stored: Map<string, Partial<T>>,
  retiredFields: Partial<T>,
  at: Date,
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
  const creates = writes.filter((w) => w.create)
  const changes = writes.filter((w) => !w.create)
  counts.created = creates.length
  counts.updated = changes.length - counts.retired
  const batches: (typeof creates)[] = []
  for (let i = 0; i < creates.length; i += INSERT_BATCH) batches.push(creates.slice(i, i + INSERT_BATCH))
  await inPool(batches, WRITE_CONCURRENCY, (batch) => createMany(db, collection, batch))
  await inPool(changes, WRITE_CONCURRENCY, (w) => upsert(db, collection, w.id, w.data))
  return counts
}

/**
 * New documents go in batches: the server SDK's `add` takes an array (one insertDocument request,
 * per Tencent's CloudBase docs "插入多条数据：目前仅支持通过服务端 SDK 使用"). Should a batch be refused
 * (say a concurrent import created one of them meanwhile), its documents are written one by one with
 * `set`, which is idempotent.
 */
async function createMany(db: Database, collection: string, batch: readonly { id: string; data: object }[]): Promise<void> {
  const docs = batch.map((w) => ({ _id: w.id, ...w.data }))
  try {
    // wx-server-sdk's typings say `data: object`; at runtime it hands arrays to the batch insert.
    await db.collection(collection).add({ data: docs as unknown as object })
  } catch {
    await inPool(batch, WRITE_CONCURRENCY, async (w) => {
      await db.collection(collection).doc(w.id).set({ data: w.data })
    })
  }
}

/** `update` merges only the given fields (and drops `drop`); a document deleted meanwhile is recreated by `set`. */
async function upsert(db: Database, collection: string, id: string, data: object, drop: readonly string[] = []): Promise<void> {
  const removed = Object.fromEntries(drop.map((k) => [k, db.command.remove()]))
  const result = (await db
    .collection(collection)
    .doc(id)
    .update({ data: { ...data, ...removed } })) as { stats: { updated: number } }
  if (result.stats.updated === 0) {
    const exists = (await rows(db.collection(collection).where({ _id: id }).field({ _id: true }).limit(1))).length > 0
    if (!exists) await db.collection(collection).doc(id).set({ data })
  }
}

/** Keyset pagination on _id: pages of 1000, no skip (which CloudBase charges for and slows down). */
async function readCommunityDocs<T extends { _id: string }>(
  db: Database,
  collection: string,
  communityId: string,
): Promise<Map<string, Partial<T>>> {
  const _ = db.command
  const found = new Map<string, Partial<T>>()
  let after = ''
  for (;;) {
    const page = await rows<T>(
      db
        .collection(collection)
        .where({ communityId, _id: _.gt(after) })
        .orderBy('_id', 'asc')
        .limit(PAGE),
    )
    for (const doc of page) found.set(doc._id, doc)
    if (page.length < PAGE) return found
    after = page[page.length - 1]._id
  }
}
