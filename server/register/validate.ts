import { parseAreaCenti } from './area'
import { matchColumns, type ColumnIndex } from './columns'
import { checkIdNumber } from './idNumber'
import { normalisePhone } from './phone'
import type { Sheet, SheetRow } from './readSheet'

export interface RegisterOwner {
  name: string
  idNumber: string
  phone: string
}

export interface RegisterUnit {
  line: number
  communityId: string
  building: string
  unitNo: string
  room: string
  areaCenti: number
  /** In the register's order; the first is the one shown first. */
  owners: RegisterOwner[]
  developerHeld: boolean
}

export interface RegisterCommunity {
  id: string
  name: string
  district: string
  street: string
}

export interface ParsedRegister {
  communities: RegisterCommunity[]
  units: RegisterUnit[]
}

export interface RowProblem {
  line: number
  reason: string
}

export type RegisterCheck = { ok: true; register: ParsedRegister } | { ok: false; problems: RowProblem[] }

const SPLIT = /[、;；]/
const COMMUNITY_ID = /^[A-Za-z0-9_.-]{1,40}$/
const PART = /^[0-9A-Za-z]{1,10}$/

/**
 * Checks every row and reports every problem (line + Chinese reason), so the operator fixes the file
 * once; the caller imports nothing unless there are none.
 */
export function validateRegister(sheet: Sheet): RegisterCheck {
  const columns = matchColumns(sheet)
  if (!columns.ok) return { ok: false, problems: [{ line: sheet.headerLine, reason: columns.reason }] }
  if (sheet.rows.length === 0) return { ok: false, problems: [{ line: sheet.headerLine, reason: '登记表中没有任何房屋' }] }

  const state: CrossRowState = { communities: new Map(), rooms: new Map(), persons: new Map() }
  const problems: RowProblem[] = []
  const units: RegisterUnit[] = []
  for (const row of sheet.rows) {
    const reasons: string[] = []
    const checked = checkRow(row, columns.index, reasons)
    if (checked) checkAcrossRows(checked.unit, checked.community, state, reasons)
    if (reasons.length) problems.push({ line: row.line, reason: reasons.join('；') })
    else if (checked) units.push(checked.unit)
  }
  if (problems.length) return { ok: false, problems }
  return { ok: true, register: { communities: [...state.communities.values()].map((c) => c.community), units } }
}

const LABELS = { communityName: '小区名称', district: '区', street: '街道' } as const

function checkRow(row: SheetRow, col: ColumnIndex, reasons: string[]): { unit: RegisterUnit; community: RegisterCommunity } | undefined {
  const text = (key: keyof ColumnIndex) => row.cells[col[key]]?.text ?? ''
  const communityId = text('communityId')
  if (!communityId) reasons.push('缺少小区编号')
  else if (!COMMUNITY_ID.test(communityId)) reasons.push(`小区编号“${communityId}”只能包含字母、数字和 - _ .`)
  for (const key of ['communityName', 'district', 'street'] as const) {
    if (!text(key)) reasons.push(`缺少${LABELS[key]}`)
  }
  const building = part(text('building'), /(号楼|栋|座|幢|楼)$/, '楼栋', true, reasons)
  const unitNo = part(text('unitNo'), /单元$/, '单元', false, reasons)
  const room = part(text('room'), /(室|房|号)$/, '房号', true, reasons)

  const area = parseAreaCenti(text('area'))
  if (!area.ok) reasons.push(area.reason)

  const developerText = text('developerHeld')
  const developerHeld = developerText === '是'
  if (developerText && developerText !== '是' && developerText !== '否') reasons.push(`开发商持有应填“是”或“否”，而不是“${developerText}”`)

  const owners = checkOwners(row, col, developerHeld, reasons)
  if (reasons.length || !area.ok || owners === undefined) return undefined
  return {
    unit: { line: row.line, communityId, building: building!, unitNo: unitNo!, room: room!, areaCenti: area.centi, owners, developerHeld },
    community: { id: communityId, name: text('communityName'), district: text('district'), street: text('street') },
  }
}

/** Building/unit/room become part of the unit's id, so they are kept to letters and digits. */
function part(raw: string, suffix: RegExp, name: string, required: boolean, reasons: string[]): string | undefined {
  const value = raw.replace(/\s+/g, '').replace(suffix, '')
  if (!value) {
    if (required) reasons.push(`缺少${name}`)
    return required ? undefined : ''
  }
  if (!PART.test(value)) {
    reasons.push(`${name}“${raw}”只能包含字母和数字（如 1、A、12B）`)
    return undefined
  }
  return value.toUpperCase()
}

