/**
 * Sizes of the weapp build per package against WeChat's limits (2 MB per package, 20 MB in
 * all) and our own budget for the main package, which every cold start downloads.
 *
 *   npx tsx scripts/size.ts [distDir]      (default miniprogram/dist/weapp)
 *
 * Exits 1 when the main package exceeds MAIN_BUDGET or WeChat's limits are broken.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const KB = 1024
export const PACKAGE_LIMIT = 2 * KB * KB
export const TOTAL_LIMIT = 20 * KB * KB
export const MAIN_BUDGET = 600 * KB

export interface PackageSize {
  /** 'main' or the subpackage root, e.g. 'packages/bind'. */
  name: string
  bytes: number
}

/** Source maps are never uploaded (project.config.json ignores them), so they are not counted. */
const counted = (file: string) => !file.endsWith('.map')

function filesUnder(dir: string, root: string, out: Array<{ rel: string; bytes: number }>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) filesUnder(full, root, out)
    else if (counted(entry.name)) out.push({ rel: path.relative(root, full).split(path.sep).join('/'), bytes: statSync(full).size })
  }
}

export function measurePackages(distDir: string): PackageSize[] {
  const appJson = JSON.parse(readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>
    subpackages?: Array<{ root: string }>
  }
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/^\/|\/$/g, ''))
  const sizes = new Map<string, number>([['main', 0], ...roots.map((r): [string, number] => [r, 0])])
  const files: Array<{ rel: string; bytes: number }> = []
  filesUnder(distDir, distDir, files)
  for (const { rel, bytes } of files) {
    const owner = roots.find((r) => rel.startsWith(`${r}/`)) ?? 'main'
    sizes.set(owner, (sizes.get(owner) ?? 0) + bytes)
  }
  return [...sizes].map(([name, bytes]) => ({ name, bytes }))
}

/** Human-readable problems; empty when every limit and the main budget hold. */
export function sizeProblems(packages: PackageSize[]): string[] {
  const problems: string[] = []
  const total = packages.reduce((sum, p) => sum + p.bytes, 0)
  for (const p of packages) {
    if (p.bytes > PACKAGE_LIMIT) problems.push(`${p.name} is ${kb(p.bytes)}, over WeChat's 2 MB package limit`)
  }
  const main = packages.find((p) => p.name === 'main')
  if (main && main.bytes > MAIN_BUDGET) problems.push(`main package is ${kb(main.bytes)}, over the ${kb(MAIN_BUDGET)} budget`)
  if (total > TOTAL_LIMIT) problems.push(`total is ${kb(total)}, over WeChat's 20 MB limit`)
  return problems
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`

function main(): void {
  const distDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'miniprogram', 'dist', 'weapp'))
  const packages = measurePackages(distDir)
  const total = packages.reduce((sum, p) => sum + p.bytes, 0)
  const row = (name: string, bytes: number, limit: number, note = '') =>
    console.log(`  ${name.padEnd(24)} ${kb(bytes).padStart(10)} / ${kb(limit).padStart(10)}${note}`)
  console.log(`weapp package sizes (${path.relative(process.cwd(), distDir) || '.'})`)
  for (const p of packages) row(p.name, p.bytes, PACKAGE_LIMIT, p.name === 'main' ? `   budget ${kb(MAIN_BUDGET)}` : '')
  row('total', total, TOTAL_LIMIT)
  const problems = sizeProblems(packages)
  for (const problem of problems) console.error(`error: ${problem}`)
  process.exitCode = problems.length > 0 ? 1 : 0
}

if (require.main === module) main()
