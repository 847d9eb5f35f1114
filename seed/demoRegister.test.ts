import { planDocuments } from '../server/register/documents'
import { validateRegister } from '../server/register/validate'
import { REGISTER_COLUMNS, type ColumnKey } from '../server/register/columns'
import { mainRegister, secondRegister, PEOPLE } from './demoRegister'

const KEYS = Object.keys(REGISTER_COLUMNS) as ColumnKey[]

function validate(rows: ReturnType<typeof mainRegister>['rows']) {
  return validateRegister({
    header: KEYS.map((k) => REGISTER_COLUMNS[k]),
    headerLine: 1,
    rows: rows.map((r, i) => ({ line: i + 2, cells: KEYS.map((k) => ({ text: String(r[k]) })) })),
  })
}

describe('demo registers', () => {
  it('are the same on every run', () => {
    expect(mainRegister().rows).toEqual(mainRegister().rows)
  })

  it('翠湖苑 has 600 valid units with the promised mix', () => {
    const demo = mainRegister()
    const checked = validate(demo.rows)
    expect(checked.ok ? [] : checked.problems.slice(0, 3)).toEqual([])
    if (!checked.ok) return
    const [plan] = planDocuments(checked.register)
    expect(plan.units).toHaveLength(600)
    expect(plan.community.developerHeldUnits).toBe(20)
    expect(plan.units.filter((u) => u.ownerIds.length === 2)).toHaveLength(29)
    expect(demo.coOwnedUnits).toBe(29)
    expect(plan.persons.filter((p) => p.unitIds.length > 1)).toHaveLength(demo.multiUnitOwners)
    expect(demo.multiUnitOwners).toBeGreaterThanOrEqual(15)
    expect(plan.persons).toHaveLength(demo.persons)
    for (const u of plan.units) {
      expect(u.areaCenti).toBeGreaterThanOrEqual(4500)
      expect(u.areaCenti).toBeLessThanOrEqual(18000)
    }
    expect(plan.community.totalAreaCenti).toBe(demo.totalAreaCenti)
  })

  it('places the personas: 张伟 owns two units, 李建国 and 陈美华 one together', () => {
    const rows = mainRegister().rows
    const of = (p: { idNumber: string }) =>
      rows.filter((r) => String(r.idNumbers).includes(p.idNumber)).map((r) => `${r.building}-${r.unitNo}-${r.room}`)
    expect(of(PEOPLE.zhangWei)).toEqual(['3-2-1501', '4-1-2203'])
    expect(of(PEOPLE.liJianguo)).toEqual(['2-1-802'])
    expect(of(PEOPLE.chenMeihua)).toEqual(['2-1-802'])
    expect(of(PEOPLE.liuFang)).toEqual(['1-2-603'])
  })

  it('滨海苑 is a small valid estate in another street', () => {
    const checked = validate(secondRegister().rows)
    expect(checked.ok).toBe(true)
    if (checked.ok) expect(checked.register.communities[0]).toMatchObject({ id: 'sz-ns-binhai', street: '粤海街道' })
  })
})
