import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/*
 * Consent to subscription messages goes through one hook (hooks/useSubscriptions.ts), asked for by
 * template name: no page calls WeChat's dialog itself or holds a template id (they are configured on the
 * server and handed over by account.subscriptionStatus).
 */
const SRC = __dirname

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : sources(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}
const files = sources(SRC).map((file) => ({ file: path.relative(SRC, file), text: readFileSync(file, 'utf8') }))

it('only the consent hook asks WeChat for consent', () => {
  expect(files.filter((f) => f.text.includes('requestSubscribeMessage(')).map((f) => f.file)).toEqual(['hooks/useSubscriptions.ts'])
})

it('no client file names a template id or its variable', () => {
  expect(files.filter((f) => /['"`]local-(vote|notice|tender)-|TPL_[A-Z]/.test(f.text)).map((f) => f.file)).toEqual([])
})
