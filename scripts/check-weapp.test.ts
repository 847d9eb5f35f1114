import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkWeapp, DEFAULT_WEAPP_DIST } from './check-weapp'

const MINIPROGRAM_DIR = path.resolve(__dirname, '..', 'miniprogram')

/** Builds the weapp target when no build is present (a fresh clone); an existing build is checked as is. */
function ensureWeappBuild(): void {
  if (existsSync(path.join(DEFAULT_WEAPP_DIST, 'app.json'))) return
  const taro = require.resolve('@tarojs/cli/bin/taro')
  const build = spawnSync(process.execPath, [taro, 'build', '--type', 'weapp'], {
    cwd: MINIPROGRAM_DIR,
    // jest sets NODE_ENV=test, which Taro would take as the build mode.
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (build.status !== 0 || !existsSync(path.join(DEFAULT_WEAPP_DIST, 'app.json'))) {
    throw new Error(`taro build --type weapp failed:\n${build.stdout}\n${build.stderr}`)
  }
}

/** A tiny hand-made dist with the given files, to show the checker really rejects bad input. */
function fixtureDist(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-weapp-'))
  writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['index'] }))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

describe('WeChat compilers accept the weapp build', () => {
  beforeAll(ensureWeappBuild, 300_000)

  it('compiles every template and style of miniprogram/dist/weapp with zero errors', () => {
    const report = checkWeapp()
    expect(report.wxml).toBeGreaterThan(0)
    expect(report.wxss).toBeGreaterThan(0)
    expect(report.errors).toEqual([])
  })
})

describe('checkWeapp', () => {
  const made: string[] = []
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  it('accepts a well-formed template and style', () => {
    const dir = fixtureDist({ 'index.wxml': '<view class="a">{{title}}</view>\n', 'index.wxss': '.a { color: red; }\n' })
    made.push(dir)
    expect(checkWeapp(dir).errors).toEqual([])
  })

  it('reports an unclosed template expression from wcc', () => {
    const dir = fixtureDist({ 'index.wxml': '<view>{{title</view>\n', 'index.wxss': '.a { color: red; }\n' })
    made.push(dir)
    const { errors } = checkWeapp(dir)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ compiler: 'wcc' })
    expect(errors[0].text).toContain('index.wxml')
  })

  it('reports a broken style with its file from wcsc', () => {
    const dir = fixtureDist({ 'index.wxml': '<view/>\n', 'index.wxss': '.a { color: red; }\n.b {{ }\n' })
    made.push(dir)
    const { errors } = checkWeapp(dir)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ compiler: 'wcsc', file: 'index.wxss' })
    expect(errors[0].text).toContain('unexpected')
  })

  it('says how to build when there is no build', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-weapp-empty-'))
    made.push(dir)
    expect(() => checkWeapp(dir)).toThrow(/taro build --type weapp/)
  })
})
