import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildFunction, functionNames, ROOT } from './build-functions'

/**
 * Builds the admin function (the one that bundles exceljs) into a temp dir and runs it in a plain
 * Node process, as CloudBase would: only wx-server-sdk is resolvable beside it.
 */
describe('build-functions', () => {
  let dir: string

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yeweihui-build-'))
    fs.mkdirSync(path.join(dir, 'node_modules'))
    fs.symlinkSync(path.join(ROOT, 'node_modules', 'wx-server-sdk'), path.join(dir, 'node_modules', 'wx-server-sdk'))
  })

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('finds the functions by their src/index.ts', () => {
    expect(functionNames()).toEqual(expect.arrayContaining(['admin', 'bindIdentity']))
  })

  it('bundles a function into one index.js that loads and answers without the repo', async () => {
    const built = await buildFunction('admin', dir)
    expect(built.bytes).toBeGreaterThan(10_000)
    const source = fs.readFileSync(built.outfile, 'utf8')
    expect(source).toContain('require("wx-server-sdk")')
    expect(source).not.toMatch(/require\("(zod|exceljs|dayjs)"\)/)

    const csv =
      '小区编号,小区名称,区,街道,楼栋,单元,房号,面积(m²),业主姓名,证件号码,手机号码,开发商持有\n' +
      'x,测试花园,南山区,桃源街道,1,1,101,89.456,张三,11010519491231002X,13800000001,否\n'
    const script = `
      const { main } = require(${JSON.stringify(built.outfile)})
      Promise.all([
        main({ action: 'nope' }),
        main({ action: 'importRegister', fileName: 'a.csv', contentBase64: ${JSON.stringify(Buffer.from(csv).toString('base64'))} }),
      ]).then((r) => console.log(JSON.stringify(r)))`
    // What the CloudBase runtime sets for a run from the console (云端测试): the context keys and the SOURCE, no OPENID.
    const run = (context: Record<string, string>) => {
      const env = { PATH: process.env.PATH ?? '', ...context }
      const out = execFileSync(process.execPath, ['-e', script], { cwd: dir, env, encoding: 'utf8' })
      return JSON.parse(out.trim().split('\n').pop()!)
    }
    const [unknown, bad] = run({ WX_CONTEXT_KEYS: 'WX_APPID', TCB_SOURCE: 'wx_devtools' })
    expect(unknown).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
    expect(bad).toMatchObject({ ok: false, code: 'BAD_REGISTER', message: expect.stringContaining('第2行：面积“89.456”超过两位小数') })
    // Without a console SOURCE, "no OPENID" is not the operator: HTTP access, a timer, another function.
    for (const source of ['wx_http', 'wx_trigger', 'wx_devtools,scf']) {
      expect(run({ WX_CONTEXT_KEYS: 'WX_APPID', TCB_SOURCE: source })[1]).toMatchObject({ ok: false, code: 'NOT_SIGNED_IN' })
    }
    expect(run({})[1]).toMatchObject({ ok: false, code: 'NOT_SIGNED_IN' })
  })
})
