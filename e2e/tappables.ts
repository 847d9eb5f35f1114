/**
 * What a person can tap in the H5 build, as CSS selectors: taro-ui's and Taro's tappable parts, and
 * every class the app's own sources put on an element with an onClick (read with the TypeScript
 * parser, so a new tappable row is measured without anyone listing it here).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const SRC = path.resolve(__dirname, '..', 'miniprogram', 'src')

/** taro-ui and Taro parts that take taps; an AtInput or AtTextarea is tapped anywhere on its row. */
export const KIT_TAPPABLES = [
  '.at-button',
  '.at-list__item',
  '.at-input',
  '.at-textarea',
  '.at-segmented-control__item',
  '.at-modal__action > button',
  '.weui-picker__action',
  'button',
  'a[href]',
]

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    return entry.name.endsWith('.tsx') ? [full] : []
  })
}

/** The first class of each element written with both a literal className and an onClick. */
export function clickableClasses(files: string[] = sources(SRC)): string[] {
  const found = new Set<string>()
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
    const visit = (node: ts.Node) => {
      if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
        const attrs = node.attributes.properties.filter(ts.isJsxAttribute)
        const named = (name: string) => attrs.find((a) => a.name.getText(source) === name)
        const className = named('className')?.initializer
        if (named('onClick') && className) {
          const text = ts.isStringLiteral(className)
            ? className.text
            : ts.isJsxExpression(className) && className.expression
              ? className.expression.getText(source).replace(/^[`'"]/, '')
              : ''
          const first = /^[a-z][\w-]*/.exec(text)?.[0]
          if (first) found.add(first)
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return [...found].sort()
}

export function tappableSelector(): string {
  return [...KIT_TAPPABLES, ...clickableClasses().map((c) => `.${c}`)].join(', ')
}
