import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
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

export interface EnsureH5BuildOptions {
  /**
   * Build at most once per this key (a test run): a later call with the same key uses the build as
   * it is, said so when stale, and answers the first build's outcome instead of building again.
   */
  oncePer?: string
  /** How long to wait for another process's build before giving up; default 15 minutes. */
  lockWaitMs?: number
}

/**
 * Builds the H5 app with `npm run build:h5` when the build is missing or older than its
 * sources. A failed build is reported, not fatal: the emulator still serves the dev pages
 * (and the old build, if there is one).
 *
 * Builds of the same repo take turns through a lock file, and the state is checked only while
 * holding it: a build in progress elsewhere may already have written a fresh index.html while
 * its scripts are still half-written, and a process that waited usually finds the build current.
 */
export function ensureH5Build(root: string, log: (line: string) => void = console.log, options: EnsureH5BuildOptions = {}): boolean {
  let release: () => void
  try {
    release = takeBuildLock(root, options.lockWaitMs ?? 15 * 60_000, log)
  } catch (e) {
    log((e as Error).message)
    return false
  }
  try {
    const state = h5BuildState(root)
    if (state.kind === 'fresh') return true
    const earlier = options.oncePer === undefined ? undefined : builtBefore(root, options.oncePer)
    if (earlier !== undefined) {
      if (earlier && state.kind === 'stale') log(`H5 构建比 ${state.newer} 旧，但本次已经构建过一次，不再重建；照旧使用。`)
      return earlier && state.kind === 'stale'
    }
    log(
      state.kind === 'missing'
        ? '还没有 H5 构建，正在运行 npm run build:h5（第一次大约需要一两分钟）…'
        : `源代码有更新（${state.newer}），正在重新构建 H5：npm run build:h5 …`,
    )
    const ok = runH5Build(root, log)
    if (options.oncePer !== undefined) rememberBuild(root, options.oncePer, ok)
    return ok
  } finally {
    release()
  }
}

/**
 * NODE_ENV=production whatever the caller's: under jest it is `test`, which makes babel-preset-taro
 * add React Refresh to the pages, and every page then fails with `$RefreshReg$ is not defined`.
 */
function runH5Build(root: string, log: (line: string) => void): boolean {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const run = spawnSync(npm, ['run', 'build:h5'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (run.status === 0) return true
  log(`H5 构建失败（退出码 ${run.status ?? run.signal}）。修好后重新运行，或用 --no-build 跳过构建。`)
  return false
}

/** Per repo, in the temp folder: the lock, and which keyed builds (test runs) have happened. */
export function h5BuildFiles(root: string): { lock: string; record: string } {
  const base = path.join(os.tmpdir(), `yeweihui-h5-build-${createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 12)}`)
  return { lock: `${base}.lock`, record: `${base}.runs.json` }
}

/**
 * The lock is a file created exclusively ('wx') holding its owner's pid; a lock whose owner has
 * died (a test run stopped mid-build) is broken and taken. Answers the release.
 */
function takeBuildLock(root: string, waitMs: number, log: (line: string) => void): () => void {
  const { lock } = h5BuildFiles(root)
  const deadline = Date.now() + waitMs
  let told = false
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' })
      return () => {
        if (readLock(lock)?.text === String(process.pid)) fs.rmSync(lock, { force: true })
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    const held = readLock(lock)
    if (held?.abandoned) {
      breakLock(lock, held.text)
      continue
    }
    if (Date.now() > deadline)
      throw new Error(`等了 ${Math.round(waitMs / 60_000)} 分钟，另一个 H5 构建（进程 ${held?.text}）还没有完成；锁文件 ${lock}。`)
    if (!told) log(`另一个进程（${held?.text}）正在构建 H5，等它完成…`)
    told = true
    sleep(500)
  }
}

/** The lock's text, and whether its owner is gone (or never wrote its pid: it died at once). Undefined when there is none. */
function readLock(lock: string): { text: string; abandoned: boolean } | undefined {
  let text: string
  let age: number
  try {
    text = fs.readFileSync(lock, 'utf8')
    age = Date.now() - fs.statSync(lock).mtimeMs
  } catch {
    return undefined
  }
  const pid = Number(text)
  if (text === '' || !Number.isInteger(pid)) return { text, abandoned: age > 10_000 }
  try {
    process.kill(pid, 0)
    return { text, abandoned: false }
  } catch (e) {
    return { text, abandoned: (e as NodeJS.ErrnoException).code !== 'EPERM' }
  }
}

/**
 * Moves the dead owner's lock aside rather than deleting it: when several processes find the same
 * dead lock at once, a slower one could otherwise delete the lock a quicker one has just taken.
 * If what it moved is not the dead lock it saw, it puts it back.
 */
function breakLock(lock: string, deadText: string): void {
  const aside = `${lock}.${process.pid}.broken`
  try {
    fs.renameSync(lock, aside)
  } catch {
    return
  }
  try {
    if (fs.readFileSync(aside, 'utf8') !== deadText) fs.linkSync(aside, lock)
  } catch {
    // Someone took the free lock meanwhile; theirs stands.
  } finally {
    fs.rmSync(aside, { force: true })
  }
}

/** Blocks this thread: ensureH5Build is synchronous, and nothing else should run while it waits. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** Records older than a day are dropped, so a recycled process id cannot pass for an old test run. */
const RECORD_LIFETIME_MS = 24 * 3_600_000
type BuildRecords = Record<string, { ok: boolean; at: number }>

function readRecords(root: string): BuildRecords {
  try {
    const records = JSON.parse(fs.readFileSync(h5BuildFiles(root).record, 'utf8')) as BuildRecords
    return Object.fromEntries(Object.entries(records).filter(([, r]) => Date.now() - r.at < RECORD_LIFETIME_MS))
  } catch {
    return {}
  }
}

function builtBefore(root: string, key: string): boolean | undefined {
  return readRecords(root)[key]?.ok
}

/** Called while holding the lock, so read-modify-write is safe. */
function rememberBuild(root: string, key: string, ok: boolean): void {
  fs.writeFileSync(h5BuildFiles(root).record, JSON.stringify({ ...readRecords(root), [key]: { ok, at: Date.now() } }))
}
