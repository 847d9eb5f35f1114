import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { toStored } from './ejson'
import { LocalDatabase } from './local-database'

/** LocalDatabase behaviour the SDK contract does not show: files, stats, options, direct reads. */

const insert = (collectionName: string, docs: object[]) => ({ action: 'database.insertDocument', collectionName, data: docs.map(toStored) })

describe('LocalDatabase', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localdb-'))
  })
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('keeps documents, created collections and unique indexes in its file across restarts', async () => {
    const file = path.join(dir, 'db.sqlite')
    const indexes = { units: [{ name: 'room', fields: ['room'], unique: true }] }
    const first = new LocalDatabase({ file, indexes })
    await first.handle(insert('units', [{ _id: 'u1', room: '101', at: new Date(5) }]))
    await first.handle({ action: 'database.addCollection', collectionName: 'extra' })
    first.close()

    const second = new LocalDatabase({ file, indexes })
    expect(await second.query('units')).toEqual([{ _id: 'u1', room: '101', at: new Date(5) }])
    expect(second.collections()).toContain('extra')
    const dup = await second.handle(insert('units', [{ room: '101' }]))
    expect(dup).toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    second.close()

    // An index removed from the declaration is dropped: the duplicate is now allowed.
    const third = new LocalDatabase({ file, indexes: { units: [] } })
    expect(await third.handle(insert('units', [{ room: '101' }]))).toMatchObject({ data: { insertedIds: [expect.any(String)] } })
    third.close()
  })

  it('counts requests by action until reset', async () => {
    const db = new LocalDatabase({ collections: ['c'] })
    await db.handle(insert('c', [{ a: 1 }]))
    await db.handle({ action: 'database.getDocument', collectionName: 'c', queryType: 'WHERE' })
    await db.handle({ action: 'database.getDocument', collectionName: 'c', queryType: 'WHERE' })
    expect(db.stats()).toEqual({ total: 3, byAction: { 'database.insertDocument': 1, 'database.getDocument': 2 } })
    db.resetStats()
    expect(db.stats()).toEqual({ total: 0, byAction: {} })
    db.close()
  })

  it('answers unknown actions and unknown collections with CloudBase error bodies', async () => {
    const db = new LocalDatabase({ indexes: {} })
    expect(await db.handle({ action: 'database.nope' })).toMatchObject({ code: 'INVALID_PARAM', requestId: expect.any(String) })
    expect(await db.handle({ action: 'database.getDocument', collectionName: 'ghost' })).toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    })
    expect(await db.handle({ action: 'database.addCollection', collectionName: 'ghost' })).toMatchObject({ requestId: expect.any(String) })
    expect(await db.handle({ action: 'database.addCollection', collectionName: 'ghost' })).toMatchObject({
      code: 'DATABASE_COLLECTION_ALREADY_EXIST',
    })
    expect(await db.handle({ action: 'database.commitTransaction', transactionId: 'nope' })).toMatchObject({
      code: 'DATABASE_TRANSACTION_FAIL',
    })
    db.close()
  })

  it('creates collections on first use when autoCreateCollections is on', async () => {
    const db = new LocalDatabase({ indexes: {}, autoCreateCollections: true })
    expect(await db.handle(insert('fresh', [{ _id: 'x' }]))).toMatchObject({ data: { insertedIds: ['x'] } })
    expect(await db.query('fresh')).toEqual([{ _id: 'x' }])
    db.close()
  })

  it('reads directly with query(): a MongoDB filter with plain values, no limit, empty for unknown collections', async () => {
    const db = new LocalDatabase({ collections: ['many'] })
    await db.handle(
      insert(
        'many',
        Array.from({ length: 1500 }, (_, i) => ({ i, at: new Date(i) })),
      ),
    )
    expect(await db.query('many')).toHaveLength(1500)
    expect(await db.query('many', { at: { $gte: new Date(1490) } })).toHaveLength(10)
    expect(await db.query('nothing-here')).toEqual([])
    expect(db.stats().byAction['database.getDocument']).toBeUndefined()
    db.close()
  })
})
