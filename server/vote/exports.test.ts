import ExcelJS from 'exceljs'
import { buildWorkbook } from './exports'

describe('buildWorkbook', () => {
  it('writes room, masked owners and area in m² under a titled header', async () => {
    const buffer = await buildWorkbook(
      { title: '续聘物业', communityName: '阳光花园' },
      [
        { room: '1栋1单元101', owners: '张*', areaCenti: 8950 },
        { room: '1栋1单元102', owners: '建设单位', areaCenti: 12001 },
      ],
      Date.UTC(2025, 0, 2, 3, 4),
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buffer)
    const sheet = book.getWorksheet('未参与表决明细')!
    expect(sheet.getRow(1).getCell(1).value).toBe('阳光花园 · 续聘物业')
    expect(String(sheet.getRow(2).getCell(1).value)).toContain('2025-01-02 11:04')
    expect(sheet.getRow(3).values).toEqual([undefined, '房号', '业主', '面积（m²）'])
    expect(sheet.getRow(4).values).toEqual([undefined, '1栋1单元101', '张*', 89.5])
    expect(sheet.getRow(5).values).toEqual([undefined, '1栋1单元102', '建设单位', 120.01])
  })
})
