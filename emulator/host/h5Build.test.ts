import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureH5Build, h5BuildFiles, h5BuildState } from './h5Build'

const REPO = path.resolve(__dirname, '..', '..')

describe('h5BuildState', () => {
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-build-'))
    fs.mkdirSync(path.join(root, 'miniprogram', 'src', 'pages'), { recursive: true })
    fs.mkdirSync(path.join(root, 'core'))
    fs.writeFileSync(path.join(root, 'miniprogram', 'src', 'pages', 'a.tsx'), '')
  })
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  const build = (at: Date) => {
    fs.mkdirSync(path.join(root, 'miniprogram', 'dist', 'h5'), { recursive: true })
    const index = path.join(root, 'miniprogram', 'dist', 'h5', 'index.html')
    fs.writeFileSync(index, '')
    fs.utimesSync(index, at, at)
  }

  it('is missing without index.html, fresh when newer than every source, stale otherwise', () => {
    expect(h5BuildState(root)).toEqual({ kind: 'missing' })
    build(new Date(Date.now() + 60_000))
    expect(h5BuildState(root)).toEqual({ kind: 'fresh' })
    build(new Date(Date.now() - 60_000))
    expect(h5BuildState(root)).toEqual({ kind: 'stale', newer: path.join('miniprogram', 'src', 'pages', 'a.tsx') })
  })
})

/**
 * A stand-in repo whose `npm run build:h5` writes index.html after FAKE_BUILD_MS, logs each build
 * with its NODE_ENV, and leaves `overlap` behind if two builds ever ran at once.
 */
const FAKE_BUILD = `
const fs = require('fs')
fs.mkdirSync('miniprogram/dist/h5', { recursive: true })
fs.appendFileSync('builds.log', process.env.NODE_ENV + '\\n')
if (fs.existsSync('building')) fs.writeFileSync('overlap', '')
fs.writeFileSync('building', '')
setTimeout(() => {
  fs.writeFileSync('miniprogram/dist/h5/index.html', '')
  fs.rmSync('building')
  process.exit(process.env.FAKE_BUILD_FAILS ? 1 : 0)
}, Number(process.env.FAKE_BUILD_MS || 0))
`

describe('ensureH5Build', () => {
  let root: string
  const builds = () =>
    fs.existsSync(path.join(root, 'builds.log')) ? fs.readFileSync(path.join(root, 'builds.log'), 'utf8').trim().split('\n') : []
  const touchSource = () => {
    const later = new Date(Date.now() + 60_000)
    fs.utimesSync(path.join(root, 'miniprogram', 'src', 'a.tsx'), later, later)
  }

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-ensure-'))
    fs.mkdirSync(path.join(root, 'miniprogram', 'src'), { recursive: true })
    fs.writeFileSync(path.join(root, 'miniprogram', 'src', 'a.tsx'), '')
    fs.writeFileSync(path.join(root, 'build.js'), FAKE_BUILD)
    fs.writeFileSync(
      path.join(root, 'package.json'),
      JSON.stringify({ name: 'fake', private: true, scripts: { 'build:h5': 'node build.js' } }),
    )
  })
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true })
    for (const file of Object.values(h5BuildFiles(root))) fs.rmSync(file, { force: true })
  })

  it('builds a missing build with NODE_ENV=production, though jest runs with NODE_ENV=test', () => {
    expect(process.env.NODE_ENV).toBe('test')
    expect(ensureH5Build(root, () => {})).toBe(true)
    expect(builds()).toEqual(['production'])
    expect(h5BuildState(root)).toEqual({ kind: 'fresh' })
    expect(fs.existsSync(h5BuildFiles(root).lock)).toBe(false)
  })

  it('does nothing when the build is current', () => {
    ensureH5Build(root, () => {})
    expect(ensureH5Build(root, () => {})).toBe(true)
    expect(builds()).toHaveLength(1)
  })

  it('rebuilds a stale build once per key; later calls with that key use it as it is, and say so', () => {
    const lines: string[] = []
    expect(ensureH5Build(root, (l) => lines.push(l), { oncePer: 'run-1' })).toBe(true)
    touchSource()
    expect(ensureH5Build(root, (l) => lines.push(l), { oncePer: 'run-1' })).toBe(true)
    expect(builds()).toHaveLength(1)
    expect(lines.at(-1)).toContain('本次已经构建过一次')
    expect(ensureH5Build(root, () => {}, { oncePer: 'run-2' })).toBe(true)
    expect(builds()).toHaveLength(2)
  })

  it('a failed keyed build is not retried under the same key, and stays a failure', () => {
    process.env.FAKE_BUILD_FAILS = '1'
    try {
      expect(ensureH5Build(root, () => {}, { oncePer: 'run-1' })).toBe(false)
      touchSource()
      expect(ensureH5Build(root, () => {}, { oncePer: 'run-1' })).toBe(false)
      expect(builds()).toHaveLength(1)
    } finally {
      delete process.env.FAKE_BUILD_FAILS
    }
  })

  it('waits for a live lock holder, and gives up after the wait, building nothing', () => {
    fs.writeFileSync(h5BuildFiles(root).lock, String(process.ppid))
    const lines: string[] = []
    expect(ensureH5Build(root, (l) => lines.push(l), { lockWaitMs: 1_000 })).toBe(false)
    expect(lines.join('\n')).toContain(`另一个进程（${process.ppid}）正在构建 H5`)
    expect(builds()).toEqual([])
    expect(fs.readFileSync(h5BuildFiles(root).lock, 'utf8')).toBe(String(process.ppid))
  })

  it('takes over a lock whose owner has died', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid
    fs.writeFileSync(h5BuildFiles(root).lock, String(gone))
    expect(ensureH5Build(root, () => {}, { lockWaitMs: 5_000 })).toBe(true)
    expect(builds()).toHaveLength(1)
    expect(fs.existsSync(h5BuildFiles(root).lock)).toBe(false)
  })

  it('processes that start together build once, never at the same time', async () => {
    const script = `import { ensureH5Build } from ${JSON.stringify(path.join(__dirname, 'h5Build.ts'))}
      process.exit(ensureH5Build(${JSON.stringify(root)}, () => {}) ? 0 : 1)`
    const tsx = path.join(REPO, 'node_modules', '.bin', 'tsx')
    const one = () =>
      new Promise<number | null>((resolve) => {
        spawn(tsx, ['-e', script], { env: { ...process.env, FAKE_BUILD_MS: '1500' }, stdio: 'ignore' }).on('exit', resolve)
      })
    expect(await Promise.all([one(), one(), one()])).toEqual([0, 0, 0])
    expect(builds()).toHaveLength(1)
    expect(fs.existsSync(path.join(root, 'overlap'))).toBe(false)
  }, 60_000)
})
