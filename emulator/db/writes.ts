import { type Doc, parseRequestJson, toStored } from './ejson'
import { duplicateKey, invalidParam } from './errors'
import { Blocked, type Engine } from './engine'
import { docIdOf, firstMatches, getById, matchingDocs } from './query'
import { notInTransaction } from './reads'
import type { DocId } from './sql-store'
import { NO_WRITE } from './transactions'
import { applyModification, documentForUpsert, parseModification, prepareInsert } from './update'

/**
 * insertDocument, modifyDocument, modifyAndReturnDoc, removeDocument.
 * Each answers the body CloudBase sends, or a `Blocked` when a non-transactional write
 * touches a document (or unique key) an open transaction holds; the caller waits and retries.
 * A multi-document write is all-or-nothing here (one SQLite transaction).
 */

type Body = Record<string, unknown>

function inTransaction(body: Body): boolean {
  return body.transactionId !== undefined && body.transactionId !== null && body.transactionId !== ''
}

export function insertDocument(engine: Engine, body: Body): object | Blocked {
  const collection = engine.collection(body)
  if (!Array.isArray(body.data) || body.data.length === 0) throw invalidParam('data must be a non-empty array of documents')
  const nowMs = engine.now()
  const docs = body.data.map((item) => prepareInsert(parseRequestJson(item, 'data', engine.now), nowMs))
  const insertedIds = docs.map((d) => d._id as DocId)
  if (inTransaction(body)) {
    const txn = engine.txns.get(body.transactionId)
    for (const doc of docs) {
      engine.txns.write(txn, collection, doc._id as DocId, (current) => {
        if (current) throw duplicateKey(collection, '_id_', { _id: doc._id })
        return doc
      })
    }
    return { data: { insertedIds } }
  }
  const blocker = engine.txns.blockerFor(collection, insertedIds, docs)
  if (blocker) return new Blocked(blocker)
  engine.store.atomic(() => {
    for (const doc of docs) engine.store.put(collection, doc, 'insert')
  })
  return { data: { insertedIds } }
}

export function modifyDocument(engine: Engine, body: Body): object | Blocked {
  const collection = engine.collection(body)
  const filter = parseRequestJson(body.query, 'query', engine.now)
  const mod = parseModification(parseRequestJson(body.data, 'data', engine.now), body.merge)
  const isDoc = body.queryType === 'DOC'
  const upsert = body.upsert === true

  if (inTransaction(body)) {
    const txn = engine.txns.get(body.transactionId)
    if (!isDoc) throw notInTransaction()
    const id = docIdOf(filter)
    let updated = 0
    let upsertId: DocId | undefined
    engine.txns.write(txn, collection, id, (current) => {
      if (!current) {
        if (!upsert) return NO_WRITE
        upsertId = id
        return documentForUpsert(id, mod)
      }
      const { next, changed } = applyModification(current, mod)
      if (!changed) return NO_WRITE
      updated = 1
      return next
    })
    return { data: upsertId === undefined ? { updated } : { updated, upsert_id: upsertId } }
  }

  if (isDoc) {
    const id = docIdOf(filter)
    const current = getById(engine.store, collection, id)
    if (!current) {
      if (!upsert) return blockedOr(engine, collection, [id], [], () => ({ data: { updated: 0 } }))
      const created = documentForUpsert(id, mod)
      return blockedOr(engine, collection, [id], [created], () => {
        engine.store.put(collection, created, 'insert')
        return { data: { updated: 0, upsert_id: id } }
      })
    }
    const { next, changed } = applyModification(current, mod)
    return blockedOr(engine, collection, [id], changed ? [next] : [], () => {
      if (changed) engine.store.put(collection, next, 'replace')
      return { data: { updated: changed ? 1 : 0 } }
    })
  }

  const multi = body.multi !== false
  const targets = multi ? matchingDocs(engine.store, collection, filter) : firstMatches(engine.store, collection, filter, 1)
  const changes = targets.map((doc) => applyModification(doc, mod)).filter((c) => c.changed)
  return blockedOr(
    engine,
    collection,
    targets.map((d) => d._id as DocId),
    changes.map((c) => c.next),
    () => {
      engine.store.atomic(() => {
        for (const c of changes) engine.store.put(collection, c.next, 'replace')
      })
      return { data: { updated: changes.length } }
    },
  )
}

/** `updateAndReturn()`: the first match, updated, and its new version. */
export function modifyAndReturnDoc(engine: Engine, body: Body): object | Blocked {
  const collection = engine.collection(body)
  if (inTransaction(body)) throw notInTransaction()
  const filter = parseRequestJson(body.query, 'query', engine.now)
  const mod = parseModification(parseRequestJson(body.data, 'data', engine.now), true)
  const [doc] = firstMatches(engine.store, collection, filter, 1)
  if (!doc) return { data: { updated: 0, doc: null } }
  const { next, changed } = applyModification(doc, mod)
  return blockedOr(engine, collection, [doc._id as DocId], changed ? [next] : [], () => {
    if (changed) engine.store.put(collection, next, 'replace')
    return { data: { updated: changed ? 1 : 0, doc: toStored(next) } }
  })
}

export function removeDocument(engine: Engine, body: Body): object | Blocked {
  const collection = engine.collection(body)
  const filter = parseRequestJson(body.query, 'query', engine.now)
  const isDoc = body.queryType === 'DOC'
  if (inTransaction(body)) {
    const txn = engine.txns.get(body.transactionId)
    if (!isDoc) throw notInTransaction()
    let deleted = 0
    engine.txns.write(txn, collection, docIdOf(filter), (current) => {
      if (!current) return NO_WRITE
      deleted = 1
      return null
    })
    return { data: { deleted } }
  }
  const ids: DocId[] = isDoc
    ? [docIdOf(filter)]
    : (body.multi !== false ? matchingDocs(engine.store, collection, filter) : firstMatches(engine.store, collection, filter, 1)).map(
        (d: Doc) => d._id as DocId,
      )
  return blockedOr(engine, collection, ids, [], () => {
    let deleted = 0
    engine.store.atomic(() => {
      for (const id of ids) if (engine.store.delete(collection, id)) deleted++
    })
    return { data: { deleted } }
  })
}

function blockedOr(engine: Engine, collection: string, ids: DocId[], newDocs: Doc[], run: () => object): object | Blocked {
  const blocker = engine.txns.blockerFor(collection, ids, newDocs)
  return blocker ? new Blocked(blocker) : run()
}
