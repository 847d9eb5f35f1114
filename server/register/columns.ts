import type { Sheet } from './readSheet'

/** The register's columns, by their Chinese headers, in the order of the operator's template. */
export const REGISTER_COLUMNS = {
  communityId: '小区编号',
  communityName: '小区名称',
  district: '区',
  street: '街道',
  building: '楼栋',
  unitNo: '单元',
  room: '房号',
  area: '面积(m²)',
  ownerNames: '业主姓名',
  idNumbers: '证件号码',
  phones: '手机号码',
  developerHeld: '开发商持有',
} as const

export type ColumnKey = keyof typeof REGISTER_COLUMNS
export type ColumnIndex = Record<ColumnKey, number>

/** Header spellings differ between offices: full-width brackets, ㎡, 平方米, stray spaces. */
function normaliseHeader(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/㎡|平方米|m2|M2|M²/g, 'm²')
    .replace(/^面积$/, '面积(m²)')
}

export type ColumnMatch = { ok: true; index: ColumnIndex } | { ok: false; reason: string }

export function matchColumns(sheet: Sheet): ColumnMatch {
  const positions = new Map<string, number>()
  sheet.header.forEach((text, i) => {
    const key = normaliseHeader(text)
    if (key && !positions.has(key)) positions.set(key, i)
  })
  const missing: string[] = []
  const index = {} as ColumnIndex
  for (const [key, header] of Object.entries(REGISTER_COLUMNS) as [ColumnKey, string][]) {
    const at = positions.get(header)
    if (at === undefined) missing.push(header)
    else index[key] = at
  }
  if (missing.length) {
    return { ok: false, reason: `第${sheet.headerLine}行的表头缺少这些列：${missing.join('、')}（请使用房产登记导入模板）` }
  }
  return { ok: true, index }
}
