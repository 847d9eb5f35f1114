/**
 * The harness of the H5 end-to-end suites: the local emulator (with the demo seed), a current H5
 * build, headless Chromium, and one browser context per persona, logged in through the emulator's
 * persona login (`/dev/login?openid=…` sets the `dev_openid` cookie).
 *
 *   describeH5('a newcomer binds (H5)', () => {
 *     const h5 = useH5({ personas: { newcomer: DEMO.unboundOwner.openid } })
 *     test('…', async () => { await h5.open(h5.pages.newcomer, '/pages/home/index') … })
 *   })
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { Result } from '../core/result'
import { ensureH5Build } from '../emulator/host/h5Build'
import { startTestEmulator, type TestEmulator } from '../emulator/testing'
import { seedDemo } from '../seed/index'
import { chromiumAvailable, explainMissingChromium, launchBrowser } from './browser'

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

const ROOT = path.resolve(__dirname, '..')
/** Room for waiting out another worker's H5 build (1–2 minutes on a busy machine), then one's own start. */
const SETUP_TIMEOUT_MS = 600_000

/**
 * A describe block that needs Chromium. Without /usr/bin/chromium the suite is not silently green:
 * under CI (where `.ci/run` installs it) it fails; elsewhere a single test says loudly what did not run.
 */
export function describeH5(title: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(title, body)
    return
  }
  const why = explainMissingChromium(path.relative(ROOT, expect.getState().testPath ?? title))
  if (process.env.CI)
    test('chromium is installed', () => {
      throw new Error(why)
    })
  else
    test(`${title}: skipped, chromium missing`, () => {
      console.warn(why)
    })
}

export interface H5Options<P extends string> {
  /** Seed the demo community (seed/index.ts); default true. */
  seed?: boolean
  /** A browser context per persona: key → openid, or null for someone not signed in. */
  personas: Record<P, string | null>
  /** Runs after the seed, before the browser starts: state the suite makes by direct calls. */
  setup?: (emu: TestEmulator) => Promise<void>
  /** The pages' default wait (ms), shorter than jest's per-test timeout, so a missing element names itself. */
  pageTimeoutMs?: number
}

export interface H5<P extends string> {
  readonly emu: TestEmulator
  readonly pages: Record<P, Page>
  /** Loads the app afresh at a page (hash routing), so each step starts from what the server says now. */
  open(page: Page, pagePath: string): Promise<void>
  /** The code in the newest SMS to `phone`, read from the emulator's outbox as a person reads their phone. */
  smsCode(phone: string): Promise<string>
  /** Moves the emulator's clock (what the functions take for now) forward. */
  advanceClock(ms: number): void
}

/** Starts everything in beforeAll and stops it in afterAll of the enclosing describe. */
export function useH5<P extends string>(options: H5Options<P>): H5<P> {
  let emu: TestEmulator | undefined
  let browser: Browser | undefined
  const pages = {} as Record<P, Page>

  beforeAll(async () => {
    if (!ensureH5Build(ROOT, console.warn, { oncePer: jestRun() })) throw new Error('H5 build failed; see the build output above')
    emu = await startTestEmulator()
    if (options.seed ?? true) await seedDemo(emu)
    await options.setup?.(emu)
    browser = await launchBrowser()
    for (const [key, openid] of Object.entries(options.personas) as Array<[P, string | null]>) {
      pages[key] = await personaPage(browser, emu.url, openid, options.pageTimeoutMs)
    }
  }, SETUP_TIMEOUT_MS)

  afterAll(async () => {
    await browser?.close()
    await emu?.close()
  })

  const started = (): TestEmulator => {
    if (!emu) throw new Error('the H5 harness has not started (its beforeAll failed?)')
    return emu
  }
  return {
    get emu() {
      return started()
    },
    pages,
    async open(page, pagePath) {
      await page.goto('about:blank')
      await page.goto(`${started().url}/#${pagePath}`)
    },
    async smsCode(phone) {
      const sms = (await started().outbox('sms')).find((m) => m.to === phone && m.code)
      if (!sms?.code) throw new Error(`no SMS code reached ${phone}`)
      return String(sms.code)
    },
    advanceClock(ms) {
      started().clock.advance(ms)
    },
  }
}

/** A function's answer when it succeeded; a setup step that fails stops the suite with the server's words. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
  return result.data
}

async function personaPage(browser: Browser, url: string, openid: string | null, timeoutMs?: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  if (timeoutMs !== undefined) context.setDefaultTimeout(timeoutMs)
  const page = await context.newPage()
  if (openid !== null) await page.goto(`${url}/dev/login?openid=${encodeURIComponent(openid)}&next=/dev/whoami`)
  return page
}

/**
 * One key for the whole jest run, shared by its workers, so the H5 build happens at most once in
 * it: workers are child processes of the jest process (they have an IPC channel); in band, the
 * tests run in the jest process itself.
 */
function jestRun(): string {
  return `jest-${typeof process.send === 'function' ? process.ppid : process.pid}`
}
