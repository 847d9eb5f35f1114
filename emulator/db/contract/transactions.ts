import { rejection, type Sdk, type Target } from './target'

const CONFLICT = /TransactionConflict|transaction.*conflict/i

/** runTransaction / startTransaction: commit, rollback, snapshot reads, conflicts, locks. */
export function transactionCases(target: () => Target): void {
  let name: string
  let coll: Sdk
  let _: Sdk
  let seq = 0
  const account = async (balance: number): Promise<string> => {
    const id = `acct${++seq}`
    await coll.add({ data: { _id: id, balance } })
    return id
  }
  const balance = async (id: string): Promise<number> => (await coll.doc(id).get()).data.balance

  beforeAll(async () => {
    const t = target()
    name = await t.collection('ct_txn')
    coll = t.db.collection(name)
    _ = t.db.command
  })

  it('runTransaction commits every write together and answers the callback value', async () => {
    const a = await account(100)
    const b = await account(0)
    const result = await target().db.runTransaction(async (tx: Sdk) => {
      const from = await tx.collection(name).doc(a).get()
      await tx
        .collection(name)
        .doc(a)
        .update({ data: { balance: _.inc(-30) } })
      await tx
        .collection(name)
        .doc(b)
        .update({ data: { balance: _.inc(30) } })
      await tx.collection(name).add({ data: { _id: `${a}-log`, before: from.data.balance } })
      return 'moved'
    })
    expect(result).toBe('moved')
    expect(await balance(a)).toBe(70)
    expect(await balance(b)).toBe(30)
    expect((await coll.doc(`${a}-log`).get()).data.before).toBe(100)
  })

  it('runTransaction rolls everything back when the callback throws, and rethrows', async () => {
    const a = await account(100)
    const boom = new Error('boom')
    const err = await rejection(
      target().db.runTransaction(async (tx: Sdk) => {
        await tx
          .collection(name)
          .doc(a)
          .update({ data: { balance: 0 } })
        await tx.collection(name).add({ data: { _id: `${a}-ghost` } })
        throw boom
      }),
    )
    expect(err).toBe(boom)
    expect(await balance(a)).toBe(100)
    expect((await coll.where({ _id: `${a}-ghost` }).count()).total).toBe(0)
  })

  it('transaction.rollback(reason) inside runTransaction rejects with that reason and writes nothing', async () => {
    const a = await account(5)
    const err = await rejection(
      target().db.runTransaction(async (tx: Sdk) => {
        await tx
          .collection(name)
          .doc(a)
          .update({ data: { balance: 6 } })
        await tx.rollback('not enough')
      }),
    )
    expect(err).toBe('not enough')
    expect(await balance(a)).toBe(5)
  })

  it('startTransaction: own writes are visible inside, invisible outside until commit', async () => {
    const a = await account(1)
    const tx = await target().db.startTransaction()
    await tx
      .collection(name)
      .doc(a)
      .update({ data: { balance: 2 } })
    await tx
      .collection(name)
      .doc(`${a}-new`)
      .set({ data: { made: true } })
    expect((await tx.collection(name).doc(a).get()).data.balance).toBe(2)
    expect((await tx.collection(name).doc(`${a}-new`).get()).data.made).toBe(true)
    expect(await balance(a)).toBe(1)
    expect((await coll.where({ _id: `${a}-new` }).count()).total).toBe(0)
    await tx.commit()
    expect(await balance(a)).toBe(2)
    expect((await coll.doc(`${a}-new`).get()).data.made).toBe(true)
  })

  it('startTransaction + rollback() discards every write, including removes', async () => {
    const a = await account(9)
    const b = await account(9)
    const tx = await target().db.startTransaction()
    await tx
      .collection(name)
      .doc(a)
      .update({ data: { balance: 0 } })
    const removed = await tx.collection(name).doc(b).remove()
    expect(removed.stats.removed).toBe(1)
    await tx.rollback()
    expect(await balance(a)).toBe(9)
    expect(await balance(b)).toBe(9)
  })

  it('reads inside a transaction come from its snapshot; writing a document changed since fails with a conflict', async () => {
    const a = await account(10)
    const tx = await target().db.startTransaction()
    expect((await tx.collection(name).doc(a).get()).data.balance).toBe(10)
    await coll.doc(a).update({ data: { balance: 11 } })
    expect((await tx.collection(name).doc(a).get()).data.balance).toBe(10)
    const err = await rejection(
      tx
        .collection(name)
        .doc(a)
        .update({ data: { balance: _.inc(1) } }),
    )
    expect(err.errCode).toBe(-501001)
    expect(err.errMsg).toMatch(CONFLICT)
    await tx.rollback().catch(() => undefined) // the conflict already aborted it
    expect(await balance(a)).toBe(11)
  })

  it('two transactions writing one document: the second write fails at once with a conflict', async () => {
    const a = await account(50)
    const t1 = await target().db.startTransaction()
    const t2 = await target().db.startTransaction()
    await t1
      .collection(name)
      .doc(a)
      .update({ data: { balance: _.inc(-10) } })
    const err = await rejection(
      t2
        .collection(name)
        .doc(a)
        .update({ data: { balance: _.inc(-20) } }),
    )
    expect(err.errCode).toBe(-501001)
    expect(err.errMsg).toMatch(CONFLICT)
    await t1.commit()
    await t2.rollback().catch(() => undefined)
    expect(await balance(a)).toBe(40)
  })

  it('runTransaction does not retry a conflict raised inside an operation', async () => {
    const a = await account(50)
    const holder = await target().db.startTransaction()
    await holder
      .collection(name)
      .doc(a)
      .update({ data: { balance: 1 } })
    let calls = 0
    const err = await rejection(
      target().db.runTransaction(async (tx: Sdk) => {
        calls++
        await tx
          .collection(name)
          .doc(a)
          .update({ data: { balance: 2 } })
      }),
    )
    expect(calls).toBe(1)
    expect(err.errMsg).toMatch(CONFLICT)
    await holder.commit()
    expect(await balance(a)).toBe(1)
  })

  it('a write outside any transaction waits for the lock and lands after the commit', async () => {
    const a = await account(0)
    const tx = await target().db.startTransaction()
    await tx
      .collection(name)
      .doc(a)
      .update({ data: { balance: _.inc(5) } })
    const outside = coll.doc(a).update({ data: { balance: _.inc(100) } })
    let outsideDone = false
    void outside.then(() => (outsideDone = true))
    expect((await coll.doc(a).get()).data.balance).toBe(0) // reads do not wait
    expect(outsideDone).toBe(false)
    await tx.commit()
    expect((await outside).stats.updated).toBe(1)
    expect(await balance(a)).toBe(105)
  })
}

/** Emulator-only rules the real service documents but that a contract run should not rely on. */
export function localTransactionCases(target: () => Target): void {
  it('where() inside a transaction is refused: only single-document operations are allowed', async () => {
    const t = target()
    const name = await t.collection('ct_txn_where')
    const tx = await t.db.startTransaction()
    const err = await rejection(tx.collection(name).where({ a: 1 }).get())
    expect(err.errMsg).toMatch(/single-document/)
    await tx.rollback()
    expect(t.local?.db.openTransactions).toBe(0)
  })
}
