import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/*
 * A toast is gone in a few seconds, before an owner of 70 has read it. Every screen that shows the
 * server's answers through useNotice() also keeps the last one on the page (`notice.inline`), placed
 * beside the buttons or list that caused it (hooks/useNotice.tsx).
 */
const SRC = __dirname

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsxFiles(full)
    return entry.name.endsWith('.tsx') ? [full] : []
  })
}

it('keeps the last message on the page wherever a screen uses useNotice()', () => {
  const missing = tsxFiles(SRC)
    .filter((file) => !file.endsWith(path.join('hooks', 'useNotice.tsx')))
    .filter((file) => {
      const text = readFileSync(file, 'utf8')
      const bound = /const (\w+) = useNotice\(\)/.exec(text)
      return bound !== null && !text.includes(`{${bound[1]}.inline}`)
    })
    .map((file) => path.relative(SRC, file))
  expect(missing).toEqual([])
})
