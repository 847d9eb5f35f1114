/**
 * H5 end to end, in headless Chromium against the local emulator and the demo seed: a newcomer
 * (刘芳, registered but not bound) opens the app, asks for a code, types a wrong one and is told
 * so, then the code from the SMS outbox, and sees her flat on the home page. Everything through
 * the real pages; the SMS is read from the emulator's outbox, as she would read her phone.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ERROR_MESSAGES } from '../core/errors'
import { h5BuildState } from '../emulator/host/h5Build'
import { startTestEmulator, type TestEmulator } from '../emulator/testing'
import { DEMO, seedDemo } from '../seed/index'
import { chromiumAvailable, explainMissingChromium, launchBrowser } from './browser'

const ROOT = path.resolve(__dirname, '..')
const NEWCOMER = DEMO.unboundOwner
const HOME = '/pages/home/index'

/** The H5 build is built once if missing; a stale one is used as is, and said so. */
function ensureH5Build(): void {
  const state = h5BuildState(ROOT)
  if (state.kind === 'stale') console.warn(`H5 build is older than ${state.newer}; run \`npm run build:h5\` to test the newest pages`)
  if (state.kind !== 'missing') return
  const run = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: path.join(ROOT, 'miniprogram'), stdio: 'inherit' })
  if (run.status !== 0) throw new Error(`H5 build failed (${run.status ?? run.signal})`)
}

if (!chromiumAvailable()) {
  const why = explainMissingChromium('e2e/bind.e2e.test.ts')
  if (process.env.CI) test('chromium is installed', () => { throw new Error(why) })
  else test('bind e2e skipped: chromium missing', () => { console.warn(why) })
} else {
  describe('a newcomer binds her owner identity (H5)', () => {
    let emu: TestEmulator
    let browser: Browser
    let page: Page

    beforeAll(async () => {
      ensureH5Build()
      emu = await startTestEmulator()
      await seedDemo(emu)
      browser = await launchBrowser()
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
      page = await context.newPage()
      // The dev persona login sets the caller's openid as a cookie, then shows the app's home.
      await page.goto(`${emu.url}/dev/login?openid=${encodeURIComponent(NEWCOMER.openid)}&next=${encodeURIComponent(`/#${HOME}`)}`)
    }, 300_000)

    afterAll(async () => {
      await browser?.close()
      await emu?.close()
    })

    test('the home page offers binding to someone not yet bound', async () => {
      await page.getByText('绑定业主身份后，可以查看房产、参加小区投票。').waitFor()
      await button(page, '业主身份绑定').click()
      await field(page, '请输入姓名').waitFor()
    }, 60_000)

    test('she asks for a code; a wrong code is refused with the server’s message', async () => {
      await field(page, '请输入姓名').fill(NEWCOMER.name)
      await field(page, '请输入身份证号').fill(NEWCOMER.idNumber)
      await button(page, '获取验证码').click()
      await page.getByText(/验证码已发送到 150\*\*\*\*5605/).first().waitFor()
      const code = await smsCodeTo(emu, NEWCOMER.phone)
      const wrong = code === '000000' ? '111111' : '000000'
      await field(page, '6位数字').fill(wrong)
      await button(page, '提交').click()
      await page.getByText(ERROR_MESSAGES.CODE_WRONG).waitFor()
      expect(await emu.query('bindings', { openid: NEWCOMER.openid })).toEqual([])
    }, 60_000)

    test('with the code from her SMS she is bound and sees her flat', async () => {
      const code = await smsCodeTo(emu, NEWCOMER.phone)
      await field(page, '6位数字').fill(code)
      await button(page, '提交').click()
      // Back on 首页: her community, her name and her flat (1栋 2单元 603) from the register.
      await page.locator('.home__community', { hasText: DEMO.community.name }).waitFor()
      await page.getByText('1 2 603').waitFor()
      await page.getByText(NEWCOMER.name, { exact: false }).first().waitFor()
      expect(await emu.query('bindings', { openid: NEWCOMER.openid })).toHaveLength(1)
    }, 60_000)
  })
}

/** Taro's H5 input is a custom element carrying the placeholder too; type into the real <input> inside it. */
function field(scope: Page, placeholder: string) {
  return scope.locator(`input[placeholder="${placeholder}"]`).first()
}

/** AtButton's text sits in an inner element that covers the button; click the button itself. */
function button(scope: Page, text: string) {
  return scope.locator('.at-button', { hasText: text }).first()
}

async function smsCodeTo(emu: TestEmulator, phone: string): Promise<string> {
  const sms = (await emu.outbox('sms')).find((m) => m.to === phone)
  if (!sms?.code) throw new Error(`no SMS code reached ${phone}`)
  return String(sms.code)
}
