import { rejection, type Sdk, type Target } from './target'

/** add/set/remove, ids, failures CloudBase-style, limits and serverDate. */
export function documentCases(target: () => Target): void {
  let coll: Sdk
  let name: string

  beforeAll(async () => {
    const t = target()
    name = await t.collection('ct_docs')
    coll = t.db.collection(name)
  })

  it('add without _id answers a new 32-hex-digit id; the document reads back as written', async () => {
    const res = await coll.add({ data: { title: '业主大会', n: 1, nested: { ok: true }, list: [1, 'two', null] } })
    expect(res._id).toMatch(/^[0-9a-f]{32}$/)
    const got = await coll.doc(res._id).get()
    expect(got.data).toEqual({ _id: res._id, title: '业主大会', n: 1, nested: { ok: true }, list: [1, 'two', null] })
  })

  it('add with a string or numeric _id keeps it; add of an array answers every id', async () => {
    expect((await coll.add({ data: { _id: 'given-id', v: 1 } }))._id).toBe('given-id')
    expect((await coll.add({ data: { _id: 4242, v: 2 } }))._id).toBe(4242)
    expect((await coll.doc(4242).get()).data.v).toBe(2)
    const many = await coll.add({ data: [{ _id: 'm1' }, { _id: 'm2' }, { v: 3 }] })
    expect(many._ids.slice(0, 2)).toEqual(['m1', 'm2'])
    expect(many._ids[2]).toMatch(/^[0-9a-f]{32}$/)
  })

  it('add with an _id that exists fails with errCode -501001 (duplicate key) and writes nothing', async () => {
    await coll.add({ data: { _id: 'dup', v: 'first' } })
    const err = await rejection(coll.add({ data: { _id: 'dup', v: 'second' } }))
    expect(err.errCode).toBe(-501001)
    expect(err.errMsg).toMatch(/duplicate/i)
    expect((await coll.doc('dup').get()).data.v).toBe('first')
  })

  it('doc().get() of a missing id fails with "document with _id … does not exist"', async () => {
    const err = await rejection(coll.doc('missing-id').get())
    expect(err.errMsg).toContain('document with _id missing-id does not exist')
  })

  it('with throwOnNotFound: false, doc().get() of a missing id answers data null', async () => {
    const res = await target().lenientDb.collection(name).doc('missing-id').get()
    expect(res.data).toBeNull()
  })

  it('a collection nobody created fails with errCode -502005', async () => {
    const err = await rejection(target().db.collection('ct_never_created_x').where({ a: 1 }).get())
    expect(err.errCode).toBe(-502005)
  })

  it('doc().set() replaces the whole document, or creates it (stats.created 1)', async () => {
    await coll.add({ data: { _id: 'set-me', a: 1, b: 2 } })
    const replaced = await coll.doc('set-me').set({ data: { c: 3 } })
    expect(replaced.stats).toEqual({ updated: 1, created: 0 })
    expect((await coll.doc('set-me').get()).data).toEqual({ _id: 'set-me', c: 3 })
    const created = await coll.doc('set-new').set({ data: { d: 4 } })
    expect(created.stats).toEqual({ updated: 0, created: 1 })
    expect((await coll.doc('set-new').get()).data).toEqual({ _id: 'set-new', d: 4 })
  })

  it('doc().remove() and where().remove() report how many were removed', async () => {
    await coll.add({
      data: [
        { _id: 'r1', grp: 'rm' },
        { _id: 'r2', grp: 'rm' },
        { _id: 'r3', grp: 'rm' },
      ],
    })
    expect((await coll.doc('r1').remove()).stats.removed).toBe(1)
    expect((await coll.doc('r1').remove()).stats.removed).toBe(0)
    expect((await coll.where({ grp: 'rm' }).remove()).stats.removed).toBe(2)
    expect((await coll.where({ grp: 'rm' }).count()).total).toBe(0)
  })

  it('serverDate() in add, update and set becomes the server time (plus offset) and reads back as a Date', async () => {
    const t = target()
    const { _id } = await coll.add({ data: { at: t.db.serverDate(), later: t.db.serverDate({ offset: 60_000 }) } })
    let doc = (await coll.doc(_id).get()).data
    t.expectServerDate(doc.at, 0)
    t.expectServerDate(doc.later, 60_000)
    await coll.doc(_id).update({ data: { touched: t.db.serverDate({ offset: -1000 }) } })
    doc = (await coll.doc(_id).get()).data
    t.expectServerDate(doc.touched, -1000)
    expect(doc.at.getTime()).toBeLessThan(doc.later.getTime())
  })

  it('Date values round-trip as Date objects and compare by time', async () => {
    const when = new Date(Date.UTC(2030, 11, 31, 23, 59, 59, 999))
    const { _id } = await coll.add({ data: { when, list: [when] } })
    const doc = (await coll.doc(_id).get()).data
    expect(doc.when).toBeInstanceOf(Date)
    expect(doc.when.getTime()).toBe(when.getTime())
    expect(doc.list[0]).toBeInstanceOf(Date)
    expect((await coll.where({ _id, when: target().db.command.eq(when) }).count()).total).toBe(1)
  })
}

/** Default limit 100, at most 1000 per get(), paging with skip. */
export function limitCases(target: () => Target): void {
  let coll: Sdk

  beforeAll(async () => {
    const t = target()
    coll = t.db.collection(await t.collection('ct_limits'))
    const docs = Array.from({ length: 1005 }, (_, i) => ({ _id: `p${String(i).padStart(4, '0')}`, i }))
    for (let start = 0; start < docs.length; start += 500) await coll.add({ data: docs.slice(start, start + 500) })
  }, 120_000)

  it('get() without limit answers 100 documents', async () => {
    expect((await coll.get()).data).toHaveLength(100)
    expect((await coll.where({ i: target().db.command.gte(0) }).get()).data).toHaveLength(100)
  })

  it('limit() above 1000 answers 1000 documents; count() still sees all', async () => {
    expect((await coll.limit(1000).get()).data).toHaveLength(1000)
    expect((await coll.limit(5000).get()).data).toHaveLength(1000)
    expect((await coll.count()).total).toBe(1005)
  })

  it('skip() pages through an ordered result', async () => {
    const page = await coll.orderBy('i', 'desc').skip(1000).limit(10).get()
    expect(page.data.map((d: { i: number }) => d.i)).toEqual([4, 3, 2, 1, 0])
  })
}
