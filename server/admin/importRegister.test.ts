import type { TestEmulator } from '../../emulator/testing'
import { startTestEmulator } from '../../emulator/testing'
import type { ImportSummary } from '../../core/api/admin'
import { getCloud } from '../cloud'
import { SHEET_LIMITS } from '../register/readSheet'
import { failNextWrite } from '../testing/faults'
import { hashIdNumber, personIdFor } from '../register/hash'
import { row, testIdNumber, xlsxOfRows } from '../testing/registerRows'
import { registerCsv, registerXlsx, type RegisterRow } from '../register/writeSheet'

let emu: TestEmulator

beforeAll(async () => {
  emu = await startTestEmulator()
})
afterAll(() => emu.close())

const ESTATE = 'test-estate'

function estate(): RegisterRow[] {
  return [
    row({ room: '101', area: 89.45 }),
    row({
      room: '102',
      area: '120.50',
      ownerNames: '李四、王五',
      idNumbers: `${testIdNumber(2)}、${testIdNumber(3)}`,
      phones: '13800000002、13800000003',
    }),
    row({ room: '103', area: '66.6', ownerNames: '', idNumbers: '', phones: '', developerHeld: '是' }),
    row({ building: '2', room: '201', area: '150' }),
  ]
}

async function importXlsx(rows: RegisterRow[], as: { console?: boolean; openid?: string } = { console: true }) {
  return emu.call<ImportSummary>(
    'admin',
    { action: 'importRegister', fileName: '登记表.xlsx', contentBase64: (await registerXlsx(rows)).toString('base64') },
    as,
  )
}

async function counts() {
  const [communities, units, persons, audit] = await Promise.all(['communities', 'units', 'persons', 'audit'].map((c) => emu.query(c)))
  return { communities: communities.length, units: units.length, persons: persons.length, audit: audit.length }
}

