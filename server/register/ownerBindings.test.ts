import type { TestEmulator } from '../../emulator/testing'
import { startTestEmulator } from '../../emulator/testing'
import { row, testIdNumber } from '../testing/registerRows'
import { registerXlsx, type RegisterRow } from './writeSheet'

/*
 * Roles follow the register: an owner role exists only while the bound person holds a unit. A
 * re-import that moves her last unit to a new buyer ends it (she can no longer read the committee's
 * or the fund pages); a later import that lists her again gives it back, with no need to bind again.
 */
const ESTATE = 'follow-estate'
const SELLER = { name: '钱卖家', idNumber: testIdNumber(201), phone: '13700000201', openid: 'o-seller' }
const KEEPER = { name: '孙留下', idNumber: testIdNumber(202), phone: '13700000202', openid: 'o-keeper' }
const BUYER = { name: '李买家', idNumber: testIdNumber(203), phone: '13700000203' }

let emu: TestEmulator

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: Date.UTC(2024, 5, 3, 2, 0, 0) })
})
afterAll(() => emu.close())

type Who = { name: string; idNumber: string; phone: string }
const unit = (room: string, owner: Who): RegisterRow =>
  row({ communityId: ESTATE, communityName: '随册花园', room, ownerNames: owner.name, idNumbers: owner.idNumber, phones: owner.phone })

async function importRows(rows: RegisterRow[]) {
  const answer = await emu.call(
    'admin',
    { action: 'importRegister', fileName: 'r.xlsx', contentBase64: (await registerXlsx(rows)).toString('base64') },
    { console: true },
  )
  expect(answer.ok).toBe(true)
}

/** Binds through the real two steps, the code read from the local SMS outbox. */
async function bind(p: Who & { openid: string }) {
  expect(
    await emu.call('bindIdentity', { action: 'sendBindCode', name: p.name, idNumber: p.idNumber }, { openid: p.openid }),
  ).toMatchObject({
    ok: true,
  })
  const [sms] = (await emu.outbox('sms')).filter((m) => m.to === p.phone)
  const bound = await emu.call(
    'bindIdentity',
    { action: 'bindIdentity', name: p.name, idNumber: p.idNumber, code: String(sms.code) },
    { openid: p.openid },
  )
  expect(bound).toMatchObject({ ok: true })
}

/** What an owner reads of the committee: its members and its fund accounts. */
async function reads(openid: string) {
  const members = await emu.call('committee', { action: 'listMembers', communityId: ESTATE }, { openid })
  const funds = await emu.call('committee', { action: 'listFundAccounts', communityId: ESTATE }, { openid })
  return [members.ok ? 'ok' : members.code, funds.ok ? 'ok' : funds.code]
}

describe('the owner role follows the register', () => {
  it('ends when a re-import moves the last unit to a new buyer, and comes back when the register lists her again', async () => {
    await importRows([unit('101', SELLER), unit('102', KEEPER)])
    await bind(SELLER)
    await bind(KEEPER)
    expect(await reads(SELLER.openid)).toEqual(['ok', 'ok'])

    await importRows([unit('101', BUYER), unit('102', KEEPER)])
    expect(await reads(SELLER.openid)).toEqual(['FORBIDDEN', 'FORBIDDEN'])
    const home = await emu.call<{ roles: Array<{ role: string }> }>('bindIdentity', { action: 'getMyHome' }, { openid: SELLER.openid })
    expect(home.ok && home.data.roles.map((r) => r.role)).toEqual([])
    // The owner who kept her unit is untouched.
    expect(await reads(KEEPER.openid)).toEqual(['ok', 'ok'])

    await importRows([unit('101', BUYER), unit('102', KEEPER), unit('103', SELLER)])
    expect(await reads(SELLER.openid)).toEqual(['ok', 'ok'])
  })
})
