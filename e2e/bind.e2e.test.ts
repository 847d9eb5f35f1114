/**
 * H5 end to end, in headless Chromium against the local emulator and the demo seed: a newcomer
 * (刘芳, registered but not bound) opens the app, asks for a code, types a wrong one and is told
 * so, then the code from the SMS outbox, and sees her flat on the home page. Everything through
 * the real pages; the SMS is read from the emulator's outbox, as she would read her phone.
 */
import { BIND_IDENTITY_ERRORS } from '../core/api/identity'
import { DEMO } from '../seed/index'
import { describeH5, useH5 } from './h5'
import { button, field, waitForToast } from './pageActions'

const NEWCOMER = DEMO.unboundOwner

describeH5('a newcomer binds her owner identity (H5)', () => {
  const h5 = useH5({ personas: { newcomer: NEWCOMER.openid } })

  test('the home page offers binding to someone not yet bound', async () => {
    const page = h5.pages.newcomer
    await h5.open(page, '/pages/home/index')
    await page.getByText('绑定业主身份后，可以查看房产、参加小区投票。').waitFor()
    await button(page, '业主身份绑定').click()
    await field(page, '请输入姓名').waitFor()
  }, 60_000)

  test('she asks for a code; a wrong code is refused with the server’s message', async () => {
    const page = h5.pages.newcomer
    await field(page, '请输入姓名').fill(NEWCOMER.name)
    await field(page, '请输入身份证号').fill(NEWCOMER.idNumber)
    await button(page, '获取验证码').click()
    await waitForToast(page, /验证码已发送到 150\*\*\*\*5605/)
    const code = await h5.smsCode(NEWCOMER.phone)
    const wrong = code === '000000' ? '111111' : '000000'
    await field(page, '6位数字').fill(wrong)
    await button(page, '提交').click()
    await waitForToast(page, BIND_IDENTITY_ERRORS.CODE_WRONG)
    expect(await h5.emu.query('bindings', { openid: NEWCOMER.openid })).toEqual([])
  }, 60_000)

  test('with the code from her SMS she is bound and sees her flat', async () => {
    const page = h5.pages.newcomer
    await field(page, '6位数字').fill(await h5.smsCode(NEWCOMER.phone))
    await button(page, '提交').click()
    // Back on 首页: her community, her name and her flat (1栋 2单元 603) from the register.
    await page.locator('.home__community', { hasText: DEMO.community.name }).waitFor()
    await page.getByText('1栋2单元603').waitFor()
    await page.getByText(NEWCOMER.name, { exact: false }).first().waitFor()
    expect(await h5.emu.query('bindings', { openid: NEWCOMER.openid })).toHaveLength(1)
  }, 60_000)
})