describe('admin.importRegister', () => {
  it('imports an xlsx register: units with integer areas and sorted owners, persons with hashed IDs', async () => {
    const result = await importXlsx(estate())
    expect(result).toMatchObject({ ok: true })
    if (!result.ok) return
    expect(result.data.rows).toBe(4)
    expect(result.data.communities).toEqual([
      expect.objectContaining({
        id: ESTATE,
        name: '测试花园',
        unitCount: 4,
        personCount: 3,
        developerHeldUnits: 1,
        coOwnedUnits: 1,
        totalAreaCenti: 8945 + 12050 + 6660 + 15000,
        units: { created: 4, updated: 0, unchanged: 0, retired: 0 },
        persons: { created: 3, updated: 0, unchanged: 0, retired: 0 },
      }),
    ])

    const zhang = personIdFor(ESTATE, hashIdNumber(testIdNumber(1)))
    const units = await emu.query<Record<string, unknown>>('units', { communityId: ESTATE })
    const byId = Object.fromEntries(units.map((u) => [u._id, u]))
    expect(byId[`${ESTATE}:1-1-101`]).toMatchObject({
      areaCenti: 8945,
      ownerIds: [zhang],
      developerHeld: false,
      inRegister: true,
      building: '1',
      unitNo: '1',
      room: '101',
    })
    expect(byId[`${ESTATE}:1-1-103`]).toMatchObject({ areaCenti: 6660, ownerIds: [], developerHeld: true })
    const coOwners = byId[`${ESTATE}:1-1-102`].ownerIds as string[]
    expect(coOwners).toHaveLength(2)
    expect([...coOwners].sort()).toEqual(coOwners)

    const persons = await emu.query<Record<string, unknown>>('persons', { communityId: ESTATE })
    const zhangDoc = persons.find((p) => p._id === zhang)!
    expect(zhangDoc).toMatchObject({
      name: '张三',
      idLast4: testIdNumber(1).slice(-4),
      phoneMasked: '138****0001',
      unitIds: [`${ESTATE}:1-1-101`, `${ESTATE}:2-1-201`],
    })
    expect(JSON.stringify(persons)).not.toContain(testIdNumber(1))
  })

  it('never puts a phone number or an ID number in its answer', async () => {
    const result = await importXlsx(estate())
    const text = JSON.stringify(result)
    for (const secret of ['13800000001', '13800000002', testIdNumber(1), testIdNumber(2)]) expect(text).not.toContain(secret)
  })

  it('re-imports in place: unchanged rows are not rewritten, changes update, missing units retire', async () => {
    await importXlsx(estate())
    const before = await counts()
    const again = await importXlsx(estate())
    expect(again.ok && again.data.communities[0].units).toEqual({ created: 0, updated: 0, unchanged: 4, retired: 0 })

    const changed = estate().filter((r) => r.building !== '2')
    changed[0] = { ...changed[0], area: '90.00' }
    changed[1] = { ...changed[1], ownerNames: '李四', idNumbers: testIdNumber(2), phones: '13800000002' }
    const result = await importXlsx(changed)
    expect(result.ok && result.data.communities[0].units).toEqual({ created: 0, updated: 2, unchanged: 1, retired: 1 })
    expect(result.ok && result.data.communities[0].persons).toMatchObject({ created: 0, retired: 1 })
    const after = await counts()
    expect(after.units).toBe(before.units)
    expect(after.persons).toBe(before.persons)
    const [retired] = await emu.query<{ inRegister: boolean }>('units', { _id: `${ESTATE}:2-1-201` })
    expect(retired.inRegister).toBe(false)
    const [updated] = await emu.query<{ areaCenti: number }>('units', { _id: `${ESTATE}:1-1-101` })
    expect(updated.areaCenti).toBe(9000)
    await importXlsx(estate())
  })

  it('a crash mid-import leaves totals that agree with the units, and importing the file again completes it', async () => {
    await importXlsx(estate())
    const bigger = estate().map((r) => ({ ...r, area: `${Number(r.area) + 1}` }))
    const fault = failNextWrite('units', { after: 2 })
    const crashed = await importXlsx(bigger)
    fault.restore()
    expect(fault.fired()).toBe(true)
    expect(crashed).toMatchObject({ ok: false })

    const unitsNow = await emu.query<{ areaCenti: number; inRegister: boolean }>('units', { communityId: ESTATE, inRegister: true })
    const areas = unitsNow.map((u) => u.areaCenti)
    // Some units have the new area, some the old: the import really stopped half-way.
    expect(areas.filter((a, i) => a === 100 + [8945, 12050, 6660, 15000][i]).length).toBeGreaterThan(0)
    expect(areas.filter((a, i) => a === [8945, 12050, 6660, 15000][i]).length).toBeGreaterThan(0)
    const [community] = await emu.query<Record<string, unknown>>('communities', { _id: ESTATE })
    expect(community.importStatus).toBe('importing')
    // No stored total can disagree with the units: there is none; totals are derived from the units.
    expect(community).not.toHaveProperty('totalAreaCenti')
    expect(community).not.toHaveProperty('unitCount')

    const resumed = await importXlsx(bigger)
    expect(resumed.ok && resumed.data.communities[0]).toMatchObject({
      unitCount: 4,
      personCount: 3,
      developerHeldUnits: 1,
      coOwnedUnits: 1,
      totalAreaCenti: 8945 + 12050 + 6660 + 15000 + 400,
    })
    const after = await emu.query<{ areaCenti: number }>('units', { communityId: ESTATE, inRegister: true })
    expect(after.reduce((sum, u) => sum + u.areaCenti, 0)).toBe(8945 + 12050 + 6660 + 15000 + 400)
    const [ready] = await emu.query<Record<string, unknown>>('communities', { _id: ESTATE })
    expect(ready.importStatus).toBe('ready')
    await importXlsx(estate())
  })

  it('drops the totals an older import stored on the community', async () => {
    await emu.insert('communities', [
      { _id: 'legacy-estate', name: '旧花园', district: '南山区', street: '桃源街道', unitCount: 99, totalAreaCenti: 1 },
    ])
    const rows = [
      row({
        communityId: 'legacy-estate',
        communityName: '旧花园',
        ownerNames: '吴八',
        idNumbers: testIdNumber(60),
        phones: '13800000060',
      }),
    ]
    expect(await importXlsx(rows)).toMatchObject({
      ok: true,
      data: { communities: [expect.objectContaining({ unitCount: 1, totalAreaCenti: 8945 })] },
    })
    const [community] = await emu.query<Record<string, unknown>>('communities', { _id: 'legacy-estate' })
    expect(community).toMatchObject({ name: '旧花园', importStatus: 'ready' })
    expect(community).not.toHaveProperty('unitCount')
    expect(community).not.toHaveProperty('totalAreaCenti')
  })

  it('imports nothing when any row is bad, and names every bad line', async () => {
    const before = await counts()
    const rows = [
      ...estate(),
      row({ building: '3', room: '301', area: '89.456' }),
      row({ building: '3', room: '302', idNumbers: '440305198001010019' }),
      row({ building: '3', room: '101', ownerNames: '新人', idNumbers: testIdNumber(30), phones: '13800000030' }),
      row({ building: '1', room: '101', ownerNames: '重复', idNumbers: testIdNumber(31), phones: '13800000031' }),
    ]
    const result = await importXlsx(rows)
    expect(result).toMatchObject({ ok: false, code: 'BAD_REGISTER' })
    if (result.ok) return
    expect(result.message).toContain('未导入任何数据')
    expect(result.message).toContain('第6行：面积“89.456”超过两位小数')
    expect(result.message).toMatch(/第7行：身份证号码.*校验位/)
    expect(result.message).toContain('第9行：与第2行是同一套房')
    expect(result.message).not.toContain('第8行')
    expect(await counts()).toEqual(before)
  })

  it('keeps the register at 0.01 m²: an area with three decimals, typed as a number in Excel, is a row error', async () => {
    const before = await counts()
    const result = await importXlsx([...estate(), row({ building: '3', room: '301', area: 171755.223 })])
    expect(result).toMatchObject({
      ok: false,
      code: 'BAD_REGISTER',
      message: expect.stringContaining('第6行：面积“171755.223”超过两位小数'),
    })
    expect(await counts()).toEqual(before)
  })

  it(`refuses a register of more than ${SHEET_LIMITS.rows} rows with REGISTER_TOO_LARGE, writing nothing`, async () => {
    const before = await counts()
    const [header, line] = registerCsv([row()]).split('\r\n')
    const body = `${header}\r\n${`${line}\r\n`.repeat(SHEET_LIMITS.rows + 1)}`
    // Over callFunction's 6 MB: such a file comes from cloud storage.
    const { fileID } = await getCloud().uploadFile({ cloudPath: 'registers/too-long.csv', fileContent: Buffer.from(body) })
    const result = await emu.call<ImportSummary>('admin', { action: 'importRegister', fileID }, { console: true })
    expect(result).toMatchObject({
      ok: false,
      code: 'REGISTER_TOO_LARGE',
      message: expect.stringContaining(`最多 ${SHEET_LIMITS.rows} 行`),
    })
    expect(await counts()).toEqual(before)
  })

  it('keeps answering other calls while a long file is being read', async () => {
    // Read to its last row before being refused: the longest read an import can make.
    const file = await xlsxOfRows(SHEET_LIMITS.rows + 2, (n) => String(n))
    const { fileID } = await getCloud().uploadFile({ cloudPath: 'registers/long.xlsx', fileContent: file })
    const done: string[] = []
    const importing = emu.call('admin', { action: 'importRegister', fileID }, { console: true }).then(() => done.push('import'))
    const others = Array.from({ length: 5 }, () =>
      emu.call('account', { action: 'myAccount' }, { openid: 'someone-else' }).then(() => done.push('other')),
    )
    await Promise.all([importing, ...others])
    expect(done.indexOf('import')).toBe(done.length - 1)
  })

  it('reads CSV too', async () => {
    const rows = [
      row({
        communityId: 'csv-estate',
        communityName: 'CSV花园',
        room: '101',
        ownerNames: '陈六',
        idNumbers: testIdNumber(40),
        phones: '13800000040',
      }),
    ]
    const result = await emu.call<ImportSummary>(
      'admin',
      { action: 'importRegister', fileName: '登记表.csv', contentBase64: Buffer.from(registerCsv(rows)).toString('base64') },
      { console: true },
    )
    expect(result.ok && result.data.communities[0]).toMatchObject({ id: 'csv-estate', unitCount: 1, personCount: 1 })
  })

  it('reads a file from cloud storage by fileID', async () => {
    const rows = [
      row({
        communityId: 'cloud-estate',
        communityName: '云存储花园',
        room: '101',
        ownerNames: '周七',
        idNumbers: testIdNumber(50),
        phones: '13800000050',
      }),
    ]
    const { fileID } = await getCloud().uploadFile({ cloudPath: 'registers/cloud-estate.xlsx', fileContent: await registerXlsx(rows) })
    const result = await emu.call<ImportSummary>('admin', { action: 'importRegister', fileID }, { console: true })
    expect(result.ok && result.data.communities[0]).toMatchObject({ id: 'cloud-estate', unitCount: 1 })
    const missing = await emu.call(
      'admin',
      { action: 'importRegister', fileID: fileID.replace('cloud-estate', 'nothing-here') },
      { console: true },
    )
    expect(missing).toMatchObject({ ok: false, code: 'FILE_NOT_FOUND' })
  })

  it('is the operator’s: owners are refused, strangers asked to sign in', async () => {
    expect(await importXlsx(estate(), { openid: 'someone' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await importXlsx(estate(), {})).toMatchObject({ ok: false, code: 'NOT_SIGNED_IN' })
  })

  it('writes one audit entry per imported community', async () => {
    const before = (await emu.query('audit', { action: 'admin.importRegister', targetId: ESTATE })).length
    await importXlsx(estate())
    expect(await emu.query('audit', { action: 'admin.importRegister', targetId: ESTATE })).toHaveLength(before + 1)
  })
})
