import ExcelJS from 'exceljs'
import { DISCLOSURE_TEMPLATE_VERSION } from '../../core/api/disclosures'
import { DISCLOSURE_CATEGORIES, DISCLOSURE_CATEGORY_SPECS, MIN_DISPLAY_DAYS } from '../../core/disclosures/categories'
import { ok, type Ctx } from '../handler'
import { tempUrlOf, uploadFile } from '../vote/files'

/*
 * The 信息公开 import template ("下载模板"): the first sheet's first row carries the version, the
 * second row the column names, one disclosure per row below; the sheet 填写说明 gives each column's
 * rule and the categories. Money is typed in yuan with at most two decimals and stored as fen.
 */

export const TEMPLATE_COLUMNS = {
  category: '公开类别',
  title: '标题',
  period: '所属期间',
  body: '正文',
  displayUntil: '公示截止日期',
  item: '收支项目',
  opening: '期初余额（元）',
  income: '本期收入（元）',
  expense: '本期支出（元）',
  closing: '期末余额（元）',
} as const
export type TemplateColumn = keyof typeof TEMPLATE_COLUMNS

export const COLUMN_RULES: Record<TemplateColumn, string> = {
  category: '必填，从“公开类别”一栏中选一个，照抄文字',
  title: '必填，一行，最多100字',
  period: '必填，例如 2026年第三季度，最多30字',
  body: '选填，最多20000字，可以换行',
  displayUntil: `必填，日期格式 2026-10-31，应在导入之日起至少${MIN_DISPLAY_DAYS}天后`,
  item: '维修资金、共有部分收益两类必填，其他类别不填',
  opening: '同上，金额以元为单位，最多两位小数',
  income: '同上',
  expense: '同上',
  closing: '同上；期初余额＋本期收入－本期支出应等于期末余额',
}

export const VERSION_CELL = (version: string) => `模板版本：${version}`

export async function templateXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('信息公开')
  const keys = Object.keys(TEMPLATE_COLUMNS) as TemplateColumn[]
  sheet.addRow([VERSION_CELL(DISCLOSURE_TEMPLATE_VERSION), '请勿修改本行和下一行'])
  const header = sheet.addRow(keys.map((k) => TEMPLATE_COLUMNS[k]))
  header.font = { bold: true }
  keys.forEach((k, i) => {
    sheet.getColumn(i + 1).width = k === 'body' ? 40 : k === 'title' ? 30 : 16
  })
  sheet.getColumn(keys.indexOf('displayUntil') + 1).numFmt = '@'
  const rules = book.addWorksheet('填写说明')
  rules.addRow(['模板版本', DISCLOSURE_TEMPLATE_VERSION])
  rules.addRow([])
  rules.addRow(['列', '填写规则']).font = { bold: true }
  for (const k of keys) rules.addRow([TEMPLATE_COLUMNS[k], COLUMN_RULES[k]])
  rules.addRow([])
  rules.addRow(['公开类别', '依据']).font = { bold: true }
  for (const c of DISCLOSURE_CATEGORIES) rules.addRow([DISCLOSURE_CATEGORY_SPECS[c].label, DISCLOSURE_CATEGORY_SPECS[c].basis])
  rules.getColumn(1).width = 40
  rules.getColumn(2).width = 80
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** 下载模板: the template goes to cloud storage once per version; the page opens it through a temporary URL. */
export async function disclosureTemplate(input: { communityId: string }, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const fileID = await uploadFile(`templates/disclosures/信息公开导入模板-${DISCLOSURE_TEMPLATE_VERSION}.xlsx`, await templateXlsx())
  return ok({ fileID, tempFileURL: await tempUrlOf(fileID), version: DISCLOSURE_TEMPLATE_VERSION })
}
