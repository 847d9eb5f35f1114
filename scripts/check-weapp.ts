/**
 * Compiles the Taro weapp build with WeChat's own template and style compilers (wcc/wcsc,
 * shipped by miniprogram-simulate through miniprogram-compiler), so a template or style the
 * real mini program would reject fails here instead of in WeChat DevTools.
 *
 *   npx tsx scripts/check-weapp.ts [distDir]      (default miniprogram/dist/weapp)
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

export const DEFAULT_WEAPP_DIST = path.resolve(__dirname, '..', 'miniprogram', 'dist', 'weapp')

export interface CompilerMessage {
  compiler: 'wcc' | 'wcsc'
  /** The file compiled (wcsc) or '*' for wcc, which compiles every template in one run. */
  file: string
  text: string
}

export interface CheckReport {
  wxml: number
  wxs: number
  wxss: number
  errors: CompilerMessage[]
  warnings: CompilerMessage[]
}

/** Paths of wcc and wcsc for this platform, made executable (npm publishes them without +x). */
export function findCompilers(): { wcc: string; wcsc: string } {
  const simulateDir = path.dirname(require.resolve('miniprogram-simulate/package.json'))
  const compilerDir = path.dirname(require.resolve('miniprogram-compiler/package.json', { paths: [simulateDir] }))
  const platformDir = { linux: 'linux', darwin: 'mac', win32: 'windows' }[process.platform as string]
  if (!platformDir) throw new Error(`WeChat compilers are not shipped for ${process.platform}`)
  const exe = process.platform === 'win32' ? '.exe' : ''
  const wcc = path.join(compilerDir, 'bin', platformDir, `wcc${exe}`)
  const wcsc = path.join(compilerDir, 'bin', platformDir, `wcsc${exe}`)
  for (const bin of [wcc, wcsc]) {
    if (!existsSync(bin)) throw new Error(`missing WeChat compiler ${bin}`)
    if (exe === '') chmodSync(bin, 0o755)
  }
  return { wcc, wcsc }
}

/** Files under `root` ending in `ext`, as forward-slash paths relative to it, sorted. */
export function listFiles(root: string, ext: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith(ext)) found.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(root)
  return found.sort()
}

/** Runs wcc over all templates at once (they import each other) and wcsc over each style file. */
export function checkWeapp(distDir: string = DEFAULT_WEAPP_DIST): CheckReport {
  if (!existsSync(path.join(distDir, 'app.json'))) {
    throw new Error(`no weapp build at ${distDir}: run \`cd miniprogram && npx taro build --type weapp\` first`)
  }
  const { wcc, wcsc } = findCompilers()
  const wxml = listFiles(distDir, '.wxml')
  const wxs = listFiles(distDir, '.wxs')
  const wxss = listFiles(distDir, '.wxss')
  const report: CheckReport = { wxml: wxml.length, wxs: wxs.length, wxss: wxss.length, errors: [], warnings: [] }

  const record = (compiler: CompilerMessage['compiler'], file: string, status: number | null, stderr: string) => {
    const text = stderr.trim()
    if (status !== 0) report.errors.push({ compiler, file, text: text || `exited with status ${status}` })
    else if (text) report.warnings.push({ compiler, file, text })
  }

  const templates = spawnSync(wcc, ['-d', '-cc', '0', ...wxml, ...wxs, '-gn', '$gwx'], {
    cwd: distDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (templates.error) throw templates.error
  record('wcc', '*', templates.status, templates.stderr)

  for (const file of wxss) {
    const styles = spawnSync(wcsc, ['-db', '-pc', '0', file], { cwd: distDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    if (styles.error) throw styles.error
    record('wcsc', file, styles.status, styles.stderr)
  }
  return report
}

function main(): void {
  const distDir = path.resolve(process.argv[2] ?? DEFAULT_WEAPP_DIST)
  const report = checkWeapp(distDir)
  for (const w of report.warnings) console.warn(`warning ${w.compiler} ${w.file}: ${w.text}`)
  for (const e of report.errors) console.error(`error ${e.compiler} ${e.file}: ${e.text}`)
  console.log(`wcc/wcsc: ${report.wxml} wxml, ${report.wxs} wxs, ${report.wxss} wxss — ${report.errors.length} error(s)`)
  process.exitCode = report.errors.length > 0 ? 1 : 0
}

if (require.main === module) main()
