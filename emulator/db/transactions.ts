import { randomBytes } from 'node:crypto'
import type { IndexSpec } from '../../server/indexes'
import { type Doc, cloneDoc, fromStored } from './ejson'
import { duplicateKey, transactionConflict, transactionGone } from './errors'
import { type DocId, type SqlStore, sqlValue } from './sql-store'

/**
 * CloudBase transactions as the WeChat docs describe them (快照隔离):
 * - reads see a snapshot taken at the transaction's first operation, plus its own writes;
 * - a write takes a lock on the document; another transaction writing a locked document fails
 *   at once with DATABASE_TRANSACTION_CONFLICT, and so does writing a document that someone
 *   committed after the snapshot; a non-transactional write to a locked document waits until
 *   the lock is released (commit, abort or expiry);
 * - the writes are buffered here and applied at commit in one SQLite `BEGIN IMMEDIATE`
 *   transaction, so nothing is visible outside before commit and all of it is after;
 * - any failed write (conflict, duplicate key) aborts the transaction, as MongoDB does: later
 *   operations, commit and abort on it answer DATABASE_TRANSACTION_FAIL;
 * - only single-document operations (doc get/set/update/remove, add) are allowed inside.
 *
 * Snapshots: every committed write while a snapshot is open records the row's previous text,
 * so a snapshot read of a changed document returns the version it had at snapshot time.
 * Unique keys are locked like documents, so two transactions cannot both claim one.
 */

export interface Txn {
  readonly id: string
  snapshotSeq?: number
  readonly writes: Map<string, { collection: string; id: DocId; doc: Doc | null }>
  readonly uniqueKeys: Set<string>
  readonly done: Promise<void>
  finish(): void
  timer?: NodeJS.Timeout
}

/** Returned by `compute` to leave the document as it is (update of a missing doc, no change). */
export const NO_WRITE = Symbol('no write')

interface Before {
  seq: number
  text: string | null
}

export class Transactions {
  private seq = 0
  private readonly active = new Map<string, Txn>()
  private readonly ended = new Map<string, string>()
  private readonly locks = new Map<string, Txn>()
  private readonly uniqueLocks = new Map<string, Txn>()
  private readonly history = new Map<string, Before[]>()

  constructor(
    private readonly store: SqlStore,
    private readonly lifetimeMs: number,
  ) {
    store.onWrite({
      wantsBefore: () => this.snapshotsOpen(),
      wrote: (collection, id, before) => this.recordWrite(collection, id, before),
    })
  }

  start(): Txn {
    let finish = () => {}
    const done = new Promise<void>((resolve) => (finish = resolve))
    const txn: Txn = { id: randomBytes(16).toString('hex'), writes: new Map(), uniqueKeys: new Set(), done, finish }
    txn.timer = setTimeout(() => this.end(txn, `expired (older than ${this.lifetimeMs} ms)`), this.lifetimeMs)
    txn.timer.unref()
    this.active.set(txn.id, txn)
    return txn
  }

  get(id: unknown): Txn {
    const txn = this.active.get(String(id))
    if (!txn) throw transactionGone(String(id), this.ended.get(String(id)) ?? 'does not exist')
    return txn
  }

  get openCount(): number {
    return this.active.size
  }

  /** The document as this transaction sees it (a copy), or null. */
  read(txn: Txn, collection: string, id: DocId): Doc | null {
    this.openSnapshot(txn)
    const own = txn.writes.get(docKey(collection, id))
    if (own) return own.doc ? cloneDoc(own.doc) : null
    const text = this.snapshotText(txn, collection, id)
    return text === null ? null : fromStored(text)
  }

  /**
   * Writes one document inside the transaction. `compute` gets the current (snapshot) version
   * and answers the new one, null to delete, or NO_WRITE.
   */
  write(txn: Txn, collection: string, id: DocId, compute: (current: Doc | null) => Doc | null | typeof NO_WRITE): void {
    this.openSnapshot(txn)
    const key = docKey(collection, id)
    const owner = this.locks.get(key)
    const changedSinceSnapshot = this.history.get(key)?.some((b) => b.seq > (txn.snapshotSeq as number))
    if ((owner && owner !== txn) || (!owner && changedSinceSnapshot)) this.fail(txn, transactionConflict())
    let next: Doc | null | typeof NO_WRITE
    try {
      next = compute(this.read(txn, collection, id))
      if (next !== NO_WRITE && next !== null) this.checkUnique(txn, collection, key, next)
    } catch (e) {
      this.fail(txn, e)
    }
    if (next === NO_WRITE) return
    txn.writes.set(key, { collection, id, doc: next })
    this.locks.set(key, txn)
    if (next) {
      for (const ukey of this.uniqueKeysOf(collection, next)) {
        this.uniqueLocks.set(ukey, txn)
        txn.uniqueKeys.add(ukey)
      }
    }
  }

