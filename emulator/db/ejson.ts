import { invalidParam } from './errors'

/**
 * Three representations of a document:
 * - request: MongoDB Extended JSON as @cloudbase/database writes it (`{"$numberInt":"1"}`,
 *   `{"$date":{"$numberLong":"…"}}`, `{"$regularExpression":…}`, and CloudBase's own
 *   `{"$tcb_server_date":{"offset":N}}` for `db.serverDate()`);
 * - value: plain JS (numbers, Date, RegExp), what mingo works on;
 * - stored: compact JSON text, one SQLite row per document. Dates are `{"$date":<ms>}`.
 *   The stored text is also a valid answer: the SDK's `EJSON.parse` reads `{"$date":<ms>}`
 *   back as a Date, so a plain read returns the row as it is.
 */

export type Doc = Record<string, unknown>

/** Request EJSON (already JSON-parsed) → JS values; `serverDate()` becomes `now + offset`. */
export function decodeRequest(value: unknown, now: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => decodeRequest(item, now))
  if (value === null || typeof value !== 'object') return value
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  if (keys.length >= 1 && keys[0].startsWith('$')) {
    const special = decodeSpecial(keys[0], obj, now)
    if (special !== NOT_SPECIAL) return special
  }
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    const decoded = decodeRequest(obj[key], now)
    if (decoded !== undefined) out[key] = decoded
  }
  return out
}

const NOT_SPECIAL = Symbol('not special')

function decodeSpecial(key: string, obj: Record<string, unknown>, now: () => number): unknown {
  const v = obj[key]
  switch (key) {
    case '$numberInt':
    case '$numberLong':
    case '$numberDouble':
    case '$numberDecimal':
      return Number(v)
    case '$date': {
      if (typeof v === 'string') return new Date(v)
      if (typeof v === 'number') return new Date(v)
      return new Date(Number(decodeRequest(v, now)))
    }
    case '$regularExpression': {
      const { pattern, options } = v as { pattern: string; options?: string }
      // JS has no `x` (extended) or `l` flag; keep the ones it understands.
      const flags = [...new Set((options ?? '').split(''))].filter((f) => 'imsu'.includes(f)).join('')
      try {
        return new RegExp(pattern, flags)
      } catch (e) {
        throw invalidParam(`invalid regular expression: ${(e as Error).message}`)
      }
    }
    case '$oid':
      return String(v)
    case '$undefined':
      return undefined
    case '$tcb_server_date': {
      const offset = Number(decodeRequest((v as { offset?: unknown })?.offset ?? 0, now)) || 0
      return new Date(now() + offset)
    }
    case '$binary':
    case '$timestamp':
    case '$symbol':
    case '$code':
    case '$minKey':
    case '$maxKey':
    case '$dbPointer':
      throw invalidParam(`the local emulator does not support the EJSON type ${key}`)
    default:
      return NOT_SPECIAL
  }
}

/** Parses one request field that carries an EJSON string (query, data, order, projection). */
export function parseRequestJson(text: unknown, what: string, now: () => number): unknown {
  if (text === undefined || text === null || text === '') return undefined
  if (typeof text !== 'string') return decodeRequest(text, now)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw invalidParam(`${what} is not valid JSON`)
  }
  return decodeRequest(raw, now)
}

/** JS value → stored JSON text (also the answer text). */
export function toStored(doc: unknown): string {
  return JSON.stringify(doc, storedReplacer)
}

function storedReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key]
  if (raw instanceof Date) {
    const ms = raw.getTime()
    return { $date: Number.isFinite(ms) ? ms : null }
  }
  if (raw instanceof RegExp) return { $regularExpression: { pattern: raw.source, options: raw.flags } }
  if (typeof value === 'number' && !Number.isFinite(value)) return { $numberDouble: String(value) }
  return value
}

/** Stored JSON text → JS value with Dates and RegExps revived. */
export function fromStored<T = Doc>(text: string): T {
  const parsed = JSON.parse(text) as unknown
  // Most documents have no special values; skip the walk when the text cannot contain one.
  return (text.includes('{"$') ? revive(parsed) : parsed) as T
}

function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i])
    return value
  }
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  if (keys.length === 1) {
    const k = keys[0]
    if (k === '$date') return new Date(obj.$date === null ? NaN : Number(obj.$date))
    if (k === '$regularExpression') {
      const { pattern, options } = obj[k] as { pattern: string; options: string }
      return new RegExp(pattern, options)
    }
    if (k === '$numberDouble') return Number(obj[k])
  }
  for (const k of keys) obj[k] = revive(obj[k])
  return obj
}

/**
 * A deep copy that keeps Dates and RegExps. Not structuredClone: under jest it builds objects
 * in another realm, and mingo (and `instanceof Date`) then no longer recognise them.
 */
export function cloneDoc<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T
  if (Array.isArray(value)) return value.map(cloneDoc) as T
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = cloneDoc(v)
  return out as T
}
