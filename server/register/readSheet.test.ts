import ExcelJS from 'exceljs'
import { readSheet, SHEET_LIMITS } from './readSheet'
import { row, testIdNumber, xlsxOfRows } from '../testing/registerRows'
import { validateRegister } from './validate'
import { registerCsv, registerXlsx } from './writeSheet'

describe('readSheet', () => {
  const rows = [
    row({ area: 89.45 }),
    row({
      room: '102',
      area: '120.5',
      ownerNames: '李四、王五',
      idNumbers: `${testIdNumber(2)}、${testIdNumber(3)}`,
      phones: '13800000002、13800000003',
    }),
  ]

  it('reads an xlsx register, numeric areas exactly, with Excel row numbers', async () => {
    const result = await readSheet('登记表.xlsx', await registerXlsx(rows))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.sheet.headerLine).toBe(1)
    expect(result.sheet.rows.map((r) => r.line)).toEqual([2, 3])
    const checked = validateRegister(result.sheet)
    expect(checked.ok && checked.register.units.map((u) => u.areaCenti)).toEqual([8945, 12050])
  })

  it('reads CSV as text, keeping 18-digit IDs whole, in UTF-8 (with BOM) and GBK', async () => {
    const csv = registerCsv(rows)
    // GBK has no "²": such files say 面积(平方米), which the header matching accepts.
    const gbkFile = gbk(csv.replace('面积(m²)', '面积(平方米)'))
    for (const content of [Buffer.from(csv), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]), gbkFile]) {
      const result = await readSheet('登记表.csv', content)
      const checked = result.ok ? validateRegister(result.sheet) : undefined
      expect(checked?.ok).toBe(true)
      if (checked?.ok) expect(checked.register.units[1].owners.map((o) => o.idNumber)).toEqual([testIdNumber(2), testIdNumber(3)])
    }
  })

  it('marks an ID typed into Excel as a number as lossy', async () => {
    const workbook = new ExcelJS.Workbook()
    const ws = workbook.addWorksheet('s')
    ws.addRow(['证件号码'])
    // An 18-digit ID typed as a number: Excel keeps only 15 significant digits, which is the point of the test.
    // eslint-disable-next-line no-loss-of-precision
    ws.addRow([440305198001010011])
    const result = await readSheet('x.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))
    expect(result.ok && result.sheet.rows[0].cells[0].lossy).toBe(true)
  })

  it('refuses old .xls files and garbage with a Chinese reason', async () => {
    expect(await readSheet('a.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('.xls'),
    })
    expect(await readSheet('a.xlsx', Buffer.from('PK not a zip'))).toMatchObject({ ok: false, reason: expect.stringContaining('无法读取') })
  })
})

/** GBK bytes for the CSV, as Excel on Chinese Windows saves it (only the characters the fixture uses). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, number[]>()
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue
      const ch = decoder.decode(Uint8Array.from([hi, lo]))
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo])
    }
  }
  const bytes: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0))
    else bytes.push(...(table.get(ch) ?? [0x3f]))
  }
  return Buffer.from(bytes)
}

describe('readSheet: files beyond what a register can be', () => {
  it(`refuses more than ${SHEET_LIMITS.rows} rows as it reads, saying the limit`, async () => {
    const file = await xlsxOfRows(SHEET_LIMITS.rows + 2, (n) => String(n))
    const result = await readSheet('登记表.xlsx', file)
    expect(result).toEqual({ ok: false, tooLarge: true, reason: expect.stringContaining(`登记表最多 ${SHEET_LIMITS.rows} 行`) })
  })

  it('refuses a small file that inflates past its bound, before parsing it', async () => {
    // One cell of 50 MB of the same letter: about 50 KB zipped.
    const file = await xlsxOfRows(2, (n) => (n === 1 ? '房号' : 'x'.repeat(50 * 2 ** 20)))
    expect(file.length).toBeLessThan(1_000_000)
    const result = await readSheet('登记表.xlsx', file)
    expect(result).toEqual({ ok: false, tooLarge: true, reason: expect.stringContaining('文件解压后超过 32 MB（其中一个部分）') })
  })

  it(`refuses a CSV of more than ${SHEET_LIMITS.rows} lines before parsing it`, async () => {
    const csv = Buffer.from(`房号\n${'1\n'.repeat(SHEET_LIMITS.rows + 1)}`)
    expect(await readSheet('登记表.csv', csv)).toMatchObject({ ok: false, tooLarge: true })
    const fits = Buffer.from(`房号\r\n${'1\r\n'.repeat(SHEET_LIMITS.rows)}`)
    expect(await readSheet('登记表.csv', fits)).toMatchObject({ ok: true })
  })
})
