import path from 'node:path'
import { compile } from 'sass'

/** WCAG relative luminance of '#rrggbb'. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05)

test('the primary button is a strong colour that white text reads on (it must not look disabled)', () => {
  const css = compile(path.join(__dirname, '..', 'app.scss'), {
    loadPaths: [path.join(__dirname, '..', '..', '..', 'node_modules')],
    silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div'],
    logger: { warn: () => undefined, debug: () => undefined },
  }).css
  const rule = /\.at-button--primary\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''
  const background = /background:\s*(#[0-9a-fA-F]{6})/.exec(rule)?.[1]
  expect(background).toBeDefined()
  expect(contrastWithWhite(background as string)).toBeGreaterThanOrEqual(4.5)
})
