/**
 * Dotted field paths ↔ SQLite JSON expressions. The same text must be used when creating an
 * expression index and when querying, or SQLite will not use the index.
 */

/** Segments SQLite's JSON path can name without ambiguity (no array positions, no quoting trouble). */
const SAFE_SEGMENT = /^[^."'[\]$\\][^."'[\]\\]*$/

export function isPushablePath(path: string): boolean {
  if (path === '_id') return true
  const segments = path.split('.')
  return segments.every((s) => SAFE_SEGMENT.test(s) && !/^\d+$/.test(s))
}

export function jsonPath(path: string): string {
  return (
    '$' +
    path
      .split('.')
      .map((s) => `."${s}"`)
      .join('')
  )
}

/** The SQL expression for a field: `_id` is the primary-key column, others live in the JSON. */
export function fieldExpr(path: string): string {
  return path === '_id' ? 'id' : `json_extract(doc,'${jsonPath(path)}')`
}

/**
 * A unique index counts a missing field as null, and two nulls collide (MongoDB/CloudBase
 * behaviour). SQLite lets NULLs repeat in a UNIQUE index, so nulls map to a BLOB, a type
 * json_extract never returns.
 */
export function uniqueExpr(path: string): string {
  return `coalesce(${fieldExpr(path)},x'00')`
}

/** Every prefix of a path, shortest first: a.b.c → a, a.b, a.b.c. */
export function prefixes(path: string): string[] {
  const segments = path.split('.')
  return segments.map((_, i) => segments.slice(0, i + 1).join('.'))
}

/** The kinds of value a path has been seen holding; decides what SQL can answer exactly. */
export type ValueKind = 'array' | 'object' | 'bool' | 'number' | 'string'

/** Adds the kinds a document holds at `path` (an array anywhere along the path counts as 'array'). */
export function collectKinds(doc: unknown, path: string, into: Set<ValueKind>): void {
  let value: unknown = doc
  for (const segment of path.split('.')) {
    if (Array.isArray(value)) {
      into.add('array')
      return
    }
    if (value === null || typeof value !== 'object' || value instanceof Date) return
    value = (value as Record<string, unknown>)[segment]
  }
  const kind = kindOf(value)
  if (kind) into.add(kind)
}

function kindOf(value: unknown): ValueKind | undefined {
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return 'number'
  if (typeof value === 'string') return 'string'
  if (value !== null && typeof value === 'object') return 'object' // includes Date and RegExp
  return undefined
}

/** Maps SQLite json_type() answers onto the same kinds. */
export function kindOfJsonType(type: string | null): ValueKind | undefined {
  switch (type) {
    case 'array':
      return 'array'
    case 'object':
      return 'object'
    case 'true':
    case 'false':
      return 'bool'
    case 'integer':
    case 'real':
      return 'number'
    case 'text':
      return 'string'
    default:
      return undefined
  }
}

/** A document's value at a dotted path (no array traversal; used for unique keys). */
export function valueAt(doc: unknown, path: string): unknown {
  let value: unknown = doc
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}
