import { randomUUID } from 'node:crypto'
import { INDEXES, type IndexSpec } from '../../server/indexes'
import { Blocked, collectionResolver, type Engine } from './engine'
import { collectionExists, DbError, invalidParam } from './errors'
import { matchingDocs } from './query'
import { aggregateDocuments, calculateDocument, getDocument } from './reads'
import { SqlStore } from './sql-store'
import { Transactions } from './transactions'
import { insertDocument, modifyAndReturnDoc, modifyDocument, removeDocument } from './writes'

export interface LocalDatabaseOptions {
  /** SQLite file (WAL); ':memory:' (the default) for tests. */
  file?: string
  /** Time for `serverDate()` and new ids; default the real clock. */
  clock?: { now(): number }
  /** Collections and indexes; default server/indexes.ts. */
  indexes?: Record<string, readonly IndexSpec[]>
  /** More collections that exist from the start, without indexes. */
  collections?: readonly string[]
  /**
   * Create unknown collections on first use. Off by default: CloudBase answers
   * DATABASE_COLLECTION_NOT_EXIST (-502005) for a collection nobody created.
   */
  autoCreateCollections?: boolean
  /** An open transaction is aborted after this long (ms). Default 10 000. */
  transactionLifetimeMs?: number
}

export interface DbStats {
  /** Requests answered, every action counted (errors included). */
  total: number
  /** Per action, e.g. `{ 'database.getDocument': 3 }`. */
  byAction: Record<string, number>
}

type Action = (engine: Engine, body: Record<string, unknown>) => object | Blocked

/**
 * The CloudBase document database on SQLite: `handle(body)` answers exactly what
 * wx-server-sdk 4.0.2 (through @cloudbase/node-sdk 3.17.2 / @cloudbase/database 1.4.3)
 * POSTs to its `serviceUrl`. See README.md in this folder for behaviour and limits.
 */
export class LocalDatabase {
  private readonly store: SqlStore
  private readonly txns: Transactions
  private readonly engine: Engine
  private counts: Record<string, number> = {}
  private total = 0

  constructor(options: LocalDatabaseOptions = {}) {
    const clock = options.clock ?? { now: () => Date.now() }
    const declared: Record<string, readonly IndexSpec[]> = { ...(options.indexes ?? INDEXES) }
    for (const name of options.collections ?? []) declared[name] ??= []
    this.store = new SqlStore(options.file ?? ':memory:', declared)
    this.txns = new Transactions(this.store, options.transactionLifetimeMs ?? 10_000)
    this.engine = {
      store: this.store,
      txns: this.txns,
      now: () => clock.now(),
      collection: collectionResolver(this.store, options.autoCreateCollections ?? false),
    }
  }

  private readonly actions: Record<string, Action> = {
    'database.getDocument': getDocument,
    'database.calculateDocument': calculateDocument,
    'database.aggregateDocuments': aggregateDocuments,
    'database.insertDocument': insertDocument,
    'database.modifyDocument': modifyDocument,
    'database.modifyAndReturnDoc': modifyAndReturnDoc,
    'database.removeDocument': removeDocument,
    'database.addCollection': (engine, body) => {
      const name = String(body.collectionName ?? '')
      if (!engine.store.createCollection(name)) throw collectionExists(name)
      return {}
    },
    'database.startTransaction': (engine) => ({ transactionId: engine.txns.start().id }),
    'database.commitTransaction': (engine, body) => {
      engine.txns.commit(engine.txns.get(body.transactionId))
      return {}
    },
    'database.abortTransaction': (engine, body) => {
      engine.txns.abort(engine.txns.get(body.transactionId))
      return {}
    },
  }

  /**
   * Answers one request body (`{ action, ...params }`). Expected failures come back as
   * `{ code, message, requestId }`, never as a rejection; a rejection means a bug here.
   */
  async handle(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const action = typeof body?.action === 'string' ? body.action : ''
    this.total++
    this.counts[action] = (this.counts[action] ?? 0) + 1
    const requestId = randomUUID()
    try {
      const run = Object.prototype.hasOwnProperty.call(this.actions, action) ? this.actions[action] : undefined
      if (!run) throw invalidParam(`the local emulator does not support action ${action || '(none)'}`)
      for (;;) {
        const answer = run(this.engine, body)
        if (!(answer instanceof Blocked)) return { requestId, ...answer }
        // A document this write needs is locked by an open transaction: wait for it to end.
        await answer.txn.done
      }
    } catch (e) {
      if (e instanceof DbError) return { requestId, code: e.code, message: e.message }
      throw e
    }
  }

  stats(): DbStats {
    return { total: this.total, byAction: { ...this.counts } }
  }

  resetStats(): void {
    this.counts = {}
    this.total = 0
  }

  /**
   * Direct read for tools (dev pages, tests, benchmarks): every committed document matching a
   * MongoDB filter (plain JS values), in storage order. Not counted in stats; no limit.
   * A collection that does not exist reads as empty.
   */
  async query<T = Record<string, unknown>>(collection: string, filter: object = {}): Promise<T[]> {
    if (!this.store.hasCollection(collection)) return []
    return matchingDocs(this.store, collection, filter) as T[]
  }

  /** Creates a collection (like the console's 新建集合); answers false when it already existed. */
  createCollection(name: string): boolean {
    return this.store.createCollection(name)
  }

  collections(): string[] {
    return this.store.collectionNames()
  }

  /** Open transactions right now (tests use it to check nothing leaks). */
  get openTransactions(): number {
    return this.txns.openCount
  }

  close(): void {
    this.txns.closeAll()
    this.store.close()
  }
}
