import ExcelJS from 'exceljs'
import { startHarness, type Harness } from '../testing/harness'
import { displayUntil, filledTemplate, uploadToCommunity, type TemplateRow } from '../testing/disclosureFixtures'
import { describeProblems } from './import'

/** 下载模板 and 导入: every row checked and previewed; one bad row imports nothing; the same file imports once. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('di')
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.community('own')
const call = (action: string, input: Record<string, unknown>) => h.call('director', 'disclosures', action, input)

const good = (title: string): TemplateRow => ({
  category: '物业服务事项',
  title,
  period: '2026年第四季度',
  body: '保洁、绿化、秩序维护',
  displayUntil: displayUntil(h.world),
})
const fund = (title: string, closing = '120.00'): TemplateRow => ({
  category: '维修资金筹集和使用情况',
  title,
  period: '2026年下半年',
  displayUntil: displayUntil(h.world),
  item: '维修资金',
  opening: '100',
  income: '50.00',
  expense: 30,
  closing,
})

async function upload(name: string, rows: TemplateRow[], version?: string) {
  return uploadToCommunity(h, own(), name, await filledTemplate(rows, version))
}

it('gives a template with its version, the columns and their rules', async () => {
  const t = await call('disclosureTemplate', { communityId: own() })
  expect(t).toMatchObject({ ok: true, data: { version: 'XXGK-1', tempFileURL: expect.stringContaining('http') } })
  const content = Buffer.from(await (await fetch(t.ok ? t.data.tempFileURL : '')).arrayBuffer())
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(content as unknown as ArrayBuffer)
  expect(book.worksheets[0].getCell('A1').text).toBe('模板版本：XXGK-1')
  expect(book.worksheets[0].getRow(2).getCell(1).text).toBe('公开类别')
  expect(book.getWorksheet('填写说明')?.getCell('B1').text).toBe('XXGK-1')
})

it('previews every row, imports them published, and the same file again imports nothing', async () => {
  const content = await filledTemplate([good('导入甲'), fund('导入乙'), good('导入丙')])
  const file = await uploadToCommunity(h, own(), '季度公示.xlsx', content)
  const preview = await call('previewImport', { communityId: own(), file })
  expect(preview).toMatchObject({
    ok: true,
    data: {
      problems: [],
      alreadyImported: false,
      rows: [
        { line: 3, title: '导入甲', categoryLabel: '物业服务事项', financeLines: 0 },
        { line: 4, title: '导入乙', financeLines: 1 },
        { line: 5, title: '导入丙' },
      ],
    },
  })
  expect(await call('importDisclosures', { communityId: own(), file })).toEqual({ ok: true, data: { imported: 3, alreadyImported: false } })
  const listed = await h.call('owner', 'disclosures', 'listDisclosures', { communityId: own(), text: '导入' })
  expect(listed.ok && listed.data.rows.map((r: { title: string }) => r.title).sort()).toEqual(['导入丙', '导入乙', '导入甲'])
  const fundItem = listed.ok ? listed.data.rows.find((r: { title: string }) => r.title === '导入乙') : null
  const detail = await h.call('owner', 'disclosures', 'getDisclosure', { disclosureId: fundItem.id })
  expect(detail).toMatchObject({
    ok: true,
    data: { finance: [{ openingFen: 10_000, incomeFen: 5_000, expenseFen: 3_000, closingFen: 12_000 }] },
  })

  // The same content under another name is the same file.
  const again = await uploadToCommunity(h, own(), '季度公示（副本）.xlsx', content)
  expect(await call('previewImport', { communityId: own(), file: again })).toMatchObject({ ok: true, data: { alreadyImported: true } })
  const before = h.writes()
  expect(await call('importDisclosures', { communityId: own(), file: again })).toEqual({
    ok: true,
    data: { imported: 0, alreadyImported: true },
  })
  expect(h.writes()).toBe(before)
  expect(await h.emulator.query('disclosures', { communityId: own(), title: '导入甲' })).toHaveLength(1)
})

it('lists every bad row with its line and reason, and imports nothing', async () => {
  const file = await upload('有错.xlsx', [
    good('好的一行'),
    fund('不平的一行', '999'),
    { ...good('没有类别'), category: '随便写' },
    { ...good(''), title: '' },
  ])
  const preview = await call('previewImport', { communityId: own(), file })
  expect(preview).toMatchObject({
    ok: true,
    data: {
      rows: [{ line: 3 }],
      problems: [
        { line: 4, reason: expect.stringContaining('收支表第1行“维修资金”不平') },
        { line: 5, reason: '公开类别“随便写”不在可选的类别中' },
        { line: 6, reason: '标题：请填写标题' },
      ],
    },
  })
  const before = h.writes()
  const refused = await call('importDisclosures', { communityId: own(), file })
  expect(refused).toMatchObject({
    ok: false,
    code: 'BAD_IMPORT',
    message: expect.stringMatching(/^有3行不正确，未导入任何数据。第4行：.*；第5行：.*；第6行：标题：请填写标题$/),
  })
  expect(h.writes()).toBe(before)
  expect(await h.emulator.query('disclosures', { title: '好的一行' })).toHaveLength(0)
})

it('refuses another version, a file outside the community and a missing file', async () => {
  const old = await upload('旧模板.xlsx', [good('旧版')], 'XXGK-0')
  expect(await call('previewImport', { communityId: own(), file: old })).toMatchObject({
    ok: false,
    code: 'BAD_IMPORT',
    message: '模板版本是XXGK-0，当前版本是XXGK-1，请重新下载模板后填写',
  })
  const elsewhere = await uploadToCommunity(h, h.world.community('other'), '别处.xlsx', await filledTemplate([good('别处')]))
  expect(await call('previewImport', { communityId: own(), file: elsewhere })).toMatchObject({ ok: false, code: 'FOREIGN_FILE' })
  const missing = { fileID: old.fileID.replace('旧模板', '没有这个'), name: '没有这个.xlsx' }
  expect(await call('importDisclosures', { communityId: own(), file: missing })).toMatchObject({
    ok: false,
    code: 'FILE_NOT_FOUND',
    message: '文件不存在或已被删除，请重新选择',
  })
})

test('a long list of problems is cut after 20 rows, saying how many more', () => {
  const problems = Array.from({ length: 25 }, (_, i) => ({ line: i + 3, reason: '错' }))
  expect(describeProblems(problems)).toMatch(/^有25行不正确，未导入任何数据。第3行：错；.*第22行：错；另有5行有误$/)
})
