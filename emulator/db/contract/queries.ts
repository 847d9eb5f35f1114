import type { Sdk, Target } from './target'

/** Every query command, ordering, paging, projection and count. */
export function queryCases(target: () => Target): void {
  let coll: Sdk
  let _: Sdk
  const ids = async (query: Sdk): Promise<string[]> => {
    const res = await query.get()
    return res.data.map((d: { _id: string }) => d._id).sort()
  }

  beforeAll(async () => {
    const t = target()
    const name = await t.collection('ct_query')
    _ = t.db.command
    coll = t.db.collection(name)
    await coll.add({
      data: [
        {
          _id: 'a',
          g: 1,
          n: 1,
          s: 'apple',
          tags: ['red', 'fruit'],
          nested: { x: 1, y: 'p' },
          at: new Date(Date.UTC(2024, 0, 1)),
          items: [{ k: 1 }, { k: 5 }],
        },
        {
          _id: 'b',
          g: 1,
          n: 2,
          s: 'banana',
          tags: ['yellow', 'fruit'],
          nested: { x: 2, y: 'q' },
          at: new Date(Date.UTC(2024, 5, 1)),
          items: [{ k: 2 }],
        },
        { _id: 'c', g: 2, n: 3, s: 'Cherry', tags: ['red'], nested: { x: 3 }, at: new Date(Date.UTC(2025, 0, 1)), flag: true },
        { _id: 'd', g: 2, n: 4, s: 'date', tags: [], opt: null },
        { _id: 'e', g: 1, n: 5.5, s: 'elder', tags: ['green', 'herb', 'tall'], flag: false },
      ],
    })
  })

  it('matches plain equality and _.eq, including array membership and dotted paths', async () => {
    expect(await ids(coll.where({ s: 'apple' }))).toEqual(['a'])
    expect(await ids(coll.where({ n: _.eq(2) }))).toEqual(['b'])
    expect(await ids(coll.where({ tags: 'red' }))).toEqual(['a', 'c'])
    expect(await ids(coll.where({ nested: { y: 'q' } }))).toEqual(['b'])
    expect(await ids(coll.where({ 'nested.x': 3 }))).toEqual(['c'])
  })

  it('matches _.neq, and null equality also matches a missing field', async () => {
    expect(await ids(coll.where({ n: _.neq(1) }))).toEqual(['b', 'c', 'd', 'e'])
    expect(await ids(coll.where({ opt: null }))).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(await ids(coll.where({ flag: _.neq(null) }))).toEqual(['c', 'e'])
  })

  it('matches _.lt, _.lte, _.gt, _.gte on numbers, strings and dates', async () => {
    expect(await ids(coll.where({ n: _.lt(3) }))).toEqual(['a', 'b'])
    expect(await ids(coll.where({ n: _.lte(3) }))).toEqual(['a', 'b', 'c'])
    expect(await ids(coll.where({ n: _.gt(4) }))).toEqual(['e'])
    expect(await ids(coll.where({ n: _.gte(4) }))).toEqual(['d', 'e'])
    expect(await ids(coll.where({ s: _.gte('b').and(_.lt('d')) }))).toEqual(['b'])
    expect(await ids(coll.where({ at: _.gt(new Date(Date.UTC(2024, 2, 1))) }))).toEqual(['b', 'c'])
  })

  it('matches _.in and _.nin', async () => {
    expect(await ids(coll.where({ s: _.in(['apple', 'date', 'nope']) }))).toEqual(['a', 'd'])
    expect(await ids(coll.where({ tags: _.in(['green', 'yellow']) }))).toEqual(['b', 'e'])
    expect(await ids(coll.where({ n: _.nin([1, 2, 3]) }))).toEqual(['d', 'e'])
  })

  it('combines conditions with _.and, _.or and field-level and/or', async () => {
    expect(await ids(coll.where(_.and([{ n: _.gt(1) }, { tags: 'red' }])))).toEqual(['c'])
    expect(await ids(coll.where(_.or([{ s: 'apple' }, { n: _.gte(5) }])))).toEqual(['a', 'e'])
    expect(await ids(coll.where({ n: _.lt(2).or(_.gt(4)) }))).toEqual(['a', 'e'])
    expect(await ids(coll.where({ n: _.gt(1).and(_.lt(4)) }))).toEqual(['b', 'c'])
  })

  it('matches _.exists and _.not', async () => {
    expect(await ids(coll.where({ flag: _.exists(true) }))).toEqual(['c', 'e'])
    expect(await ids(coll.where({ flag: _.exists(false) }))).toEqual(['a', 'b', 'd'])
    expect(await ids(coll.where({ n: _.not(_.gt(2)) }))).toEqual(['a', 'b'])
  })

  it('matches _.mod', async () => {
    expect(await ids(coll.where({ n: _.mod(2, 0) }))).toEqual(['b', 'd'])
  })

  it('matches _.elemMatch, _.size and _.all on arrays', async () => {
    expect(await ids(coll.where({ items: _.elemMatch({ k: _.gt(4) }) }))).toEqual(['a'])
    expect(await ids(coll.where({ tags: _.size(2) }))).toEqual(['a', 'b'])
    expect(await ids(coll.where({ tags: _.size(0) }))).toEqual(['d'])
    expect(await ids(coll.where({ tags: _.all(['red', 'fruit']) }))).toEqual(['a'])
  })

  it('matches JS RegExp and db.RegExp, with options', async () => {
    const t = target()
    expect(await ids(coll.where({ s: /^c/ }))).toEqual([])
    expect(await ids(coll.where({ s: /^c/i }))).toEqual(['c'])
    expect(await ids(coll.where({ s: t.db.RegExp({ regexp: 'an', options: '' }) }))).toEqual(['b'])
    expect(await ids(coll.where({ s: t.db.RegExp({ regexp: 'E', options: 'i' }) }))).toEqual(['a', 'c', 'd', 'e'])
  })

  it('orders by several fields, skips and limits', async () => {
    const res = await coll.orderBy('g', 'asc').orderBy('n', 'desc').get()
    expect(res.data.map((d: { _id: string }) => d._id)).toEqual(['e', 'b', 'a', 'd', 'c'])
    const page = await coll
      .where({ n: _.gt(0) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .get()
    expect(page.data.map((d: { _id: string }) => d._id)).toEqual(['d', 'c'])
    const byString = await coll.orderBy('s', 'asc').limit(3).get()
    expect(byString.data.map((d: { _id: string }) => d._id)).toEqual(['c', 'a', 'b']) // capitals sort first
  })

  it('projects with field(): included fields plus _id, or everything but excluded ones', async () => {
    const inc = await coll.where({ _id: 'a' }).field({ s: true, 'nested.x': true }).get()
    expect(inc.data).toEqual([{ _id: 'a', s: 'apple', nested: { x: 1 } }])
    const exc = await coll.doc('b').field({ tags: false, items: false, nested: false, at: false, g: false }).get()
    expect(exc.data).toEqual({ _id: 'b', n: 2, s: 'banana' })
  })

  it('counts matches', async () => {
    expect((await coll.count()).total).toBe(5)
    expect((await coll.where({ tags: 'fruit' }).count()).total).toBe(2)
    expect((await coll.where({ n: _.gt(100) }).count()).total).toBe(0)
  })

  it('answers dates as Date objects', async () => {
    const res = await coll.doc('a').get()
    expect(res.data.at).toBeInstanceOf(Date)
    expect(res.data.at.toISOString()).toBe('2024-01-01T00:00:00.000Z')
  })
}
