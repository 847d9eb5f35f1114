/**
 * H5 end to end, in headless Chromium against the local emulator and the demo seed:
 * a staff member (经办人) binds with name + phone + SMS code, is refused the committee's pages
 * until the director authorises her, then sees them; the director stops her account and she is
 * refused again. Both people use the real pages; only the roster entry is made by a direct call.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startTestEmulator, type TestEmulator } from '../emulator/testing'
import { h5BuildState } from '../emulator/host/h5Build'
import { DEMO, seedDemo } from '../seed/index'
import { chromiumAvailable, explainMissingChromium, launchBrowser } from './browser'

const ROOT = path.resolve(__dirname, '..')
const STAFF = { openid: 'e2e-staff-hexiaoli', name: '何晓丽', phone: '13955550123' }
const DIRECTOR = DEMO.director
const REFUSED = '您没有权限进行此操作'
const WAITING = '等待业委会主任授权'

const PAGES = {
  staffBind: '/packages/account/pages/staff-bind/index',
  staff: '/packages/account/pages/staff/index',
  members: '/packages/committee/pages/members/index',
  records: '/packages/committee/pages/records/index',
  meetings: '/packages/committee/pages/meetings/index',
}

/** The H5 build is built once if missing; a stale one is used as is, and said so. */
function ensureH5Build(): void {
  const state = h5BuildState(ROOT)
  if (state.kind === 'stale') console.warn(`H5 build is older than ${state.newer}; run \`npm run build:h5\` to test the newest pages`)
  if (state.kind !== 'missing') return
  const run = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: path.join(ROOT, 'miniprogram'), stdio: 'inherit' })
  if (run.status !== 0) throw new Error(`H5 build failed (${run.status ?? run.signal})`)
}

if (!chromiumAvailable()) {
  const why = explainMissingChromium('e2e/staff.e2e.test.ts')
  if (process.env.CI) test('chromium is installed', () => { throw new Error(why) })
  else test('staff e2e skipped: chromium missing', () => { console.warn(why) })
} else {
  describe('staff binding and the director’s authorisation (H5)', () => {
    jest.setTimeout(60_000)
    let emu: TestEmulator
    let browser: Browser
    let staff: Page
    let director: Page

    beforeAll(async () => {
      ensureH5Build()
      emu = await startTestEmulator()
      await seedDemo(emu)
      const added = await emu.call('committee', {
        action: 'addMember', communityId: DEMO.community.id, kind: 'staff', name: STAFF.name, position: '经办人', phone: STAFF.phone,
      }, { openid: DIRECTOR.openid })
      if (!added.ok) throw new Error(`adding ${STAFF.name} to the roster failed: ${added.code} ${added.message}`)
      browser = await launchBrowser()
      staff = await personaPage(browser, emu.url, STAFF.openid)
      director = await personaPage(browser, emu.url, DIRECTOR.openid)
    }, 300_000)

    afterAll(async () => {
      await browser?.close()
      await emu?.close()
    })

    test('she binds with name, phone and the SMS code, and waits for the director', async () => {
      await open(staff, emu.url, PAGES.staffBind)
      await field(staff, '请输入姓名').fill(STAFF.name)
      await field(staff, '11位手机号码').fill(STAFF.phone)
      await button(staff, '获取验证码').click()
      await staff.getByText(/验证码已发送到 139\*\*\*\*0123/).waitFor()
      const code = await smsCodeTo(emu, STAFF.phone)
      await field(staff, '6位数字').fill(code)
      await button(staff, '提交信息').click()
      await staff.locator('.staff-bind__waiting').getByText(WAITING).waitFor()
      const [account] = await emu.query<{ status: string; openid: string }>('roles', { openid: STAFF.openid })
      expect(account).toMatchObject({ status: 'pending' })
    })

    test('until authorised she is refused the committee pages, and told why', async () => {
      await open(staff, emu.url, PAGES.members)
      await staff.getByText(REFUSED).waitFor()
      await staff.getByText(`您的账号正在${WAITING}`).waitFor()
      await open(staff, emu.url, PAGES.meetings)
      await staff.getByText(REFUSED).waitFor()
    })

    test('the director authorises her on 人员授权', async () => {
      await open(director, emu.url, PAGES.staff)
      const row = director.locator('.staff__person', { hasText: STAFF.name })
      await button(row, '授权').click()
      await director.locator('.taro-model__confirm', { hasText: '授权' }).click()
      await director.locator('.section-title', { hasText: '已授权' }).waitFor()
      await director.locator('.staff__person', { hasText: STAFF.name }).locator('.at-button', { hasText: '停用' }).waitFor()
    })

    test('authorised, she sees the roster, the records and the meetings', async () => {
      await open(staff, emu.url, PAGES.members)
      await staff.locator('.list-card', { hasText: STAFF.name }).waitFor()
      await staff.locator('.section-title', { hasText: '其他工作人员' }).waitFor()
      await open(staff, emu.url, PAGES.records)
      await staff.locator('.at-segmented-control__item', { hasText: '备案查询' }).waitFor()
      await staff.locator('.list-card, .remote-view__empty').first().waitFor()
      await open(staff, emu.url, PAGES.meetings)
      await staff.locator('.list-card, .remote-view__empty').first().waitFor()
      expect(await staff.getByText(REFUSED).count()).toBe(0)
    })

    test('the director stops her account with a reason, and she is refused again', async () => {
      await open(director, emu.url, PAGES.staff)
      await button(director.locator('.staff__person', { hasText: STAFF.name }), '停用').click()
      await director.locator('.reason-modal__input textarea').fill('已离职')
      await director.locator('.reason-modal__confirm', { hasText: '停用' }).click()
      await director.locator('.section-title', { hasText: '已停用' }).waitFor()

      await open(staff, emu.url, PAGES.members)
      await staff.getByText(REFUSED).waitFor()
      await staff.getByText('您的业委会人员账号已被停用').waitFor()
      const audit = await emu.query<{ action: string; note?: string }>('audit', { action: 'account.revokeStaff' })
      expect(audit.map((a) => a.note)).toContain('已离职')
    })
  })
}

/** A browser context logged in as `openid` through the emulator's persona login (a cookie). */
async function personaPage(browser: Browser, url: string, openid: string): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  // Shorter than jest's per-test timeout, so a missing element reports itself rather than a bare timeout.
  context.setDefaultTimeout(15_000)
  const page = await context.newPage()
  await page.goto(`${url}/dev/login?openid=${encodeURIComponent(openid)}&next=/dev/whoami`)
  return page
}

/** Loads the app afresh at a page (hash routing), so each step starts from what the server says now. */
async function open(page: Page, url: string, pagePath: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${url}/#${pagePath}`)
}

/** Taro's H5 Input is a custom element holding a real <input> with the same placeholder; fill the real one. */
function field(page: Page, placeholder: string) {
  return page.locator(`input[placeholder="${placeholder}"]`)
}

/**
 * AtButton's text sits in an inner element that covers the button, so the button itself is clicked,
 * found by its whole text ('停用' must not find '也看已停用的…') among the visible ones (H5 keeps
 * earlier pages of the stack in the document, hidden).
 */
function button(scope: Page | ReturnType<Page['locator']>, text: string) {
  return scope.locator('.at-button:visible', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).first()
}

async function smsCodeTo(emu: TestEmulator, phone: string): Promise<string> {
  const sms = (await emu.outbox('sms')).find((m) => m.to === phone)
  if (!sms?.code) throw new Error(`no SMS code reached ${phone}`)
  return String(sms.code)
}
