import { createHash } from 'node:crypto'
import type { z } from 'zod'
import {
  DISCLOSURE_LABELS,
  DISCLOSURE_TEMPLATE_VERSION,
  DisclosureFields,
  type disclosuresApi,
  type ImportPreview,
  type ImportProblem,
  type ImportRowView,
} from '../../core/api/disclosures'
import { categoryByLabel, DISCLOSURE_CATEGORY_LABELS } from '../../core/disclosures/categories'
import { disclosureProblem } from '../../core/disclosures/rules'
import { parseYuan } from '../../core/format/money'
import { zodMessage } from '../../core/zodMessage'
import { getCloud } from '../cloud'
import type { DisclosureDoc } from '../collections/disclosures'
import { collection, firstRow } from '../db'
import { requireCommunityFiles } from '../files'
import { fail, ok, type Ctx } from '../handler'
import { readSheet, type Sheet, type SheetRow } from '../register/readSheet'
import { closeOverdue } from './calendar'
import { checkFields, followFlag, newDoc } from './publish'
import { stampOf } from './stamp'
import { beijingToday } from './views'
import { TEMPLATE_COLUMNS, type TemplateColumn } from './template'

type In<A extends keyof typeof disclosuresApi> = z.output<(typeof disclosuresApi)[A]['input']>
type Fields = z.output<typeof DisclosureFields>

/** Refused before it is read: no office spreadsheet of disclosures comes near it. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
/** Rows one file may hold. */
export const MAX_IMPORT_ROWS = 5000
/** The refusal lists this many rows, then says how many more. */
const LISTED_PROBLEMS = 20
/** Rows written side by side. */
const WRITE_BATCH = 20

interface Checked {
  fileName: string
  sha256: string
  rows: Array<{ line: number; fields: Fields }>
  problems: ImportProblem[]
}

async function download(fileID: string): Promise<Buffer> {
  try {
    const { fileContent } = (await getCloud().downloadFile({ fileID })) as { fileContent: Buffer }
    return fileContent
  } catch (e) {
    if (/STORAGE_FILE_NONEXIST|not exist|不存在|404/i.test(String((e as Error).message ?? e))) fail('FILE_NOT_FOUND')
    throw e
  }
}

/** The template's first row names its version; the second holds the column names in any order. */
function columnsOf(sheet: Sheet): { index: Record<TemplateColumn, number>; data: SheetRow[] } | string {
  const version = /模板版本[:：]\s*(\S+)/.exec(sheet.header[0] ?? '')?.[1]
  if (!version) return '第1行应写明模板版本，请使用“下载模板”得到的文件填写'
  if (version !== DISCLOSURE_TEMPLATE_VERSION) return `模板版本是${version}，当前版本是${DISCLOSURE_TEMPLATE_VERSION}，请重新下载模板后填写`
  const [names, ...data] = sheet.rows
  const texts = (names?.cells ?? []).map((c) => c.text)
  const index = {} as Record<TemplateColumn, number>
  for (const key of Object.keys(TEMPLATE_COLUMNS) as TemplateColumn[]) {
    const at = texts.indexOf(TEMPLATE_COLUMNS[key])
    if (at < 0) return `第${names?.line ?? 2}行缺少“${TEMPLATE_COLUMNS[key]}”列，请使用模板的列名`
    index[key] = at
  }
  return { index, data }
}

/** One row → the fields of a disclosure, or why not. */
function rowFields(row: SheetRow, index: Record<TemplateColumn, number>, today: string): Fields | string {
  const cell = (k: TemplateColumn) => row.cells[index[k]]?.text ?? ''
  const category = categoryByLabel(cell('category'))
  if (!category) return cell('category') ? `公开类别“${cell('category')}”不在可选的类别中` : '请填写公开类别'
  const money = (['opening', 'income', 'expense', 'closing'] as const).map((k) => [k, cell(k)] as const)
  let finance: Fields['finance'] = null
  if (cell('item') || money.some(([, v]) => v)) {
    const fen: Record<string, number> = {}
    for (const [k, v] of money) {
      const parsed = parseYuan(v)
      if (parsed === null) return `${TEMPLATE_COLUMNS[k]}“${v}”不是金额（以元为单位，最多两位小数）`
      fen[k] = parsed
    }
    finance = [{ item: cell('item'), openingFen: fen.opening, incomeFen: fen.income, expenseFen: fen.expense, closingFen: fen.closing }]
  }
  const parsed = DisclosureFields.safeParse({
    category,
    title: cell('title'),
    period: cell('period'),
    body: cell('body'),
    attachments: [],
    finance,
    displayUntil: cell('displayUntil'),
  })
  if (!parsed.success) return zodMessage(parsed.error, DISCLOSURE_LABELS)
  const problem = disclosureProblem(parsed.data, today)
  return problem ? problem.message : parsed.data
}

