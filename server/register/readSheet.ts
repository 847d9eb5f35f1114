import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { checkZipBounds } from './zipBounds'

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

/** `tooLarge`: refused by a size limit (SHEET_LIMITS), before the rest of the file was read. */
export type SheetRead = { ok: true; sheet: Sheet } | { ok: false; reason: string; tooLarge?: true }

/**
 * What one import may read, so that reading any file the upload limit allows stays within about
 * 300 MB. 30,000 rows is half again the largest estate the benchmarks model (20,000 units); 30,000
 * full rows written by exceljs inflate to about 14 MB of sheet XML and 3 MB of shared strings, so
 * 32 MB per part and 48 MB in all leave room for more verbose writers (measured in the report of
 * issue 12: a 2,000,000-row sheet in an 11 MB file is refused in 0.3 s).
 */
export const SHEET_LIMITS = {
  rows: 30_000,
  zip: { entryBytes: 32 * 2 ** 20, totalBytes: 48 * 2 ** 20 },
}

/** Rows read between two yields to the event loop, so other calls keep being served during an import. */
const ROWS_PER_YIELD = 500

const tooManyRows = (): SheetRead => ({
  ok: false,
  tooLarge: true,
  reason: `登记表最多 ${SHEET_LIMITS.rows} 行（不含表头），这个文件超过了，请按小区分成几个文件导入`,
})

/**
 * Reads the first worksheet of an .xlsx file, or a .csv file (UTF-8 with or without BOM, or GBK/GB18030).
 * An .xlsx is checked against its inflated size first and then read as a stream, row by row, stopping
 * at the first row past the limit: a hostile file is refused without ever being held in memory.
 */
export async function readSheet(fileName: string, content: Buffer): Promise<SheetRead> {
  const kind = fileKind(fileName, content)
  if (kind === 'xls') return { ok: false, reason: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后再导入' }
  const unreadable: SheetRead = { ok: false, reason: `无法读取文件“${fileName}”，请确认它是 .xlsx 或 .csv 格式` }
  if (kind === 'xlsx') {
    const bounds = await checkZipBounds(content, SHEET_LIMITS.zip)
    if (!bounds.ok) {
      if (bounds.reason === 'corrupt') return unreadable
      const mb = (bytes: number) => `${bytes / 2 ** 20} MB`
      const bound = bounds.reason === 'entry' ? `${mb(SHEET_LIMITS.zip.entryBytes)}（其中一个部分）` : mb(SHEET_LIMITS.zip.totalBytes)
      return { ok: false, tooLarge: true, reason: `文件解压后超过 ${bound}，不像房产登记表；请检查文件，或按小区分开导入` }
    }
    try {
      return await readXlsxStream(content)
    } catch {
      return unreadable
    }
  }
  // Each record but the last ends in a line break: more breaks than header + rows is refused before parsing.
  if (countLineBreaks(content) > SHEET_LIMITS.rows + 1) return tooManyRows()
  let worksheet: ExcelJS.Worksheet | undefined
  try {
    // Every value stays text: exceljs would otherwise turn an 18-digit ID into a float.
    worksheet = await new ExcelJS.Workbook().csv.read(Readable.from([decodeText(content)]), { map: (value: string) => value })
  } catch {
    return unreadable
  }
  if (!worksheet) return { ok: false, reason: '文件中没有工作表' }
  const rows: Array<{ number: number; values: unknown[] }> = []
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => rows.push({ number: rowNumber, values: row.values as unknown[] }))
  const sheet = new SheetBuilder()
  for (const row of rows) if (!sheet.add(row.number, row.values)) return tooManyRows()
  return sheet.result()
}

/** The first worksheet through exceljs's streaming reader: one row at a time, never the whole sheet. */
async function readXlsxStream(content: Buffer): Promise<SheetRead> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  const sheet = new SheetBuilder()
  for await (const worksheet of reader) {
    let sinceYield = 0
    for await (const row of worksheet) {
      if (!sheet.add(row.number, row.values as unknown[])) return tooManyRows()
      if (++sinceYield >= ROWS_PER_YIELD) {
        sinceYield = 0
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
    }
    return sheet.result()
  }
  return { ok: false, reason: '文件中没有工作表' }
}

/** Header first, then data rows; `add` answers false once the rows pass the limit. */
class SheetBuilder {
  private header: string[] | undefined
  private headerLine = 0
  private readonly rows: SheetRow[] = []

  add(rowNumber: number, values: unknown[]): boolean {
    const cells: SheetCell[] = []
    // exceljs row values are 1-based: index 0 is always empty.
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]))
    if (cells.every((c) => c.text === '')) return true
    if (!this.header) {
      this.header = cells.map((c) => c.text)
      this.headerLine = rowNumber
      return true
    }
    this.rows.push({ line: rowNumber, cells })
    return this.rows.length <= SHEET_LIMITS.rows
  }

  result(): SheetRead {
    if (!this.header) return { ok: false, reason: '文件是空的' }
    return { ok: true, sheet: { header: this.header, headerLine: this.headerLine, rows: this.rows } }
  }
}

function countLineBreaks(content: Buffer): number {
  let breaks = 0
  for (let at = content.indexOf(0x0a); at !== -1; at = content.indexOf(0x0a, at + 1)) breaks++
  return breaks
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
