import type { Sdk, Target } from './target'

/** Every update operator, merge vs `_.set`, where().update and the `updated` counts. */
export function updateCases(target: () => Target): void {
  let coll: Sdk
  let _: Sdk
  let seq = 0
  /** A fresh document per test, so cases do not lean on each other. */
  const fresh = async (data: Record<string, unknown>): Promise<Sdk> => {
    const id = `u${++seq}`
    await coll.add({ data: { _id: id, ...data } })
    return coll.doc(id)
  }
  const read = async (ref: Sdk) => {
    const { _id, ...rest } = (await ref.get()).data
    return rest
  }

  beforeAll(async () => {
    const t = target()
    coll = t.db.collection(await t.collection('ct_update'))
    _ = t.db.command
  })

  it('merges a plain nested object field by field, but _.set replaces the whole object', async () => {
    const ref = await fresh({ o: { a: 1, b: 2 }, p: { a: 1, b: 2 } })
    const res = await ref.update({ data: { o: { b: 3, c: 4 }, p: _.set({ c: 5 }) } })
    expect(res.stats.updated).toBe(1)
    expect(await read(ref)).toEqual({ o: { a: 1, b: 3, c: 4 }, p: { c: 5 } })
  })

  it('updates dotted paths, creating missing parents', async () => {
    const ref = await fresh({ o: { a: 1 } })
    await ref.update({ data: { 'o.b.c': 2, 'x.y': 'z' } })
    expect(await read(ref)).toEqual({ o: { a: 1, b: { c: 2 } }, x: { y: 'z' } })
  })

  it('_.inc and _.mul, on existing and missing fields', async () => {
    const ref = await fresh({ n: 10, m: 3 })
    await ref.update({ data: { n: _.inc(-4), m: _.mul(2.5), fresh: _.inc(7), zero: _.mul(3) } })
    expect(await read(ref)).toEqual({ n: 6, m: 7.5, fresh: 7, zero: 0 })
  })

  it('_.remove deletes a field', async () => {
    const ref = await fresh({ keep: 1, drop: 2, o: { drop: 3, keep: 4 } })
    await ref.update({ data: { drop: _.remove(), o: { drop: _.remove() } } })
    expect(await read(ref)).toEqual({ keep: 1, o: { keep: 4 } })
  })

  it('_.push appends (one value, many values, at a position, with sort and slice) and _.unshift prepends', async () => {
    const ref = await fresh({ a: [1], b: [5, 1], c: [3], d: [2] })
    await ref.update({
      data: {
        a: _.push(2),
        b: _.push({ each: [4, 2], sort: 1, slice: 3 }),
        c: _.push({ each: [9], position: 0 }),
        d: _.unshift(0, 1),
        e: _.push([7, 8]),
      },
    })
    expect(await read(ref)).toEqual({ a: [1, 2], b: [1, 2, 4], c: [9, 3], d: [0, 1, 2], e: [7, 8] })
  })

  it('_.pull removes by value or by condition, _.pullAll removes all listed values', async () => {
    const ref = await fresh({ a: [1, 2, 3, 2], b: [1, 5, 9], c: [{ k: 1 }, { k: 2 }], d: ['x', 'y', 'z', 'x'] })
    await ref.update({ data: { a: _.pull(2), b: _.pull(_.gt(4)), c: _.pull({ k: 1 }), d: _.pullAll(['x', 'z']) } })
    expect(await read(ref)).toEqual({ a: [1, 3], b: [1], c: [{ k: 2 }], d: ['y'] })
  })

  it('_.addToSet adds only missing values, one or several', async () => {
    const ref = await fresh({ a: [1, 2], b: ['x'] })
    await ref.update({ data: { a: _.addToSet(2), b: _.addToSet({ $each: ['x', 'y', 'z'] }) } })
    expect(await read(ref)).toEqual({ a: [1, 2], b: ['x', 'y', 'z'] })
  })

  it('_.pop drops the last element, _.shift the first', async () => {
    const ref = await fresh({ a: [1, 2, 3], b: [1, 2, 3] })
    await ref.update({ data: { a: _.pop(), b: _.shift() } })
    expect(await read(ref)).toEqual({ a: [1, 2], b: [2, 3] })
  })

  it('_.rename moves a field, _.max and _.min keep the larger or smaller value', async () => {
    const ref = await fresh({ old: 'v', hi: 5, lo: 5, hi2: 5 })
    await ref.update({ data: { old: _.rename('renamed'), hi: _.max(9), hi2: _.max(1), lo: _.min(2) } })
    expect(await read(ref)).toEqual({ renamed: 'v', hi: 9, hi2: 5, lo: 2 })
  })

  it('counts a no-op update as updated 0, and a missing document as updated 0 without error', async () => {
    const ref = await fresh({ n: 1 })
    expect((await ref.update({ data: { n: 1 } })).stats.updated).toBe(0)
    expect((await coll.doc('no-such-doc').update({ data: { n: 1 } })).stats.updated).toBe(0)
    expect((await coll.where({ _id: 'no-such-doc' }).count()).total).toBe(0)
  })

  it('where().update changes every match and reports how many changed', async () => {
    await fresh({ batch: 'w', n: 1 })
    await fresh({ batch: 'w', n: 2 })
    await fresh({ batch: 'w', n: 2 })
    await fresh({ batch: 'other', n: 2 })
    const res = await coll.where({ batch: 'w', n: _.gte(1) }).update({ data: { n: 2, touched: true } })
    expect(res.stats.updated).toBe(3)
    const again = await coll.where({ batch: 'w' }).update({ data: { n: 2 } })
    expect(again.stats.updated).toBe(0)
    expect((await coll.where({ touched: true }).count()).total).toBe(3)
  })
}
