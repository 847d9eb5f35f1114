import type { Sdk, Target } from './target'

/** Aggregation stages the product uses. */
export function aggregateCases(target: () => Target): void {
  let units: Sdk
  let ownersName: string
  let $: Sdk
  let _: Sdk

  beforeAll(async () => {
    const t = target()
    units = t.db.collection(await t.collection('ct_agg_units'))
    ownersName = await t.collection('ct_agg_owners')
    $ = t.db.command.aggregate
    _ = t.db.command
    await units.add({
      data: [
        { _id: 'u1', building: 'A', area: 8000, owner: 'o1', tags: ['x', 'y'] },
        { _id: 'u2', building: 'A', area: 12000, owner: 'o2', tags: ['y'] },
        { _id: 'u3', building: 'B', area: 9000, owner: 'o1', tags: [] },
        { _id: 'u4', building: 'B', area: 10000, owner: 'o3', tags: ['x'] },
        { _id: 'u5', building: 'C', area: 7000, owner: 'o2', tags: ['z'] },
      ],
    })
    await t.db.collection(ownersName).add({
      data: [
        { _id: 'o1', name: '张三' },
        { _id: 'o2', name: '李四' },
      ],
    })
  })

  it('match + group + sort sums per key', async () => {
    const res = await units
      .aggregate()
      .match({ area: _.gte(8000) })
      .group({ _id: '$building', total: $.sum('$area'), n: $.sum(1) })
      .sort({ total: -1 })
      .end()
    expect(res.list).toEqual([
      { _id: 'A', total: 20000, n: 2 },
      { _id: 'B', total: 19000, n: 2 },
    ])
  })

  it('project + sort + skip + limit', async () => {
    const res = await units
      .aggregate()
      .project({ _id: 0, building: 1, m2: $.divide(['$area', 100]) })
      .sort({ m2: 1 })
      .skip(1)
      .limit(2)
      .end()
    expect(res.list).toEqual([
      { building: 'A', m2: 80 },
      { building: 'B', m2: 90 },
    ])
  })

  it('lookup joins another collection; unwind flattens arrays', async () => {
    const joined = await units
      .aggregate()
      .match({ building: 'A' })
      .lookup({ from: ownersName, localField: 'owner', foreignField: '_id', as: 'owners' })
      .sort({ _id: 1 })
      .project({ owners: 1 })
      .end()
    expect(joined.list).toEqual([
      { _id: 'u1', owners: [{ _id: 'o1', name: '张三' }] },
      { _id: 'u2', owners: [{ _id: 'o2', name: '李四' }] },
    ])
    const tags = await units
      .aggregate()
      .unwind('$tags')
      .group({ _id: '$tags', n: $.sum(1) })
      .sort({ _id: 1 })
      .end()
    expect(tags.list).toEqual([
      { _id: 'x', n: 2 },
      { _id: 'y', n: 2 },
      { _id: 'z', n: 1 },
    ])
  })

  it('count stage answers the number of documents reaching it', async () => {
    const res = await units
      .aggregate()
      .match({ building: _.in(['A', 'C']) })
      .count('n')
      .end()
    expect(res.list).toEqual([{ n: 3 }])
  })

  it('without a limit stage an aggregation answers at most 20 documents', async () => {
    const t = target()
    const many = t.db.collection(await t.collection('ct_agg_many'))
    await many.add({ data: Array.from({ length: 25 }, (_v, i) => ({ i })) })
    expect(
      (
        await many
          .aggregate()
          .match({ i: _.gte(0) })
          .end()
      ).list,
    ).toHaveLength(20)
    expect(
      (
        await many
          .aggregate()
          .match({ i: _.gte(0) })
          .limit(25)
          .end()
      ).list,
    ).toHaveLength(25)
  })
}
