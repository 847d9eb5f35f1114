import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JSON_MARKER, qualityProblems, REPO_ROOT, type QualityItem } from './check-quality'

const SCRIPT = path.join(__dirname, 'check-quality.ts')
const TSX = require.resolve('tsx/cli')

/** Runs the real check in its own process (miniprogram-ci keeps its process alive) and reads its problems. */
function problemsOf(projectRoot: string): string[] {
  const run = spawnSync(process.execPath, [TSX, SCRIPT, projectRoot, '--json'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  const line = run.stdout.split('\n').find((l) => l.startsWith(JSON_MARKER))
  if (!line) throw new Error(`check-quality printed no result (status ${run.status}):\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(line.slice(JSON_MARKER.length)) as string[]
}

/** A tiny project in a temp folder: its project.config.json settings and its dist's files. */
function fixtureProject(setting: Record<string, boolean>, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'check-quality-'))
  writeFileSync(path.join(root, 'project.config.json'), JSON.stringify({ miniprogramRoot: 'dist/', appid: 'touristappid', setting }))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'dist', name)), { recursive: true })
    writeFileSync(path.join(root, 'dist', name), text)
  }
  return root
}

const page = { 'pages/index/index.js': 'Page({})', 'pages/index/index.json': '{}', 'pages/index/index.wxml': '<view>好</view>' }
const compressed = { minified: true, minifyWXML: true, minifyWXSS: true }

describe("WeChat's code-quality check (miniprogram-ci checkCodeQuality)", () => {
  const made: string[] = []
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('passes every item on the weapp build that npm test made', () => {
    if (!existsSync(path.join(REPO_ROOT, 'miniprogram', 'dist', 'weapp', 'app.json'))) {
      throw new Error('no weapp build: run `npm run build:weapp` first (npm test does)')
    }
    expect(problemsOf(REPO_ROOT)).toEqual([])
  })

  it('passes a small project that compresses, loads lazily and uses every file', () => {
    const root = fixtureProject(compressed, {
      'app.json': JSON.stringify({ pages: ['pages/index/index'], lazyCodeLoading: 'requiredComponents' }),
      'app.js': 'App({})',
      ...page,
    })
    made.push(root)
    expect(problemsOf(root)).toEqual([])
  })

  it('fails a project without compression, lazy loading, or with a file nothing uses', () => {
    const root = fixtureProject(
      { minified: false, minifyWXML: true, minifyWXSS: true },
      { 'app.json': JSON.stringify({ pages: ['pages/index/index'] }), 'app.js': 'App({})', 'unused.js': 'module.exports = 1', ...page },
    )
    made.push(root)
    const problems = problemsOf(root)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^JS_COMPRESS_OPEN/),
        expect.stringMatching(/^LAZYCODE_LOADING_OPEN/),
        expect.stringMatching(/^CONTAINS_UNUSED_CODES.*unused\.js/),
        expect.stringMatching(/lazyCodeLoading is undefined/),
      ]),
    )
    expect(problems).toHaveLength(4)
  })
})

describe('qualityProblems', () => {
  const ok = (name: string, detail?: unknown): QualityItem => ({ name, success: true, text: name, detail })

  it('names each failed item with its detail', () => {
    const items = [ok('JS_COMPRESS_OPEN'), { name: 'PACKAGE_SIZE_LIMIT', success: false, text: '主包过大', detail: { __APP__: 2e6 } }]
    expect(qualityProblems({ items, lazyCodeLoading: 'requiredComponents' })).toEqual(['PACKAGE_SIZE_LIMIT: 主包过大 {"__APP__":2000000}'])
  })

  it('wants lazyCodeLoading to be exactly "requiredComponents"', () => {
    expect(qualityProblems({ items: [ok('LAZYCODE_LOADING_OPEN')], lazyCodeLoading: true })).toEqual([
      'app.json lazyCodeLoading is true, not "requiredComponents"',
    ])
  })

  it('counts a listed unused file even when WeChat lets it by', () => {
    expect(qualityProblems({ items: [ok('CONTAINS_UNUSED_CODES', ['a.js'])], lazyCodeLoading: 'requiredComponents' })).toEqual([
      'CONTAINS_UNUSED_CODES: CONTAINS_UNUSED_CODES ["a.js"]',
    ])
    expect(qualityProblems({ items: [ok('CONTAINS_UNUSED_CODES', [])], lazyCodeLoading: 'requiredComponents' })).toEqual([])
  })

  it('refuses an empty answer', () => {
    expect(qualityProblems({ items: [], lazyCodeLoading: 'requiredComponents' })).toEqual(['checkCodeQuality returned no items'])
  })
})
