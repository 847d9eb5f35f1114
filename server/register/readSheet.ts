import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'

/** One cell as text. `lossy` marks a number Excel could not hold exactly (an 18-digit ID typed as a number). */
export interface SheetCell {
  text: string
  lossy?: boolean
}

export interface SheetRow {
  /** The row number a person sees in Excel (or the record number in a CSV file). */
  line: number
  cells: SheetCell[]
}

export interface Sheet {
  header: string[]
  headerLine: number
  rows: SheetRow[]
}

export type SheetRead = { ok: true; sheet: Sheet } | { ok: false; reason: string }

/** Reads the first worksheet of an .xlsx file, or a .csv file (UTF-8 with or without BOM, or GBK/GB18030). */
export async function readSheet(fileName: string, content: Buffer): Promise<SheetRead> {
  const kind = fileKind(fileName, content)
  if (kind === 'xls') return { ok: false, reason: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后再导入' }
  const workbook = new ExcelJS.Workbook()
  let worksheet: ExcelJS.Worksheet | undefined
  try {
    if (kind === 'xlsx') {
      await workbook.xlsx.load(content as unknown as ArrayBuffer)
      worksheet = workbook.worksheets[0]
    } else {
      // Every value stays text: exceljs would otherwise turn an 18-digit ID into a float.
      worksheet = await workbook.csv.read(Readable.from([decodeText(content)]), { map: (value: string) => value })
    }
  } catch {
    return { ok: false, reason: `无法读取文件“${fileName}”，请确认它是 .xlsx 或 .csv 格式` }
  }
  if (!worksheet) return { ok: false, reason: '文件中没有工作表' }
  return toSheet(worksheet)
}

function fileKind(fileName: string, content: Buffer): 'xlsx' | 'xls' | 'csv' {
  const lower = fileName.toLowerCase()
  if (content.subarray(0, 2).toString('latin1') === 'PK') return 'xlsx'
  if (content.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'xls'
  if (lower.endsWith('.xlsx')) return 'xlsx'
  return 'csv'
}

/** Excel on Chinese Windows saves CSV as GBK; everything else is UTF-8. */
function decodeText(content: Buffer): string {
  const body = content.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? content.subarray(3) : content
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return new TextDecoder('gb18030').decode(body)
  }
}

function toSheet(worksheet: ExcelJS.Worksheet): SheetRead {
  let header: string[] | undefined
  let headerLine = 0
  const rows: SheetRow[] = []
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = []
    const values = row.values as unknown[]
    // exceljs row values are 1-based: index 0 is always empty.
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]))
    if (cells.every((c) => c.text === '')) return
    if (!header) {
      header = cells.map((c) => c.text)
      headerLine = rowNumber
      return
    }
    rows.push({ line: rowNumber, cells })
  })
  if (!header) return { ok: false, reason: '文件是空的' }
  return { ok: true, sheet: { header, headerLine, rows } }
}

function cellText(value: unknown): SheetCell {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: value.trim() }
  if (typeof value === 'number') {
    // String() gives the shortest decimal that round-trips, i.e. what the person typed (89.45, not 89.4499…).
    const lossy = Number.isInteger(value) && !Number.isSafeInteger(value)
    return { text: String(value), lossy: lossy || undefined }
  }
  if (typeof value === 'boolean') return { text: value ? '是' : '否' }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string }
    if (Array.isArray(v.richText))
      return {
        text: v.richText
          .map((r) => r.text)
          .join('')
          .trim(),
      }
    if ('result' in v) return cellText(v.result)
    if (v.text !== undefined) return cellText(v.text)
    if (v.error) return { text: '' }
  }
  return { text: String(value).trim() }
}
