import Database from 'better-sqlite3'
import type { IndexSpec } from '../../server/indexes'
import { type Doc, toStored } from './ejson'
import { collectionNotExist, duplicateKey, invalidParam } from './errors'
import { collectKinds, fieldExpr, isPushablePath, kindOfJsonType, prefixes, uniqueExpr, jsonPath, type ValueKind } from './paths'

/** A document id as CloudBase allows it: a string or a number. */
export type DocId = string | number

/** Told about every write, with the row's previous text (null when absent) when it asks for it. */
export interface WriteHook {
  wantsBefore(): boolean
  wrote(collection: string, id: DocId, before: string | null | undefined): void
}

const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/
const INDEX_NAME = /^[A-Za-z0-9_]{1,64}$/

interface CollectionInfo {
  table: string
  indexes: readonly IndexSpec[]
  /** Declared index paths → the kinds of value seen there (computed lazily, kept on write). */
  kinds?: Map<string, Set<ValueKind>>
}

/**
 * SQLite storage: one table per collection, `(id, doc)` with the document as JSON text, and
 * expression indexes on the declared fields. Synchronous and single-connection: every call
 * runs to completion before the next request is read, and `atomic` wraps several writes in
 * one `BEGIN IMMEDIATE` transaction.
 */
export class SqlStore {
  readonly db: Database.Database
  private readonly collections = new Map<string, CollectionInfo>()
  private readonly statements = new Map<string, Database.Statement>()
  private writeHook: WriteHook = { wantsBefore: () => false, wrote: () => {} }

  constructor(
    file: string,
    private readonly declared: Record<string, readonly IndexSpec[]>,
  ) {
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.exec('CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY)')
    for (const name of Object.keys(declared)) this.createCollection(name)
    const created = this.db.prepare('SELECT name FROM _collections').pluck().all() as string[]
    for (const name of created) this.open(name)
  }

  onWrite(hook: WriteHook): void {
    this.writeHook = hook
  }

