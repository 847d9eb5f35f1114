import type { TestEmulator } from '../../../emulator/testing'
import { startTestEmulator } from '../../../emulator/testing'
import { row, testIdNumber } from '../../../server/register/testRows'
import { registerXlsx } from '../../../server/register/writeSheet'

const ESTATE = 'rt-estate'
const owner = { name: '赵一', idNumber: testIdNumber(301), phone: '13700000301' }
let emu: TestEmulator

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: Date.UTC(2024, 5, 3, 2, 0, 0) })
  const rows = [row({ communityId: ESTATE, communityName: '往返花园', room: '101', ownerNames: owner.name, idNumbers: owner.idNumber, phones: owner.phone })]
  const imported = await emu.call('admin', { action: 'importRegister', fileName: 'r.xlsx', contentBase64: (await registerXlsx(rows)).toString('base64') }, { console: true })
  expect(imported.ok).toBe(true)
})
afterAll(() => emu.close())

async function trips(data: object, openid: string): Promise<number> {
  emu.resetStats()
  const answer = await emu.call('identity', data, { openid })
  const n = emu.stats()['fn.identity.db'] ?? 0
  console.log(JSON.stringify(data).slice(0, 40), answer.ok ? 'ok' : (answer as { code: string }).code, n)
  return n
}

it('counts', async () => {
  const who = { name: owner.name, idNumber: owner.idNumber }
  await trips({ action: 'getMyHome' }, 'o-rt-stranger')
  await trips({ action: 'sendBindCode', ...who }, 'o-rt')
  const code = (await emu.outbox('sms'))[0].code as string
  await trips({ action: 'bindIdentity', ...who, code: code === '000000' ? '111111' : '000000' }, 'o-rt')
  await trips({ action: 'bindIdentity', ...who, code }, 'o-rt')
  await trips({ action: 'getMyHome' }, 'o-rt')
})
