import { rejection, type Sdk, type Target } from './target'

/**
 * Unique indexes declared in server/indexes.ts (here the suite's own `ct_unique`: code+kind).
 * Local only: on CloudBase the index must first be created in the console.
 */
export function uniqueIndexCases(target: () => Target): void {
  let coll: Sdk

  beforeAll(() => {
    coll = target().db.collection('ct_unique')
  })

  it('a declared unique index rejects a second document with the same key (errCode -501001)', async () => {
    await coll.add({ data: { code: 'A1', kind: 'x' } })
    await coll.add({ data: { code: 'A1', kind: 'y' } })
    const err = await rejection(coll.add({ data: { code: 'A1', kind: 'x', other: 1 } }))
    expect(err.errCode).toBe(-501001)
    expect(err.errMsg).toMatch(/duplicate key/)
    expect(err.errMsg).toContain('code_kind')
    expect((await coll.where({ code: 'A1' }).count()).total).toBe(2)
  })

  it('a missing indexed field counts as null: two such documents collide', async () => {
    await coll.add({ data: { code: 'B1' } })
    const err = await rejection(coll.add({ data: { code: 'B1', note: 'no kind either' } }))
    expect(err.errCode).toBe(-501001)
  })

  it('an update that would repeat a unique key fails and leaves the document as it was', async () => {
    await coll.add({ data: { _id: 'c1', code: 'C1', kind: 'x' } })
    await coll.add({ data: { _id: 'c2', code: 'C2', kind: 'x' } })
    const err = await rejection(coll.doc('c2').update({ data: { code: 'C1' } }))
    expect(err.errCode).toBe(-501001)
    expect((await coll.doc('c2').get()).data.code).toBe('C2')
  })

  it('inside transactions a unique key is claimed by the first writer: a second transaction conflicts, a duplicate in the same one fails', async () => {
    const db = target().db
    const t1 = await db.startTransaction()
    const t2 = await db.startTransaction()
    await t1.collection('ct_unique').add({ data: { _id: 'd1', code: 'D1', kind: 'x' } })
    const conflict = await rejection(t2.collection('ct_unique').add({ data: { _id: 'd2', code: 'D1', kind: 'x' } }))
    expect(conflict.errMsg).toMatch(/TransactionConflict/)
    const dup = await rejection(t1.collection('ct_unique').add({ data: { _id: 'd3', code: 'D1', kind: 'x' } }))
    expect(dup.errMsg).toMatch(/duplicate key/)
    // Both failures aborted their transactions: nothing was written.
    expect((await coll.where({ code: 'D1' }).count()).total).toBe(0)
    expect(target().local?.db.openTransactions).toBe(0)
  })
}