  close(): void {
    this.db.close()
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name)
  }

  collectionNames(): string[] {
    return [...this.collections.keys()]
  }

  /** Creates the table (and declared indexes) if missing; answers whether it was new. */
  createCollection(name: string): boolean {
    if (!COLLECTION_NAME.test(name)) throw invalidParam(`collection name ${JSON.stringify(name)} is not allowed`)
    const isNew = !this.collections.has(name)
    this.db.prepare('INSERT OR IGNORE INTO _collections (name) VALUES (?)').run(name)
    this.open(name)
    return isNew
  }

  private open(name: string): void {
    if (this.collections.has(name)) return
    const table = `"c_${name}"`
    const indexes = this.declared[name] ?? []
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id PRIMARY KEY, doc TEXT NOT NULL)`)
    const wanted = new Set<string>()
    for (const index of indexes) {
      if (!INDEX_NAME.test(index.name)) throw new Error(`server/indexes.ts: bad index name ${index.name} on ${name}`)
      for (const f of index.fields) {
        if (f === '_id' || !isPushablePath(f)) throw new Error(`server/indexes.ts: field ${f} on ${name} cannot be indexed`)
      }
      const plain = `ix_${name}_${index.name}`
      wanted.add(plain)
      this.db.exec(`CREATE INDEX IF NOT EXISTS "${plain}" ON ${table} (${index.fields.map(fieldExpr).join(', ')})`)
      if (index.unique) {
        const unique = `ux_${name}_${index.name}`
        wanted.add(unique)
        try {
          this.db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS "${unique}" ON ${table} (${index.fields.map(uniqueExpr).join(', ')})`)
        } catch (e) {
          throw new Error(`cannot create unique index ${index.name} on ${name}: existing documents repeat it (${(e as Error).message})`)
        }
      }
    }
    // Indexes dropped from server/indexes.ts go away here too, so the file stays the truth.
    const existing = this.db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND (name LIKE 'ix\\_%' ESCAPE '\\' OR name LIKE 'ux\\_%' ESCAPE '\\')`,
      )
      .pluck()
      .all(`c_${name}`) as string[]
    for (const old of existing) if (!wanted.has(old)) this.db.exec(`DROP INDEX "${old}"`)
    this.collections.set(name, { table, indexes })
  }

  info(name: string): CollectionInfo {
    const info = this.collections.get(name)
    if (!info) throw collectionNotExist(name)
    return info
  }

  indexesOf(name: string): readonly IndexSpec[] {
    return this.info(name).indexes
  }

  /** Kinds of value seen at a declared path, or undefined for undeclared paths (anything goes). */
  kindsAt(name: string, path: string): ReadonlySet<ValueKind> | undefined {
    const info = this.info(name)
    if (!info.kinds) info.kinds = this.scanKinds(info)
    return info.kinds.get(path)
  }

  private scanKinds(info: CollectionInfo): Map<string, Set<ValueKind>> {
    const kinds = new Map<string, Set<ValueKind>>()
    const paths = [...new Set(info.indexes.flatMap((i) => i.fields))]
    if (paths.length === 0) return kinds
    // One pass over the table: the json_type of every prefix of every declared path.
    const columns = paths.map((p) => prefixes(p).map((q) => `json_type(doc,'${jsonPath(q)}')`))
    const sql = `SELECT DISTINCT ${columns.flat().join(', ')} FROM ${info.table}`
    const rows = this.db.prepare(sql).raw().all() as Array<Array<string | null>>
    let col = 0
    paths.forEach((path, p) => {
      const set = new Set<ValueKind>()
      const width = columns[p].length
      for (const row of rows) {
        for (let i = 0; i < width; i++) {
          const kind = kindOfJsonType(row[col + i])
          if (kind === 'array') set.add('array')
          else if (i === width - 1 && kind) set.add(kind)
        }
      }
      col += width
      kinds.set(path, set)
    })
    return kinds
  }

  private noteKinds(info: CollectionInfo, doc: Doc): void {
    if (!info.kinds) return // computed from the table when first needed
    for (const [path, set] of info.kinds) collectKinds(doc, path, set)
  }

  prepare(sql: string): Database.Statement {
    let stmt = this.statements.get(sql)
    if (!stmt) {
      stmt = this.db.prepare(sql)
      // Pages inline LIMIT/OFFSET, so paging makes new texts; forget the oldest beyond a bound.
      if (this.statements.size >= 500) this.statements.delete(this.statements.keys().next().value as string)
      this.statements.set(sql, stmt)
    }
    return stmt
  }

  getText(name: string, id: DocId): string | null {
    const text = this.prepare(`SELECT doc FROM ${this.info(name).table} WHERE id = ?`)
      .pluck()
      .get(id) as string | undefined
    return text ?? null
  }

  /** Inserts or replaces one document (its `_id` is the key). Duplicate unique keys throw DbError. */
  put(name: string, doc: Doc, mode: 'insert' | 'replace'): void {
    const info = this.info(name)
    const id = doc._id as DocId
    const before = this.writeHook.wantsBefore() ? this.getText(name, id) : undefined
    const sql =
      mode === 'insert'
        ? `INSERT INTO ${info.table} (id, doc) VALUES (?, ?)`
        : `INSERT INTO ${info.table} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`
    try {
      this.prepare(sql).run(id, toStored(doc))
    } catch (e) {
      throw this.translate(e, name, doc)
    }
    this.writeHook.wrote(name, id, before)
    this.noteKinds(info, doc)
  }

  delete(name: string, id: DocId): boolean {
    const info = this.info(name)
    const before = this.writeHook.wantsBefore() ? this.getText(name, id) : undefined
    const deleted = this.prepare(`DELETE FROM ${info.table} WHERE id = ?`).run(id).changes > 0
    if (deleted) this.writeHook.wrote(name, id, before)
    return deleted
  }

  /** Document texts matching a WHERE clause, lazily (stops when the caller stops). */
  iterate(name: string, where: string, params: unknown[]): IterableIterator<string> {
    const { table } = this.info(name)
    return this.prepare(`SELECT doc FROM ${table}${where ? ` WHERE ${where}` : ''}`)
      .pluck()
      .iterate(...params) as IterableIterator<string>
  }

  /** One page of document texts (LIMIT/OFFSET in SQL), all at once: faster than iterate for small pages. */
  page(name: string, where: string, params: unknown[], limit: number, offset: number): string[] {
    const { table } = this.info(name)
    // Literal numbers: SQLite runs `LIMIT ?` several times slower than `LIMIT 100` here.
    const sql = `SELECT doc FROM ${table}${where ? ` WHERE ${where}` : ''} LIMIT ${Math.floor(limit)}${offset > 0 ? ` OFFSET ${Math.floor(offset)}` : ''}`
    return this.prepare(sql)
      .pluck()
      .all(...params) as string[]
  }

  count(name: string, where: string, params: unknown[]): number {
    const { table } = this.info(name)
    return this.prepare(`SELECT count(*) FROM ${table}${where ? ` WHERE ${where}` : ''}`)
      .pluck()
      .get(...params) as number
  }

  /** Ids of committed documents holding this unique key (tuple of SQL values, null → sentinel). */
  idsWithUniqueKey(name: string, index: IndexSpec, key: unknown[]): DocId[] {
    const { table } = this.info(name)
    const where = index.fields.map((f) => `${uniqueExpr(f)} = coalesce(?,x'00')`).join(' AND ')
    return this.prepare(`SELECT id FROM ${table} WHERE ${where}`)
      .pluck()
      .all(...key) as DocId[]
  }

  /** Runs `fn` inside one SQLite transaction (BEGIN IMMEDIATE); any throw rolls all of it back. */
  atomic<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn()
    return this.db.transaction(fn).immediate()
  }

  private translate(e: unknown, name: string, doc: Doc): unknown {
    const err = e as { code?: string; message?: string }
    if (err.code !== 'SQLITE_CONSTRAINT_UNIQUE' && err.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return e
    const quoted = /index '([^']+)'/.exec(err.message ?? '')?.[1]
    const index = this.info(name).indexes.find((i) => quoted === `ux_${name}_${i.name}` || quoted === `ix_${name}_${i.name}`)
    if (!index) return duplicateKey(name, '_id_', { _id: doc._id })
    const key: Record<string, unknown> = {}
    for (const f of index.fields) key[f] = sqlValue(doc, f) ?? null
    return duplicateKey(name, index.name, key)
  }
}

/** The value SQLite's json_extract would give for a path of this document. */
export function sqlValue(doc: Doc, path: string): unknown {
  let value: unknown = doc
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return null
    value = (value as Record<string, unknown>)[segment]
  }
  if (value === undefined || value === null) return null
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'object') return toStored(value)
  return value
}
