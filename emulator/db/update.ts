import { randomBytes } from 'node:crypto'
import { update as mingoUpdate } from 'mingo'
import { type Doc, cloneDoc, toStored } from './ejson'
import { invalidParam, requestFailed } from './errors'
import type { DocId } from './sql-store'

/**
 * What modifyDocument does to one document. `merge: true` (update) applies Mongo update
 * operators; `merge: false` (doc.set) replaces everything but `_id`.
 */
export interface Modification {
  data: Doc
  merge: boolean
}

const UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$pop',
  '$bit',
  '$currentDate',
])

export function parseModification(data: unknown, merge: unknown): Modification {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw invalidParam('data must be an object')
  const doc = data as Doc
  const keys = Object.keys(doc)
  const operators = keys.filter((k) => k.startsWith('$'))
  if (merge === false) {
    if (operators.length > 0) throw requestFailed('update operator complicit')
    return { data: doc, merge: false }
  }
  if (operators.length === 0) return { data: { $set: doc }, merge: true } // raw plain object: merge it in
  if (operators.length !== keys.length) throw requestFailed('cannot mix update operators and plain fields')
  for (const op of operators) if (!UPDATE_OPERATORS.has(op)) throw requestFailed(`unknown update operator ${op}`)
  if ('_id' in ((doc.$set as Doc | undefined) ?? {}) || '_id' in ((doc.$unset as Doc | undefined) ?? {})) {
    throw invalidParam('不能更新_id的值')
  }
  return { data: doc, merge: true }
}

/** The document after the modification (a new object) and whether anything changed. */
export function applyModification(current: Doc, mod: Modification): { next: Doc; changed: boolean } {
  if (!mod.merge) {
    const { _id: _ignored, ...rest } = cloneDoc(mod.data)
    const replaced: Doc = { _id: current._id, ...rest }
    return { next: replaced, changed: toStored(replaced) !== toStored(current) }
  }
  const next = cloneDoc(current)
  let changedPaths: string[]
  try {
    changedPaths = mingoUpdate(next, cloneDoc(mod.data) as never, undefined, undefined, { cloneMode: 'deep' })
  } catch (e) {
    throw requestFailed((e as Error).message)
  }
  if (next._id !== current._id) throw invalidParam('不能更新_id的值')
  return { next, changed: changedPaths.length > 0 }
}

/** A new document from doc.set on a missing id: the data plus the requested `_id`. */
export function documentForUpsert(id: DocId, mod: Modification): Doc {
  const { _id: _ignored, ...rest } = cloneDoc(mod.data)
  return { _id: id, ...rest }
}

/**
 * CloudBase ids are 32 lowercase hex digits. Time first (seconds), then randomness, so ids
 * made later tend to sort later, like the real ones.
 */
export function newDocId(nowMs: number): string {
  const seconds = Math.floor(nowMs / 1000)
    .toString(16)
    .padStart(8, '0')
    .slice(-8)
  return seconds + randomBytes(12).toString('hex')
}

/** Validates an inserted document and gives it an `_id` when it has none. */
export function prepareInsert(raw: unknown, nowMs: number): Doc {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw invalidParam('each inserted document must be an object')
  const doc = raw as Doc
  if (doc._id === undefined || doc._id === null) {
    const { _id: _absent, ...rest } = doc
    return { _id: newDocId(nowMs), ...rest }
  }
  if (typeof doc._id !== 'string' && typeof doc._id !== 'number') throw invalidParam('_id must be a string or a number')
  if (doc._id === '') throw invalidParam('_id must not be empty')
  return doc
}
