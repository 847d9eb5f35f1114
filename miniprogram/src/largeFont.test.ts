import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/*
 * Large-font mode, read from the sources: every page sets its root font size (components/font-scale,
 * page-meta in the mini program), and every text size is in rem (styles/scale.scss), so that root
 * scales it; no text is written smaller than body size (16 px, 32 design px).
 */
const SRC = __dirname

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(full, test)
    return test(entry.name) ? [full] : []
  })
}

const pages = filesUnder(SRC, (n) => n === 'index.tsx').filter((f) => path.basename(path.dirname(path.dirname(f))) === 'pages')
const rel = (f: string) => path.relative(SRC, f)

describe('large-font mode', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(40)
  })

  it('sets the root font size on every page, with page-meta enabled in its config', () => {
    const unscaled = pages.filter((f) => !/^export default withFontScale\(\w+\)$/m.test(readFileSync(f, 'utf8'))).map(rel)
    expect(unscaled).toEqual([])
    const noPageMeta = pages
      .map((f) => f.replace(/index\.tsx$/, 'index.config.ts'))
      .filter((f) => !/enablePageMeta:\s*true/.test(readFileSync(f, 'utf8')))
      .map(rel)
    expect(noPageMeta).toEqual([])
  })

  it('writes every text size in rem, none under body size', () => {
    const sizes = filesUnder(SRC, (n) => n.endsWith('.scss')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/font-size:\s*([^;]+);/g)].map((m) => ({ file: rel(f), value: m[1].trim() })),
    )
    expect(sizes.length).toBeGreaterThan(100)
    const notRem = sizes.filter((s) => !/^rem\(\d+\)( !important)?$/.test(s.value) && s.value !== 'inherit')
    expect(notRem).toEqual([])
    const small = sizes.filter((s) => Number(/^rem\((\d+)\)$/.exec(s.value)?.[1] ?? 32) < 32)
    expect(small).toEqual([])
  })

  it('writes every least height and line height in rem, so boxes grow with their text instead of cutting it', () => {
    const fixed = filesUnder(SRC, (n) => n.endsWith('.scss')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\b(min-height|line-height):\s*\d+px/g)].map((m) => `${rel(f)}: ${m[0]}`),
    )
    expect(fixed).toEqual([])
  })
})
