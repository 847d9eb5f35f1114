import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { mainlandCheckChar } from '../register/idNumber'
import type { RegisterRow } from '../register/writeSheet'

/** Test fixture builders: a valid mainland ID from a serial, and register rows with sensible defaults. */
export function testIdNumber(serial: number, birth = '19800101', region = '440305'): string {
  const first17 = `${region}${birth}${String(serial % 1000).padStart(3, '0')}`
  return first17 + mainlandCheckChar(first17)
}

export function row(overrides: Partial<RegisterRow> = {}): RegisterRow {
  return {
    communityId: 'test-estate',
    communityName: '测试花园',
    district: '南山区',
    street: '桃源街道',
    building: '1',
    unitNo: '1',
    room: '101',
    area: '89.45',
    ownerNames: '张三',
    idNumbers: testIdNumber(1),
    phones: '13800000001',
    developerHeld: '否',
    ...overrides,
  }
}

/** An .xlsx of `rows` one-cell rows (`text(n)`, n from 1), written by exceljs's streaming writer: quick even for 50,000 rows. */
export async function xlsxOfRows(rows: number, text: (n: number) => string): Promise<Buffer> {
  const chunks: Buffer[] = []
  const out = new PassThrough()
  out.on('data', (c: Buffer) => chunks.push(c))
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false })
  const sheet = book.addWorksheet('房产登记')
  for (let n = 1; n <= rows; n++) sheet.addRow([text(n)]).commit()
  sheet.commit()
  await book.commit()
  return Buffer.concat(chunks)
}
