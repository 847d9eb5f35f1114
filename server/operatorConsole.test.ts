import { startTestEmulator, type TestEmulator } from '../emulator/testing'

/*
 * The operator's powers (admin.grantRole here) go only to a call from the console: its SOURCE on the
 * explicit list and no OPENID. HTTP access, timers, function-to-function calls and unknown sources carry
 * no OPENID either, and are refused as not signed in. The emulator sets the SOURCE a call would carry.
 */
let emu: TestEmulator
beforeAll(async () => {
  emu = await startTestEmulator()
})
afterAll(() => emu.close())

const grantFrom = (source: string, openid: string) =>
  emu.call(
    'admin',
    { action: 'grantRole', openid, name: '冯审核', role: 'streetReviewer', street: '桃源街道', district: '南山区' },
    { source },
  )

describe('operator powers by call source', () => {
  it('grants a role from the console (wx_devtools, no OPENID)', async () => {
    expect(await grantFrom('wx_devtools', 'o-from-console')).toMatchObject({ ok: true, data: { role: 'streetReviewer' } })
    expect(await emu.query('roles', { openid: 'o-from-console' })).toHaveLength(1)
  })

  it.each(['wx_http', 'wx_trigger', 'wx_client,scf', 'wx_devtools,scf', 'scf', 'wx_unknown', 'wx_crawler', 'tcb_http', 'wx_client'])(
    'refuses a call from %s without an OPENID, and writes nothing',
    async (source) => {
      const openid = `o-from-${source.replace(/,/g, '-')}`
      expect(await grantFrom(source, openid)).toMatchObject({ ok: false, code: 'NOT_SIGNED_IN' })
      expect(await emu.query('roles', { openid })).toHaveLength(0)
    },
  )

  it('treats `console: true` in tests as the wx_devtools console', async () => {
    const viaShorthand = await emu.call(
      'admin',
      { action: 'grantRole', openid: 'o-shorthand', name: '何静', role: 'districtCentre', district: '南山区' },
      { console: true },
    )
    expect(viaShorthand.ok).toBe(true)
  })
})
