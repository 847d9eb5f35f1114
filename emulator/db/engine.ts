import { collectionNotExist, invalidParam } from './errors'
import type { SqlStore } from './sql-store'
import type { Transactions, Txn } from './transactions'

/** What every action works with. */
export interface Engine {
  readonly store: SqlStore
  readonly txns: Transactions
  /** The injectable clock (ms); `serverDate()` and generated ids read it. */
  readonly now: () => number
  /** The request's collection; fails like CloudBase when it does not exist. */
  collection(body: Record<string, unknown>): string
}

/** A non-transactional write that must wait for this transaction to end, then try again. */
export class Blocked {
  constructor(readonly txn: Txn) {}
}

export function collectionResolver(store: SqlStore, autoCreate: boolean): (body: Record<string, unknown>) => string {
  return (body) => {
    const name = body.collectionName
    if (typeof name !== 'string' || name === '') throw invalidParam('collectionName is required')
    if (!store.hasCollection(name)) {
      if (!autoCreate) throw collectionNotExist(name)
      store.createCollection(name)
    }
    return name
  }
}
