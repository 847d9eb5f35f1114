import { aggregate } from 'mingo'
import type { AnyObject } from 'mingo/types/types'
import { type Doc, parseRequestJson, toStored } from './ejson'
import { invalidParam, requestFailed } from './errors'
import type { Engine } from './engine'
import { countMatches, docIdOf, findTexts, getById, matchingDocs, projectTexts } from './query'

/** getDocument, calculateDocument, aggregateDocuments: what CloudBase answers for reads. */

/** CloudBase: `get()` answers 100 documents unless told otherwise, never more than 1000. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000
/** CloudBase: an aggregation without a `limit` stage answers 20 documents. */
export const AGGREGATE_DEFAULT_LIMIT = 20

export function getDocument(engine: Engine, body: Record<string, unknown>): object {
  const collection = engine.collection(body)
  const filter = parseRequestJson(body.query, 'query', engine.now)
  const projection = parseRequestJson(body.projection, 'projection', engine.now) as Record<string, unknown> | undefined
  const isDoc = body.queryType === 'DOC'
  if (body.transactionId !== undefined && body.transactionId !== '') {
    const txn = engine.txns.get(body.transactionId)
    if (!isDoc) throw notInTransaction()
    const doc = engine.txns.read(txn, collection, docIdOf(filter))
    return { data: { list: doc ? project([doc], projection) : [] } }
  }
  if (isDoc) {
    const id = docIdOf(filter)
    if (!projection) {
      const text = engine.store.getText(collection, id) // the stored text is already the answer
      return { data: { list: text === null ? [] : [text] } }
    }
    const doc = getById(engine.store, collection, id)
    return { data: { list: doc ? project([doc], projection) : [] } }
  }
  const limit = clampLimit(body.limit)
  const offset = toOffset(body.offset)
  const order = parseRequestJson(body.order, 'order', engine.now) as Record<string, 1 | -1> | undefined
  const list = findTexts(engine.store, collection, filter, { order, offset, limit, projection })
  return { data: { list, limit, offset } }
}

export function calculateDocument(engine: Engine, body: Record<string, unknown>): object {
  const collection = engine.collection(body)
  const filter = parseRequestJson(body.query, 'query', engine.now)
  return { data: { total: countMatches(engine.store, collection, filter) } }
}

export function aggregateDocuments(engine: Engine, body: Record<string, unknown>): object {
  const collection = engine.collection(body)
  if (!Array.isArray(body.stages)) throw invalidParam('stages must be an array')
  const pipeline = body.stages.map((stage) => {
    const { stageKey, stageValue } = stage as { stageKey?: unknown; stageValue?: unknown }
    if (typeof stageKey !== 'string' || !stageKey.startsWith('$')) throw invalidParam('each stage needs a stageKey like $match')
    return { [stageKey]: parseRequestJson(stageValue, stageKey, engine.now) }
  })
  // A leading $match narrows the input through SQL; mingo still runs the whole pipeline.
  const first = pipeline[0]
  const input = matchingDocs(engine.store, collection, first && '$match' in first ? first.$match : undefined)
  if (!pipeline.some((s) => '$limit' in s)) pipeline.push({ $limit: AGGREGATE_DEFAULT_LIMIT })
  let out: AnyObject[]
  try {
    out = runPipeline(engine, input, pipeline as AnyObject[])
  } catch (e) {
    throw requestFailed((e as Error).message)
  }
  return { data: { list: out.map(toStored) } }
}

type Lookup = { from: string; localField: string; foreignField: string; as: string }

/**
 * Runs the pipeline through mingo, except that a plain `$lookup` (localField/foreignField) reads only the foreign
 * documents whose field matches a local value, through SQL like a query's filter, instead of the whole foreign
 * collection (a lookup of one unit's community must not parse every community). Same answer either way; a lookup
 * it cannot narrow (a pipeline form, a dotted or missing local value) still gets the whole collection.
 */
function runPipeline(engine: Engine, input: AnyObject[], pipeline: AnyObject[]): AnyObject[] {
  const whole = (name: string) => (engine.store.hasCollection(name) ? matchingDocs(engine.store, name, undefined) : [])
  let docs = input
  let segment: AnyObject[] = []
  const flush = () => {
    if (segment.length > 0) docs = aggregate(docs, segment, { collectionResolver: whole })
    segment = []
  }
  for (const stage of pipeline) {
    const lookup = stage.$lookup as Partial<Lookup> | undefined
    if (!lookup || typeof lookup.localField !== 'string' || typeof lookup.foreignField !== 'string' || lookup.localField.includes('.')) {
      segment.push(stage)
      continue
    }
    flush()
    const values = docs.flatMap((d) => [d[lookup.localField as string]].flat())
    if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      segment.push(stage)
      continue
    }
    const from = String(lookup.from)
    const foreign = engine.store.hasCollection(from)
      ? matchingDocs(engine.store, from, { [lookup.foreignField]: { $in: [...new Set(values)] } })
      : []
    docs = aggregate(docs, [stage], { collectionResolver: () => foreign })
  }
  flush()
  return docs
}

function project(docs: Doc[], projection: Record<string, unknown> | undefined): string[] {
  if (!projection || Object.keys(projection).length === 0) return docs.map(toStored)
  return projectTexts(docs, projection)
}

function clampLimit(raw: unknown): number {
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0) return DEFAULT_LIMIT
  return Math.min(Math.floor(n), MAX_LIMIT)
}

function toOffset(raw: unknown): number {
  const n = Number(raw ?? 0)
  if (!Number.isFinite(n) || n < 0) throw invalidParam('offset must be a non-negative integer')
  return Math.floor(n)
}

export function notInTransaction(): Error {
  return invalidParam('a transaction only allows single-document operations (doc().get/set/update/remove, add); where() is not supported')
}
