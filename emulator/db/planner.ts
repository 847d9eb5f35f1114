import { fieldExpr, isPushablePath, jsonPath, prefixes, type ValueKind } from './paths'

/**
 * Turns the SQL-friendly part of a MongoDB filter into a WHERE clause.
 *
 * The clause always selects a SUPERSET of the matching documents; mingo then tests each row,
 * so a condition SQL cannot express is simply left to mingo. `exact` says the clause selects
 * exactly the matches, so mingo can be skipped and LIMIT/OFFSET/count can run in SQL.
 *
 * Pushed down: `_id`, and `$eq`/implicit equality, `$in`, `$gt`/`$gte`/`$lt`/`$lte` with a
 * string, number, boolean or null operand, on any plain dotted path, under top-level `$and`/`$or`.
 * Declared index paths are the fast ones (their expression indexes match). On other paths, and
 * on declared paths that have held an array, a `json_type(...) = 'array'` escape keeps rows
 * whose value MongoDB would match element-wise.
 */
export interface Plan {
  where: string
  params: unknown[]
  exact: boolean
}

export interface PlanContext {
  /** Kinds seen at a declared path; undefined when the path is not declared. */
  kindsAt(path: string): ReadonlySet<ValueKind> | undefined
}

interface Cond {
  sql: string
  params: unknown[]
  exact: boolean
}

const EMPTY: Plan = { where: '', params: [], exact: true }

export function planFilter(filter: unknown, ctx: PlanContext): Plan {
  if (filter === undefined || filter === null) return EMPTY
  if (typeof filter !== 'object' || Array.isArray(filter)) return { where: '', params: [], exact: false }
  const conds: Cond[] = []
  let exact = true
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    const part = planKey(key, value, ctx)
    if (!part) {
      exact = false
      continue
    }
    conds.push(...part.conds)
    exact &&= part.exact
  }
  return combine(conds, exact)
}

function combine(conds: Cond[], exactSoFar: boolean): Plan {
  const exact = exactSoFar && conds.every((c) => c.exact)
  if (conds.length === 0) return { where: '', params: [], exact }
  return { where: conds.map((c) => c.sql).join(' AND '), params: conds.flatMap((c) => c.params), exact }
}

/** Conditions for one top-level key; `exact` false when part of it is left to mingo. */
function planKey(key: string, value: unknown, ctx: PlanContext): { conds: Cond[]; exact: boolean } | undefined {
  if (key === '$and' && Array.isArray(value)) {
    const plans = value.map((sub) => planFilter(sub, ctx))
    const conds = plans.filter((p) => p.where).map((p) => ({ sql: `(${p.where})`, params: p.params, exact: p.exact }))
    return { conds, exact: plans.every((p) => p.exact) }
  }
  if (key === '$or' && Array.isArray(value) && value.length > 0) {
    const plans = value.map((sub) => planFilter(sub, ctx))
    // One branch SQL cannot narrow means any row may match: nothing to push down.
    if (plans.some((p) => !p.where)) return undefined
    const sql = plans.map((p) => `(${p.where})`).join(' OR ')
    return { conds: [{ sql: `(${sql})`, params: plans.flatMap((p) => p.params), exact: true }], exact: plans.every((p) => p.exact) }
  }
  if (key.startsWith('$') || !isPushablePath(key)) return undefined
  if (isOperatorObject(value)) {
    const conds: Cond[] = []
    let exact = true
    for (const [op, operand] of Object.entries(value as Record<string, unknown>)) {
      const cond = planOperator(key, op, operand, ctx)
      if (cond) conds.push(cond)
      else exact = false
    }
    return { conds, exact }
  }
  const cond = planOperator(key, '$eq', value, ctx)
  return cond ? { conds: [cond], exact: true } : undefined
}

function isOperatorObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date || value instanceof RegExp) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((k) => k.startsWith('$'))
}

type Scalar = string | number | boolean | null

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean'
}

function planOperator(path: string, op: string, operand: unknown, ctx: PlanContext): Cond | undefined {
  const kinds = path === '_id' ? ID_KINDS : ctx.kindsAt(path)
  const expr = fieldExpr(path)
  switch (op) {
    case '$eq': {
      if (!isScalar(operand)) return undefined
      if (operand === null)
        return guarded(path, kinds, { sql: `${expr} IS NULL`, params: [], exact: !kinds?.has('array') && kinds !== undefined })
      return guarded(path, kinds, { sql: `${expr} = ?`, params: [bind(operand)], exact: exactFor(operand, kinds) })
    }
    case '$in': {
      if (!Array.isArray(operand) || !operand.every((v) => isScalar(v) && v !== null)) return undefined
      if (operand.length === 0) return { sql: '0', params: [], exact: true }
      const exact = operand.every((v) => exactFor(v as Scalar, kinds))
      return guarded(path, kinds, {
        sql: `${expr} IN (${operand.map(() => '?').join(',')})`,
        params: operand.map((v) => bind(v as Scalar)),
        exact,
      })
    }
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte': {
      const sqlOp = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }[op]
      if (typeof operand === 'number' && Number.isFinite(operand)) {
        // SQLite orders every number below every text: `< ''` keeps the range inside numbers.
        const upper = op === '$gt' || op === '$gte' ? ` AND ${expr} < ''` : ''
        return guarded(path, kinds, { sql: `${expr} ${sqlOp} ?${upper}`, params: [operand], exact: exactFor(operand, kinds) })
      }
      if (typeof operand === 'string') {
        const lower = op === '$lt' || op === '$lte' ? ` AND ${expr} >= ''` : ''
        return guarded(path, kinds, { sql: `${expr} ${sqlOp} ?${lower}`, params: [operand], exact: exactFor(operand, kinds) })
      }
      return undefined
    }
    default:
      return undefined
  }
}

/** `_id` is always a string or a number, never an array. */
const ID_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>(['string', 'number'])

/**
 * SQL equality/order on json_extract matches MongoDB's only when no other kind of value can
 * look the same: booleans come back as 1/0 (like numbers), objects as JSON text (like strings).
 */
function exactFor(operand: Scalar, kinds: ReadonlySet<ValueKind> | undefined): boolean {
  if (!kinds || kinds.has('array')) return false
  if (typeof operand === 'string') return !kinds.has('object')
  if (typeof operand === 'number') return !kinds.has('bool')
  if (typeof operand === 'boolean') return !kinds.has('number')
  return true
}

/** Adds the array escape when the path may hold an array somewhere along it. */
function guarded(path: string, kinds: ReadonlySet<ValueKind> | undefined, cond: Cond): Cond {
  if (kinds && !kinds.has('array')) return cond
  const escape = prefixes(path)
    .map((p) => `json_type(doc,'${jsonPath(p)}') = 'array'`)
    .join(' OR ')
  return { sql: `(${cond.sql} OR ${escape})`, params: cond.params, exact: false }
}

function bind(v: Scalar): unknown {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v
}
