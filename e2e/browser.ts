import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags that keep Debian's chromium quiet on a machine with a closed network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH)
}

/**
 * Browser tests need Debian's chromium; `.ci/run` installs it. When it is missing the suites say so
 * loudly instead of passing silently — and fail under CI, where it must be there.
 */
export function explainMissingChromium(suite: string): string {
  const text =
    `浏览器测试未运行 / browser tests NOT run (${suite}): ${CHROMIUM_PATH} is missing. ` +
    'Install it with `apt-get update && apt-get install -y chromium` (as root) or set CHROMIUM_PATH.'
  console.warn(`\n!!! ${text}\n`)
  return text
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS })
}