function checkOwners(row: SheetRow, col: ColumnIndex, developerHeld: boolean, reasons: string[]): RegisterOwner[] | undefined {
  const list = (key: keyof ColumnIndex) =>
    (row.cells[col[key]]?.text ?? '')
      .split(SPLIT)
      .map((s) => s.trim())
      .filter(Boolean)
  const names = list('ownerNames')
  const ids = list('idNumbers')
  const phones = list('phones')
  if (names.length === 0 && ids.length === 0 && phones.length === 0) {
    if (developerHeld) return []
    reasons.push('缺少业主姓名、证件号码和手机号码（只有开发商持有的房屋可以不填业主）')
    return undefined
  }
  if (names.length !== ids.length || names.length !== phones.length) {
    reasons.push(`业主姓名有${names.length}个、证件号码有${ids.length}个、手机号码有${phones.length}个，数量和顺序应一一对应`)
    return undefined
  }
  if (row.cells[col.idNumbers]?.lossy) {
    reasons.push('证件号码被 Excel 存成了数字，后几位已经丢失；请把该列设为“文本”格式后重新填写')
    return undefined
  }
  const owners: RegisterOwner[] = []
  const seen = new Set<string>()
  names.forEach((name, i) => {
    const id = checkIdNumber(ids[i])
    const phone = normalisePhone(phones[i])
    if (name.length > 40) reasons.push(`业主姓名“${name.slice(0, 10)}…”太长`)
    if (!id.ok) reasons.push(id.reason)
    if (!phone) reasons.push(`手机号码“${phones[i]}”不是11位手机号码`)
    if (id.ok && seen.has(id.value)) reasons.push(`证件号码尾号${id.value.slice(-4)}在本行出现了两次`)
    if (id.ok) seen.add(id.value)
    if (id.ok && phone) owners.push({ name, idNumber: id.value, phone })
  })
  return owners.length === names.length ? owners : undefined
}

const FIELD_LABELS = { name: '小区名称', district: '区', street: '街道' } as const

interface CrossRowState {
  communities: Map<string, { community: RegisterCommunity; line: number }>
  rooms: Map<string, number>
  persons: Map<string, { owner: RegisterOwner; line: number }>
}

function checkAcrossRows(unit: RegisterUnit, community: RegisterCommunity, state: CrossRowState, reasons: string[]): void {
  const first = state.communities.get(community.id)
  if (first) {
    for (const key of ['name', 'district', 'street'] as const) {
      if (first.community[key] !== community[key]) {
        reasons.push(
          `小区编号 ${community.id} 在第${first.line}行的${FIELD_LABELS[key]}是“${first.community[key]}”，与本行“${community[key]}”不一致`,
        )
      }
    }
  }
  const roomKey = `${unit.communityId}|${unit.building}|${unit.unitNo}|${unit.room}`
  const earlierRoom = state.rooms.get(roomKey)
  if (earlierRoom !== undefined)
    reasons.push(`与第${earlierRoom}行是同一套房（${unit.building}栋${unit.unitNo ? unit.unitNo + '单元' : ''}${unit.room}房重复）`)

  for (const owner of unit.owners) {
    const earlier = state.persons.get(`${unit.communityId}|${owner.idNumber}`)
    if (!earlier) continue
    const tail = owner.idNumber.slice(-4)
    if (earlier.owner.name !== owner.name)
      reasons.push(`证件号码尾号${tail}在第${earlier.line}行的姓名是“${earlier.owner.name}”，与本行“${owner.name}”不一致`)
    if (earlier.owner.phone !== owner.phone)
      reasons.push(`证件号码尾号${tail}在第${earlier.line}行的手机号码与本行不一致（同一人只能登记一个手机号码）`)
  }
  if (reasons.length) return
  if (!first) state.communities.set(community.id, { community, line: unit.line })
  state.rooms.set(roomKey, unit.line)
  for (const owner of unit.owners) {
    const key = `${unit.communityId}|${owner.idNumber}`
    if (!state.persons.has(key)) state.persons.set(key, { owner, line: unit.line })
  }
}

/** The operator sees every bad row; past `max` rows the message only counts the rest (a wholly wrong file). */
export function describeProblems(problems: RowProblem[], max = 500): string {
  const shown = problems.slice(0, max).map((p) => `第${p.line}行：${p.reason}`)
  const more = problems.length > max ? `\n……另有${problems.length - max}行有错误未列出` : ''
  return `房产登记表中有${problems.length}行错误，未导入任何数据。请改正后重新导入：\n${shown.join('\n')}${more}`
}
