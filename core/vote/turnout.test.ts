import { reconcileStatistics, type EnteredItemStatistics } from './reconcile'
import { ballot, ballotsFor, item, run, unit } from './test-fixtures'
import { turnout } from './turnout'

describe('turnout against the ⅔ quorum', () => {
  const units = [unit({ id: 'a', area: 10000 }), unit({ id: 'b', area: 10000 }), unit({ id: 'c', area: 10001 })]

  it('states the shortfall in households and m²', () => {
    const r = turnout(units, [ballot('party:a', 'agree')])
    expect(r).toMatchObject({
      ok: true,
      data: {
        headcount: { total: 3, participating: 1, needed: 2, shortfall: 1, met: false },
        area: { total: 30001, participating: 10000, needed: 20001, shortfall: 10001, met: false },
        met: false,
        summary: '参与表决 1 人 / 100.00 m²，还差 1 人 / 100.01 m² 达到三分之二',
      },
    })
  })

  it('needs ⌈2T/3⌉: exactly two thirds is enough', () => {
    const even = [unit({ id: 'x' }), unit({ id: 'y' }), unit({ id: 'z' })]
    const r = turnout(even, ballotsFor(even, ['agree', 'oppose', null]))
    expect(r.ok && r.data.met).toBe(true)
    expect(r.ok && r.data.summary).toBe('参与表决 2 人 / 200.00 m²，已达到三分之二（需 2 人 / 200.00 m²）')
  })

  it('counts a party once across items, or per item when asked', () => {
    const ballots = [ballot('party:a', 'agree', 'i1'), ballot('party:a', 'agree', 'i2'), ballot('party:b', 'oppose', 'i2')]
    const any = turnout(units, ballots)
    const first = turnout(units, ballots, 'i1')
    expect(any.ok && any.data.headcount.participating).toBe(2)
    expect(first.ok && first.data.headcount.participating).toBe(1)
  })

  it('rejects a ballot for a party outside the scope', () => {
    expect(turnout(units, [ballot('party:q', 'agree')])).toMatchObject({ ok: false, code: 'UNKNOWN_PARTY' })
  })
})

describe('reconcileStatistics (统计录入)', () => {
  const units = [unit({ id: 'a', area: 8950 }), unit({ id: 'b' }), unit({ id: 'c' })]
  const computed = run(units, ballotsFor(units, ['agree', 'oppose', 'followMajority']), { items: [item('i1')] }).items
  const entered = (patch: Partial<EnteredItemStatistics['figures']> = {}): EnteredItemStatistics => ({
    itemId: 'i1',
    figures: {
      agree: { count: 1, areaCenti: 8950 },
      oppose: { count: 1, areaCenti: 10000 },
      abstain: { count: 0, areaCenti: 0 },
      followMajority: { count: 1, areaCenti: 10000 },
      ...patch,
    },
  })

  it('matches when the committee counted the same', () => {
    expect(reconcileStatistics(computed, [entered()])).toEqual({ matches: true, differences: [] })
  })

  it('lists each difference with both figures', () => {
    const r = reconcileStatistics(computed, [
      entered({ agree: { count: 2, areaCenti: 8950 }, followMajority: { count: 1, areaCenti: 9000 } }),
    ])
    expect(r.matches).toBe(false)
    expect(r.differences).toEqual([
      { itemId: 'i1', field: 'agree.count', entered: 2, computed: 1, message: '第1项同意票数：录入 2，系统计算 1' },
      {
        itemId: 'i1',
        field: 'followMajority.areaCenti',
        entered: 9000,
        computed: 10000,
        message: '第1项从众面积：录入 90.00 m²，系统计算 100.00 m²',
      },
    ])
  })

  it('reports items missing on either side', () => {
    const r = reconcileStatistics(computed, [{ ...entered(), itemId: 'other' }])
    expect(r.differences.map((d) => [d.itemId, d.field])).toEqual([
      ['i1', 'item'],
      ['other', 'item'],
    ])
    expect(r.differences.map((d) => d.message)).toEqual(['第1项未录入统计', '录入了一个不属于本次表决的事项'])
  })
})
