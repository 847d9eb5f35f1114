/**
 * WeChat's own code-quality check (DevTools' 代码质量扫描, run by miniprogram-ci offline) over the
 * weapp build that project.config.json points at: package sizes, JS/WXML/WXSS compression,
 * lazyCodeLoading, images and audio ≤ 200 KB, nothing in the main package used only by a
 * subpackage, no unused plugins, components or files. Every item must pass; on top of that
 * lazyCodeLoading must be exactly "requiredComponents" (the checker only asks that it is set)
 * and no file may be listed as unused (the checker lets them by when the upload drops them).
 *
 *   npx tsx scripts/check-quality.ts [projectRoot] [--json]      (default: the repository root)
 *
 * Exits 1 when an item fails. `--json` prints the problems on a line of their own after
 * JSON_MARKER, as one JSON array (for the tests; miniprogram-ci prints lines of its own).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type * as MiniprogramCi from 'miniprogram-ci'

export const REPO_ROOT = path.resolve(__dirname, '..')
export const REQUIRED_LAZY_LOADING = 'requiredComponents'
export const JSON_MARKER = 'quality problems: '

/** One item of checkCodeQuality's answer (miniprogram-ci's ICheckResultItem). */
export interface QualityItem {
  name: string
  success: boolean
  text: string
  detail?: unknown
}

/** What the app.json of the build says about lazy loading, read beside the checker's answer. */
export interface QualityInput {
  items: QualityItem[]
  lazyCodeLoading: unknown
}

/**
 * Items that list what is unused. WeChat passes CONTAINS_UNUSED_CODES even with files listed
 * while the upload drops unused files (ignoreUploadUnusedFiles); we want none at all.
 */
const UNUSED_ITEMS = new Set(['CONTAINS_UNUSED_CODES', 'CONTAINS_UNUSED_COMPONENTS', 'CONTAINS_UNUSED_PLUGINS'])

const listsSomething = (item: QualityItem) => UNUSED_ITEMS.has(item.name) && Array.isArray(item.detail) && item.detail.length > 0

/** Human-readable problems; empty when WeChat's check passes every item and nothing is unused. */
export function qualityProblems({ items, lazyCodeLoading }: QualityInput): string[] {
  if (items.length === 0) return ['checkCodeQuality returned no items']
  const problems = items
    .filter((item) => !item.success || listsSomething(item))
    .map((item) => `${item.name}: ${item.text}${describeDetail(item.detail)}`)
  if (lazyCodeLoading !== REQUIRED_LAZY_LOADING) {
    problems.push(`app.json lazyCodeLoading is ${JSON.stringify(lazyCodeLoading)}, not "${REQUIRED_LAZY_LOADING}"`)
  }
  return problems
}

function describeDetail(detail: unknown): string {
  if (detail === undefined || detail === null) return ''
  if (Array.isArray(detail) && detail.length === 0) return ''
  return ` ${JSON.stringify(detail)}`
}

interface ProjectConfig {
  appid?: string
  miniprogramRoot?: string
}

/** Runs miniprogram-ci's checkCodeQuality on the project at `root` (it reads project.config.json there). */
export async function runQualityCheck(root: string = REPO_ROOT): Promise<QualityInput> {
  const config = JSON.parse(readFileSync(path.join(root, 'project.config.json'), 'utf8')) as ProjectConfig
  const appJson = JSON.parse(readFileSync(path.join(root, config.miniprogramRoot ?? '', 'app.json'), 'utf8')) as {
    lazyCodeLoading?: unknown
  }
  // Loaded here, not at the top: requiring miniprogram-ci starts services that keep the process alive.
  const ci = require('miniprogram-ci') as typeof MiniprogramCi
  // checkCodeQuality never reads the upload key, but a Project needs a path to one.
  const keyDir = mkdtempSync(path.join(tmpdir(), 'check-quality-'))
  const privateKeyPath = path.join(keyDir, 'private.key')
  writeFileSync(privateKeyPath, 'unused: checkCodeQuality runs offline\n')
  try {
    const project = new ci.Project({
      appid: config.appid ?? 'touristappid',
      type: 'miniProgram',
      projectPath: root,
      privateKeyPath,
      // The project's settings are handed over instead of fetched from WeChat, so nothing goes online.
      attr: async () => ({ ...ci.DefaultProjectAttr }),
    } as ConstructorParameters<typeof ci.Project>[0])
    const items = (await ci.checkCodeQuality(project)) as QualityItem[]
    return { items, lazyCodeLoading: appJson.lazyCodeLoading }
  } finally {
    rmSync(keyDir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const json = args.includes('--json')
  const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? REPO_ROOT)
  const input = await runQualityCheck(root)
  const problems = qualityProblems(input)
  if (json) {
    console.log(`${JSON_MARKER}${JSON.stringify(problems)}`)
  } else {
    for (const item of input.items) console.log(`  ${item.success ? 'ok  ' : 'FAIL'} ${item.name}`)
    const sizes = input.items.find((i) => i.name === 'PACKAGE_SIZE_LIMIT')?.detail
    if (sizes) console.log(`  package sizes (bytes): ${JSON.stringify(sizes)}`)
    for (const problem of problems) console.error(`error: ${problem}`)
    console.log(`checkCodeQuality: ${input.items.length} items, ${problems.length} problem(s)`)
  }
  // miniprogram-ci leaves handles open; the check is done, so end the process with its verdict.
  process.exit(problems.length > 0 ? 1 : 0)
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exit(2)
  })
}
