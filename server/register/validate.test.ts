import { REGISTER_COLUMNS, type ColumnKey } from './columns'
import type { Sheet } from './readSheet'
import { testIdNumber, row } from '../testing/registerRows'
import { describeProblems, validateRegister } from './validate'
import type { RegisterRow } from './writeSheet'

const KEYS = Object.keys(REGISTER_COLUMNS) as ColumnKey[]

/** A sheet as readSheet would give it: header on line 1, data from line 2. */
function sheet(rows: RegisterRow[], header = KEYS.map((k) => REGISTER_COLUMNS[k] as string)): Sheet {
  return { header, headerLine: 1, rows: rows.map((r, i) => ({ line: i + 2, cells: KEYS.map((k) => ({ text: String(r[k]) })) })) }
}

function problems(rows: RegisterRow[]) {
  const result = validateRegister(sheet(rows))
  return result.ok ? [] : result.problems
}

describe('validateRegister', () => {
  it('accepts a clean register: co-owners, developer-held rows without owners, unit optional', () => {
    const result = validateRegister(
      sheet([
        row(),
        row({
          room: '102',
          ownerNames: '李四、王五',
          idNumbers: `${testIdNumber(2)}、${testIdNumber(3)}`,
          phones: '13800000002;13800000003',
        }),
        row({ room: '103', ownerNames: '', idNumbers: '', phones: '', developerHeld: '是' }),
        row({ building: '2栋', unitNo: '', room: '201室' }),
      ]),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.register.communities).toEqual([{ id: 'test-estate', name: '测试花园', district: '南山区', street: '桃源街道' }])
    expect(result.register.units.map((u) => [u.building, u.unitNo, u.room, u.owners.length, u.developerHeld])).toEqual([
      ['1', '1', '101', 1, false],
      ['1', '1', '102', 2, false],
      ['1', '1', '103', 0, true],
      ['2', '', '201', 1, false],
    ])
    expect(result.register.units[0].areaCenti).toBe(8945)
  })

  it('reports every bad row with its line and reason', () => {
    const found = problems([
      row(),
      row({ room: '102', area: '89.456' }),
      row({ room: '103', ownerNames: '李四、王五', idNumbers: testIdNumber(2), phones: '13800000002' }),
      row({ room: '104', idNumbers: testIdNumber(1).slice(0, 17) + (testIdNumber(1).endsWith('0') ? '1' : '0') }),
      row({ room: '101' }),
      row({ room: '105', ownerNames: '', idNumbers: '', phones: '' }),
      row({ room: '106', phones: '1380000', ownerNames: '赵六', idNumbers: testIdNumber(6) }),
      row({ room: '107', developerHeld: '不是' }),
    ])
    expect(found.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9])
    expect(found[0].reason).toContain('两位小数')
    expect(found[1].reason).toContain('数量和顺序应一一对应')
    expect(found[2].reason).toContain('校验位')
    expect(found[3].reason).toContain('与第2行是同一套房')
    expect(found[4].reason).toContain('只有开发商持有的房屋可以不填业主')
    expect(found[5].reason).toContain('手机号码')
    expect(found[6].reason).toContain('开发商持有')
  })

  it('insists one ID number means one name and one phone across rows', () => {
    const found = problems([row(), row({ room: '102', ownerNames: '张叁' }), row({ room: '103', phones: '13900000009' })])
    expect(found.map((p) => p.line)).toEqual([3, 4])
    expect(found[0].reason).toContain('姓名是“张三”')
    expect(found[1].reason).toContain('手机号码与本行不一致')
  })

  it('insists one community id means one name, district and street', () => {
    const found = problems([row(), row({ room: '102', street: '西丽街道' })])
    expect(found).toEqual([{ line: 3, reason: expect.stringContaining('街道是“桃源街道”') }])
  })

  it('flags an ID number Excel turned into a float', () => {
    const s = sheet([row()])
    s.rows[0].cells[KEYS.indexOf('idNumbers')] = { text: '440305198001010000', lossy: true }
    const result = validateRegister(s)
    expect(result.ok ? '' : result.problems[0].reason).toContain('文本')
  })

  it('names missing columns and accepts common header spellings', () => {
    const header = KEYS.map((k) => REGISTER_COLUMNS[k] as string)
    const missing = validateRegister(
      sheet(
        [row()],
        header.filter((h) => h !== '证件号码'),
      ),
    )
    expect(missing.ok ? '' : missing.problems[0].reason).toContain('证件号码')
    const variant = validateRegister(
      sheet(
        [row()],
        header.map((h) => (h === '面积(m²)' ? '面积（㎡）' : h)),
      ),
    )
    expect(variant.ok).toBe(true)
  })

  it('describes problems in one message, every line named', () => {
    const text = describeProblems([
      { line: 3, reason: '面积为空' },
      { line: 9, reason: '缺少楼栋' },
    ])
    expect(text).toContain('2行错误，未导入任何数据')
    expect(text).toContain('第3行：面积为空')
    expect(text).toContain('第9行：缺少楼栋')
  })
})
