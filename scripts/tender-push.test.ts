import { startTestEmulator, type TestEmulator } from '../emulator/testing'
import { LOCAL_TENDER_SECRET } from '../server/tender/push'
import { emulatorClock, sendTenderPush } from './tender-push'

/**
 * `npm run tender:push` against an emulator whose clock was moved (a year ahead of the wall clock): it signs
 * with the emulator's time, so the push is judged on its content, never refused as stale.
 */
const MOVED = Date.UTC(2031, 5, 1, 2, 0)
let emu: TestEmulator
beforeAll(async () => {
  emu = await startTestEmulator({ startAt: MOVED })
})
afterAll(() => emu.close())

it("reads the local emulator's clock, not the wall clock", async () => {
  const read = await emulatorClock(emu.url)
  expect(read).toBeGreaterThanOrEqual(MOVED)
  expect(read).toBeLessThanOrEqual(emu.clock.now())
})

it('answers no clock for a platform that is not the local emulator', async () => {
  expect(await emulatorClock('https://tender.example.gov.cn')).toBeNull()
})

it('signs with the moved clock: the push passes the signature check and reaches the project lookup', async () => {
  const answer = await sendTenderPush({
    url: emu.url,
    secret: LOCAL_TENDER_SECRET,
    project: 'ZB-NOT-REGISTERED',
    stage: 'filingApplied',
    version: 1,
    details: {},
  })
  // 404 "unknown project", not 401 "stale request": the signature's time was the emulator's.
  expect(answer).toEqual({ status: 404, body: expect.stringContaining('unknown project') })
})