async function checkFile(ctx: Ctx, input: In<'previewImport'>): Promise<Checked> {
  await ctx.authorize(input.communityId)
  requireCommunityFiles(input.communityId, [input.file])
  const content = await download(input.file.fileID)
  if (content.length > MAX_IMPORT_BYTES) fail('BAD_IMPORT', `文件太大（超过${MAX_IMPORT_BYTES / 1024 / 1024}MB），请分成几个文件导入`)
  const sha256 = createHash('sha256').update(content).digest('hex')
  const read = await readSheet(input.file.name, content)
  if (!read.ok) fail('BAD_IMPORT', read.reason)
  const layout = columnsOf(read.sheet)
  if (typeof layout === 'string') fail('BAD_IMPORT', layout)
  if (layout.data.length === 0) fail('BAD_IMPORT', '文件中没有要导入的信息')
  if (layout.data.length > MAX_IMPORT_ROWS) fail('BAD_IMPORT', `一个文件最多${MAX_IMPORT_ROWS}行，请分成几个文件导入`)
  const today = beijingToday(ctx.now())
  const rows: Checked['rows'] = []
  const problems: ImportProblem[] = []
  for (const row of layout.data) {
    const fields = rowFields(row, layout.index, today)
    if (typeof fields === 'string') problems.push({ line: row.line, reason: fields })
    else rows.push({ line: row.line, fields })
  }
  return { fileName: input.file.name, sha256, rows, problems }
}

const importIdOf = (communityId: string, sha256: string) => `dimp:${communityId}:${sha256.slice(0, 32)}`

async function wasImported(ctx: Ctx, id: string): Promise<boolean> {
  return Boolean(await firstRow(collection(ctx.db, 'disclosureImports').where({ _id: id }).field({ _id: true }).limit(1)))
}

function rowView(line: number, f: Fields): ImportRowView {
  return {
    line,
    categoryLabel: DISCLOSURE_CATEGORY_LABELS[f.category],
    title: f.title,
    period: f.period,
    displayUntil: f.displayUntil,
    financeLines: f.finance?.length ?? 0,
  }
}

/** 导入 (preview): every row checked, each bad one with its line and reason; nothing is written. */
export async function previewImport(input: In<'previewImport'>, ctx: Ctx) {
  const checked = await checkFile(ctx, input)
  const preview: ImportPreview = {
    fileName: checked.fileName,
    rows: checked.rows.map((r) => rowView(r.line, r.fields)),
    problems: checked.problems,
    alreadyImported: await wasImported(ctx, importIdOf(input.communityId, checked.sha256)),
  }
  return ok(preview)
}

export function describeProblems(problems: readonly ImportProblem[]): string {
  const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => `第${p.line}行：${p.reason}`)
  const more = problems.length > LISTED_PROBLEMS ? `；另有${problems.length - LISTED_PROBLEMS}行有误` : ''
  return `有${problems.length}行不正确，未导入任何数据。${listed.join('；')}${more}`
}

/**
 * 导入: any bad row imports nothing. Each row's id comes from the file's hash and its line, and the
 * file is recorded by its hash after its rows: the same file again (or a retry after a failure
 * half-way) writes the same documents and adds none.
 */
export async function importDisclosures(input: In<'importDisclosures'>, ctx: Ctx) {
  const checked = await checkFile(ctx, input)
  if (checked.problems.length > 0) fail('BAD_IMPORT', describeProblems(checked.problems))
  const importId = importIdOf(input.communityId, checked.sha256)
  if (await wasImported(ctx, importId)) return ok({ imported: 0, alreadyImported: true })
  const stamp = await stampOf(ctx, input.communityId, 'director')
  const docs: Array<{ doc: DisclosureDoc; flagged: boolean }> = []
  for (const { line, fields } of checked.rows) {
    // The same rules and content check as one published by hand.
    const contentFlag = await checkFields(ctx, input.communityId, fields, true)
    const doc = newDoc(input.communityId, fields, stamp, 'published', {
      _id: `dis-imp-${checked.sha256.slice(0, 24)}-${line}`,
      importId,
      contentFlag,
    })
    docs.push({ doc, flagged: Boolean(contentFlag) })
  }
  for (let at = 0; at < docs.length; at += WRITE_BATCH) {
    await Promise.all(
      docs.slice(at, at + WRITE_BATCH).map(({ doc: { _id, ...data } }) => collection(ctx.db, 'disclosures').doc(_id).set({ data })),
    )
  }
  await collection(ctx.db, 'disclosureImports')
    .doc(importId)
    .set({
      data: {
        communityId: input.communityId,
        fileName: checked.fileName,
        sha256: checked.sha256,
        rows: docs.length,
        at: stamp.at,
        by: stamp.by,
      },
    })
  await ctx.audit({
    action: 'disclosures.importDisclosures',
    targetId: importId,
    communityId: input.communityId,
    after: { rows: docs.length },
    note: checked.fileName,
  })
  for (const { doc, flagged } of docs) if (flagged) await followFlag(ctx, { ...doc, subject: doc.title }, doc.contentFlag ?? null)
  for (const category of new Set(docs.map((d) => d.doc.category))) await closeOverdue(ctx, input.communityId, category)
  return ok({ imported: docs.length, alreadyImported: false })
}
