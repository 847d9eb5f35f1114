import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** What the H5 build is made from; a file here newer than the build's index.html means a rebuild. */
const SOURCES = ['miniprogram/src', 'miniprogram/config', 'miniprogram/babel.config.js', 'core']
export const H5_DIR = 'miniprogram/dist/h5'

export type BuildState = { kind: 'fresh' } | { kind: 'missing' } | { kind: 'stale'; newer: string }

export function h5BuildState(root: string): BuildState {
  const index = path.join(root, H5_DIR, 'index.html')
  let builtAt: number
  try {
    builtAt = fs.statSync(index).mtimeMs
  } catch {
    return { kind: 'missing' }
  }
  for (const source of SOURCES) {
    const newer = firstNewer(path.join(root, source), builtAt)
    if (newer) return { kind: 'stale', newer: path.relative(root, newer) }
  }
  return { kind: 'fresh' }
}

/** Depth-first, stopping at the first file modified after `since`. */
function firstNewer(target: string, since: number): string | undefined {
  let stat: fs.Stats
  try {
    stat = fs.statSync(target)
  } catch {
    return undefined
  }
  if (stat.isFile()) return stat.mtimeMs > since ? target : undefined
  if (!stat.isDirectory()) return undefined
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue
    const found = firstNewer(path.join(target, entry), since)
    if (found) return found
  }
  return undefined
}

/**
 * Builds the H5 app with `npm run build:h5` when the build is missing or older than its
 * sources. A failed build is reported, not fatal: the emulator still serves the dev pages
 * (and the old build, if there is one).
 */
export function ensureH5Build(root: string, log: (line: string) => void = console.log): boolean {
  const state = h5BuildState(root)
  if (state.kind === 'fresh') return true
  log(state.kind === 'missing'
    ? '还没有 H5 构建，正在运行 npm run build:h5（第一次大约需要一两分钟）…'
    : `源代码有更新（${state.newer}），正在重新构建 H5：npm run build:h5 …`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const run = spawnSync(npm, ['run', 'build:h5'], { cwd: root, stdio: 'inherit' })
  if (run.status === 0) return true
  log(`H5 构建失败（退出码 ${run.status ?? run.signal}）。修好后重新运行，或用 --no-build 跳过构建。`)
  return false
}