  commit(txn: Txn): void {
    try {
      this.store.atomic(() => {
        for (const w of txn.writes.values()) {
          if (w.doc) this.store.put(w.collection, w.doc, 'replace')
          else this.store.delete(w.collection, w.id)
        }
      })
    } catch (e) {
      this.end(txn, 'was aborted by its failed commit')
      throw e
    }
    this.end(txn, 'has been committed')
  }

  abort(txn: Txn): void {
    this.end(txn, 'has been aborted')
  }

  /** The open transaction holding a lock this non-transactional write needs, if any. */
  blockerFor(collection: string, ids: DocId[], newDocs: Doc[]): Txn | undefined {
    if (this.active.size === 0) return undefined
    for (const id of ids) {
      const owner = this.locks.get(docKey(collection, id))
      if (owner) return owner
    }
    for (const doc of newDocs) {
      for (const ukey of this.uniqueKeysOf(collection, doc)) {
        const owner = this.uniqueLocks.get(ukey)
        if (owner) return owner
      }
    }
    return undefined
  }

  private openSnapshot(txn: Txn): void {
    if (txn.snapshotSeq === undefined) txn.snapshotSeq = this.seq
  }

  private snapshotText(txn: Txn, collection: string, id: DocId): string | null {
    const first = this.history.get(docKey(collection, id))?.find((b) => b.seq > (txn.snapshotSeq as number))
    return first ? first.text : this.store.getText(collection, id)
  }

  private snapshotsOpen(): boolean {
    for (const t of this.active.values()) if (t.snapshotSeq !== undefined) return true
    return false
  }

  private recordWrite(collection: string, id: DocId, before: string | null | undefined): void {
    this.seq++
    if (before === undefined) return // no snapshot was open: nobody can ask for the old version
    const key = docKey(collection, id)
    let list = this.history.get(key)
    if (!list) this.history.set(key, (list = []))
    list.push({ seq: this.seq, text: before })
  }

  private checkUnique(txn: Txn, collection: string, key: string, next: Doc): void {
    for (const index of this.store.indexesOf(collection)) {
      if (!index.unique) continue
      const tuple = index.fields.map((f) => sqlValue(next, f))
      const owner = this.uniqueLocks.get(uniqueKey(collection, index, tuple))
      if (owner && owner !== txn) throw transactionConflict()
      const same = (doc: Doc | null) => doc !== null && index.fields.every((f, i) => sqlValue(doc, f) === tuple[i])
      const dup = () => duplicateKey(collection, index.name, Object.fromEntries(index.fields.map((f, i) => [f, tuple[i]])))
      for (const [k, w] of txn.writes) if (k !== key && w.collection === collection && same(w.doc)) throw dup()
      for (const otherId of this.store.idsWithUniqueKey(collection, index, tuple)) {
        const otherKey = docKey(collection, otherId)
        if (otherKey === key) continue
        const pending = txn.writes.get(otherKey)
        if (pending && !same(pending.doc)) continue // this transaction moves or deletes it
        throw dup()
      }
    }
  }

  private uniqueKeysOf(collection: string, doc: Doc): string[] {
    if (!this.store.hasCollection(collection)) return []
    return this.store
      .indexesOf(collection)
      .filter((i) => i.unique)
      .map((i) =>
        uniqueKey(
          collection,
          i,
          i.fields.map((f) => sqlValue(doc, f)),
        ),
      )
  }

  /** Aborts the transaction because one of its writes failed, then rethrows that failure. */
  private fail(txn: Txn, error: unknown): never {
    this.end(txn, 'has been aborted after a failed write')
    throw error
  }

  private end(txn: Txn, why: string): void {
    if (!this.active.delete(txn.id)) return
    this.ended.set(txn.id, why)
    if (this.ended.size > 1000) this.ended.delete(this.ended.keys().next().value as string)
    for (const key of txn.writes.keys()) if (this.locks.get(key) === txn) this.locks.delete(key)
    for (const ukey of txn.uniqueKeys) if (this.uniqueLocks.get(ukey) === txn) this.uniqueLocks.delete(ukey)
    clearTimeout(txn.timer)
    txn.finish()
    this.pruneHistory()
  }

  /** Keeps only the previous versions an open snapshot can still ask for. */
  private pruneHistory(): void {
    const open = [...this.active.values()].map((t) => t.snapshotSeq).filter((s): s is number => s !== undefined)
    if (open.length === 0) {
      this.history.clear()
      return
    }
    const oldest = Math.min(...open)
    for (const [key, list] of this.history) {
      const kept = list.filter((b) => b.seq > oldest)
      if (kept.length === 0) this.history.delete(key)
      else this.history.set(key, kept)
    }
  }

  /** Ends every open transaction (closing the database). */
  closeAll(): void {
    for (const txn of [...this.active.values()]) this.end(txn, 'was ended because the database closed')
  }
}

function docKey(collection: string, id: DocId): string {
  return `${collection}\u0000${typeof id}:${id}`
}

function uniqueKey(collection: string, index: IndexSpec, tuple: unknown[]): string {
  return `${collection}\u0000${index.name}\u0000${JSON.stringify(tuple)}`
}
