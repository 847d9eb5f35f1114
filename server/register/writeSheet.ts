import ExcelJS from 'exceljs'
import { REGISTER_COLUMNS, type ColumnKey } from './columns'

/** One register row as the operator's template holds it; areas may be numbers (as Excel keeps them) or text. */
export type RegisterRow = Record<ColumnKey, string | number>

const KEYS = Object.keys(REGISTER_COLUMNS) as ColumnKey[]

/** An .xlsx register in the import template's layout; ID and phone columns are text so Excel keeps every digit. */
export async function registerXlsx(rows: readonly RegisterRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('房产登记')
  sheet.columns = KEYS.map((key) => ({ header: REGISTER_COLUMNS[key], key, width: key === 'idNumbers' ? 40 : 14 }))
  for (const key of ['idNumbers', 'phones', 'room'] as const) sheet.getColumn(key).numFmt = '@'
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The same register as CSV text (UTF-8); fields are quoted when needed. */
export function registerCsv(rows: readonly RegisterRow[]): string {
  const quote = (value: string | number) => {
    const text = String(value)
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const lines = [KEYS.map((k) => REGISTER_COLUMNS[k]).join(','), ...rows.map((row) => KEYS.map((k) => quote(row[k])).join(','))]
  return `${lines.join('\r\n')}\r\n`
}
