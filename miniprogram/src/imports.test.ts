import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/*
 * The client's boundaries, read from the sources: a subpackage never imports another (WeChat loads
 * each on its own; what they share lives in the main package's hooks/, components/, services/,
 * utils/, styles/, or in core/), and nothing here imports the server, the emulator or a function.
 */
const SRC = __dirname
const REPO = path.resolve(SRC, '..', '..')
const FORBIDDEN_TOP = ['server', 'emulator', 'cloudfunctions']

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourcesUnder(full)
    return /\.(tsx?|scss)$/.test(entry.name) ? [full] : []
  })
}

/** Every module a file names: `import … from '…'`, `export … from '…'`, `import('…')`, `require('…')`, Sass `@import '…'`. */
export function specifiersOf(text: string): string[] {
  const found = new Set<string>()
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(?\s*['"]([^'"]+)['"]/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
    /@(?:import|use|forward)\s+['"]([^'"]+)['"]/g,
  ]
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1])
  return [...found]
}

/** The subpackage a path inside miniprogram/src belongs to, or null for the main package. */
function subpackageOf(file: string): string | null {
  const parts = path.relative(SRC, file).split(path.sep)
  return parts[0] === 'packages' && parts.length > 2 ? parts[1] : null
}

/** Where a specifier lands, relative to the repo ('server/…', 'miniprogram/src/packages/vote/…'), or null for a package. */
function targetOf(file: string, specifier: string): string | null {
  if (specifier.startsWith('@core/')) return path.join('core', specifier.slice('@core/'.length))
  if (!specifier.startsWith('.')) return null
  return path.relative(REPO, path.resolve(path.dirname(file), specifier))
}

export function problemsOf(file: string, text: string): string[] {
  const problems: string[] = []
  const own = subpackageOf(file)
  for (const specifier of specifiersOf(text)) {
    const target = targetOf(file, specifier)
    if (target === null) continue
    const top = target.split(path.sep)[0]
    if (FORBIDDEN_TOP.includes(top)) problems.push(`imports ${top}/: '${specifier}'`)
    const absolute = path.join(REPO, target)
    if (!absolute.startsWith(SRC + path.sep)) continue
    const other = subpackageOf(absolute)
    if (own !== null && other !== null && other !== own) problems.push(`packages/${own} imports packages/${other}: '${specifier}'`)
  }
  return problems
}

describe('client import boundaries', () => {
  it('no subpackage imports another, and nothing imports server/, emulator/ or cloudfunctions/', () => {
    const problems = sourcesUnder(SRC)
      .filter((file) => !file.endsWith('imports.test.ts'))
      .flatMap((file) => problemsOf(file, readFileSync(file, 'utf8')).map((p) => `${path.relative(SRC, file)} ${p}`))
    expect(problems).toEqual([])
  })

  it('catches what it is for', () => {
    const committeePage = path.join(SRC, 'packages', 'committee', 'pages', 'x', 'index.tsx')
    expect(problemsOf(committeePage, "import { useRemote } from '../../../account/shared/useRemote'")).toHaveLength(1)
    expect(problemsOf(committeePage, "@import '../../../account/shared/common.scss';")).toHaveLength(1)
    expect(problemsOf(committeePage, "import { x } from '../../../../../../server/vote/cast'")).toEqual([
      "imports server/: '../../../../../../server/vote/cast'",
    ])
    expect(
      problemsOf(path.join(SRC, 'pages', 'home', 'index.tsx'), "import { main } from '../../../../cloudfunctions/castVote/src'"),
    ).toHaveLength(1)
    expect(
      problemsOf(
        committeePage,
        "import { committeeRoutes } from '../../routes'\nimport RemoteView from '../../../../components/remote-view'",
      ),
    ).toEqual([])
  })
})
