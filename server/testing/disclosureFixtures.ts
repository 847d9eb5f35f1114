import ExcelJS from 'exceljs'
import { DISCLOSURE_TEMPLATE_VERSION } from '../../core/api/disclosures'
import { addDays, formatDay } from '../../core/format/time'
import { TEMPLATE_COLUMNS, VERSION_CELL, type TemplateColumn } from '../disclosures/template'
import { communityPrefix } from '../../core/schemas/files'
import { newDoc } from '../disclosures/publish'
import type { Harness } from './harness'
import type { Side, World } from './world'

/** TEST SUPPORT: disclosures and transfers of the fixture world, and filled import templates. */

export type TemplateRow = Partial<Record<TemplateColumn, string | number>>

/** A filled template: `rows` are the cells of each disclosure in column order. */
export async function filledTemplate(rows: readonly TemplateRow[], version = DISCLOSURE_TEMPLATE_VERSION): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('信息公开')
  const keys = Object.keys(TEMPLATE_COLUMNS) as TemplateColumn[]
  sheet.addRow([VERSION_CELL(version)])
  sheet.addRow(keys.map((k) => TEMPLATE_COLUMNS[k]))
  for (const r of rows) sheet.addRow(keys.map((k) => r[k] ?? ''))
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** A display end the 15-day rule accepts. */
export const displayUntil = (world: World, days = 20) => addDays(formatDay(world.nowMs()), days)

/** Valid fields of a plain (non-financial) disclosure. */
export const plainFields = (world: World, title = '2026年第三季度物业服务事项') => ({
  category: 'serviceItems',
  title,
  period: '2026年第三季度',
  body: '保洁每日两次，绿化每周修剪。',
  attachments: [],
  displayUntil: displayUntil(world),
})

/** Valid fields of a maintenance-fund statement (100.00 + 50.00 − 30.00 = 120.00 元). */
export const fundFields = (world: World) => ({
  category: 'maintenanceFund',
  title: '2026年上半年维修资金使用情况',
  period: '2026年上半年',
  body: '电梯维修一次。',
  attachments: [],
  finance: [{ item: '维修资金', openingFen: 10_000, incomeFen: 5_000, expenseFen: 3_000, closingFen: 12_000 }],
  displayUntil: displayUntil(world),
})

/** A cloud file id in the community's folder (the emulator's env is `local`). */
export const communityFile = (communityId: string, name: string) => ({
  fileID: `cloud://local.bucket/${communityPrefix(communityId)}disclosures/${name}`,
  name,
})

/** Uploads a file into the community's disclosures folder of the emulator's storage. */
export async function uploadToCommunity(h: Harness, communityId: string, name: string, content: Buffer) {
  const cloudPath = `${communityPrefix(communityId)}disclosures/${name}`
  const answer = await fetch(`${h.emulator.url}/storage/upload?path=${encodeURIComponent(cloudPath)}`, { method: 'POST', body: content })
  const { fileID } = (await answer.json()) as { fileID: string }
  return { fileID, name }
}

/** A published disclosure of the side's community, as its director publishes it; answers its id. */
export async function freshDisclosure(h: Pick<Harness, 'emulator' | 'world'>, side: Side): Promise<string> {
  return freshDisclosureIn(h.world, side)
}

/** Inserted directly (the matrix's samples need a target without calling as the director). */
export async function freshDisclosureIn(world: World, side: Side, status: 'draft' | 'published' = 'published'): Promise<string> {
  const id = world.id('dis')
  const stamp = { by: 'fixture', who: '业委会主任', at: new Date(world.nowMs()) }
  const fields = { ...plainFields(world, `公示${id}`), category: 'serviceItems' as const, finance: null }
  const { _id: _unused, ...doc } = newDoc(world.community(side), fields, stamp, status)
  await world.seeder.insert('disclosures', [{ _id: id, ...doc }])
  return id
}

/** An active common-fund account of the side's community; answers its id. */
export async function freshFundAccount(world: World, side: Side): Promise<string> {
  const id = world.id('fund')
  await world.seeder.insert('fundAccounts', [
    {
      _id: id,
      communityId: world.community(side),
      bank: '工商银行',
      accountName: '业主大会',
      accountNumber: '6222000011112222333',
      signedOn: '2024-02-01',
      status: 'active',
      updatedAt: new Date(world.nowMs()),
    },
  ])
  return id
}

/** A published transfer of the side's community; answers its id. */
export async function freshTransfer(world: World, side: Side): Promise<string> {
  const id = world.id('tr')
  const at = new Date(world.nowMs())
  await world.seeder.insert('transfers', [
    {
      _id: id,
      communityId: world.community(side),
      accountId: 'fixture',
      accountLabel: '工商银行 **** 2333',
      amountFen: 8_000_000,
      large: true,
      payeeName: '某电梯公司',
      payeeAccount: '6222000099998888',
      purpose: '电梯维修',
      basisKind: 'contract',
      basisRef: '电梯维修合同',
      plannedOn: formatDay(world.nowMs()),
      actualOn: null,
      year: Number(formatDay(world.nowMs()).slice(0, 4)),
      attachments: [],
      receipts: [],
      status: 'published',
      published: { by: 'fixture', who: '物业项目负责人', at },
      executed: null,
      voided: null,
      updatedAt: at,
    },
  ])
  return id
}

/** An open correction request (纠错) on a fresh published disclosure of the side's community; answers its id. */
export async function freshCorrectionRequest(world: World, side: Side): Promise<string> {
  const disclosureId = await freshDisclosureIn(world, side)
  const id = `${disclosureId}:${world.id('dcr')}`
  const asked = { by: 'fixture', who: '业主', at: new Date(world.nowMs()) }
  await world.seeder.insert('disclosureCorrections', [
    {
      _id: id,
      disclosureId,
      communityId: world.community(side),
      content: '数字与实际不符',
      asked,
      status: 'open',
      answer: null,
      createdAt: asked.at,
    },
  ])
  return id
}
