import type { TestEmulator } from '../../emulator/testing'
import { startTestEmulator } from '../../emulator/testing'
import type { GrantedRole } from '../../core/api/admin'
import { hashIdNumber, personIdFor } from '../register/hash'
import { row, testIdNumber } from '../testing/registerRows'
import { registerXlsx } from '../register/writeSheet'

let emu: TestEmulator
const ESTATE = 'grant-estate'

beforeAll(async () => {
  emu = await startTestEmulator()
  const rows = [
    row({
      communityId: ESTATE,
      communityName: '授权花园',
      room: '101',
      ownerNames: '马八',
      idNumbers: testIdNumber(80),
      phones: '13800000080',
    }),
  ]
  const imported = await emu.call(
    'admin',
    { action: 'importRegister', fileName: 'r.xlsx', contentBase64: (await registerXlsx(rows)).toString('base64') },
    { console: true },
  )
  expect(imported.ok).toBe(true)
})
afterAll(() => emu.close())

const grant = (data: object, as: { console?: boolean; openid?: string } = { console: true }) =>
  emu.call<GrantedRole>('admin', { action: 'grantRole', ...data }, as)

describe('admin.grantRole', () => {
  it('grants a street reviewer role to an openid, active, with an audit entry', async () => {
    const result = await grant({
      openid: 'o-street',
      name: '冯审核',
      phone: '13900000001',
      role: 'streetReviewer',
      street: '桃源街道',
      district: '南山区',
    })
    expect(result).toMatchObject({
      ok: true,
      data: { role: 'streetReviewer', label: '街道办审核人', status: 'active', street: '桃源街道', phoneMasked: '139****0001' },
    })
    if (!result.ok) return
    expect(JSON.stringify(result)).not.toContain('13900000001')
    const [doc] = await emu.query<Record<string, unknown>>('roles', { _id: result.data.id })
    expect(doc).toMatchObject({ openid: 'o-street', role: 'streetReviewer', status: 'active', street: '桃源街道', district: '南山区' })
    expect(await emu.query('audit', { action: 'admin.grantRole', targetId: result.data.id })).toHaveLength(1)
  })

  it('starts staff as pending and re-granting updates the same grant', async () => {
    const first = await grant({ openid: 'o-staff', name: '孙经办', role: 'staff', communityId: ESTATE })
    expect(first).toMatchObject({ ok: true, data: { status: 'pending' } })
    const again = await grant({ openid: 'o-staff', name: '孙经办', role: 'staff', communityId: ESTATE, status: 'active' })
    expect(again.ok && first.ok && again.data.id).toBe(first.ok && first.data.id)
    expect(await emu.query('roles', { openid: 'o-staff' })).toHaveLength(1)
  })

  it('grants to a registered person by personId, using the register’s name', async () => {
    const personId = personIdFor(ESTATE, hashIdNumber(testIdNumber(80)))
    const result = await grant({ personId, name: '随便', role: 'director', communityId: ESTATE })
    expect(result).toMatchObject({ ok: true, data: { name: '马八', personId, role: 'director', status: 'active' } })
    expect(await grant({ personId: `${ESTATE}:p:0000000000000000`, name: '无', role: 'director', communityId: ESTATE })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  it('refuses incomplete grants and unknown communities', async () => {
    expect(await grant({ openid: 'o1', name: '甲', role: 'director' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('小区'),
    })
    expect(await grant({ openid: 'o1', name: '甲', role: 'streetReviewer', district: '南山区' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
    expect(await grant({ name: '甲', role: 'operator' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(await grant({ openid: 'o1', name: '甲', role: 'owner', communityId: ESTATE })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
    expect(await grant({ openid: 'o1', name: '甲', role: 'member', communityId: 'no-such' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })

  it('lets an operator grant, and nobody else', async () => {
    await grant({ openid: 'o-operator', name: '林管理', role: 'operator' })
    expect(
      await grant({ openid: 'o-d', name: '何中心', role: 'districtCentre', district: '南山区' }, { openid: 'o-operator' }),
    ).toMatchObject({ ok: true })
    expect(await grant({ openid: 'o-x', name: '某人', role: 'operator' }, { openid: 'o-d' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })
})
