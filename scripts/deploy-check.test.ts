import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ENV_VARS, type EnvName } from '../server/envVars'
import { checkDeploy, loadDotenv, parseDotenv, type Rc } from './deploy-check'

const ROOT = path.resolve(__dirname, '..')
const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8')) as Rc

/** Every variable cloudbaserc.json fills from .env, with a plausible value. */
function complete(): Record<string, string> {
  const names = [...JSON.stringify(rc).matchAll(/\{\{env\.([A-Z0-9_]+)\}\}/g)].map((m) => m[1])
  return Object.fromEntries(names.map((n) => [n, `value-of-${n}`]))
}

describe('checkDeploy', () => {
  it('lists every variable a deploy needs that .env lacks, with the functions that read it', () => {
    const report = checkDeploy(rc, {})
    expect(report.ok).toBe(false)
    const missing = Object.fromEntries(report.missing.map((m) => [m.name, m.functions]))
    expect(missing.TCB_ENV).toEqual(['envId'])
    expect(missing.ID_HASH_SALT).toEqual(expect.arrayContaining(['admin', 'bindIdentity', 'account']))
    expect(missing.WX_APPID).toEqual(['account'])
    expect(missing.TPL_VOTE_OPENED).toEqual(expect.arrayContaining(['castVote', 'manageVote']))
    // Optional ones (a key of its own for SMS, the region, the message state) are reported, not required.
    expect(Object.keys(missing)).not.toContain('SMS_SECRET_ID')
    expect(report.optional.map((o) => o.name)).toEqual(expect.arrayContaining(['SMS_SECRET_ID', 'SMS_SECRET_KEY', 'MINIPROGRAM_STATE']))
  })

  it('passes when every required variable is set, and counts an empty value as missing', () => {
    expect(checkDeploy(rc, complete()).ok).toBe(true)
    const report = checkDeploy(rc, { ...complete(), WX_APPSECRET: '' })
    expect(report.missing.map((m) => m.name)).toEqual(['WX_APPSECRET'])
  })

  it('refuses half an SMS key', () => {
    const { SMS_SECRET_KEY: _dropped, ...values } = { ...complete(), SMS_SECRET_ID: 'AKIDsms', SMS_SECRET_KEY: '' }
    expect(checkDeploy(rc, values).problems).toEqual([expect.stringContaining('SMS_SECRET_KEY')])
  })

  it('refuses a function whose variables exceed CloudBase’s 4 KB', () => {
    const report = checkDeploy(rc, { ...complete(), ID_HASH_SALT: 'x'.repeat(4096) })
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^admin: .*4 KB/)]))
  })

  it('refuses a placeholder the registry does not know and a reserved name', () => {
    const bad: Rc = {
      ...rc,
      functions: [{ name: 'x', envVariables: { TENCENTCLOUD_SECRETID: '{{env.TENCENTCLOUD_SECRETID}}', FOO: '{{env.FOO}}' } }],
    }
    const report = checkDeploy(bad, {})
    expect(report.problems).toEqual(
      expect.arrayContaining([expect.stringContaining('x.TENCENTCLOUD_SECRETID'), expect.stringContaining('FOO')]),
    )
  })

  it('says what each missing variable is for', () => {
    const salt = checkDeploy(rc, {}).missing.find((m) => m.name === 'ID_HASH_SALT')
    expect(salt?.about).toBe(ENV_VARS.ID_HASH_SALT.about)
  })
})

describe('.env files', () => {
  it('parses KEY=VALUE lines, comments, quotes and export', () => {
    expect(parseDotenv('# c\nA=1\nexport B="two words"\nC=\'x#y\'\n\nD = 4 # note\nbad line\n')).toEqual({
      A: '1',
      B: 'two words',
      C: 'x#y',
      D: '4',
    })
  })

  it('reads .env, then .env.local, then .env.<mode> over them, as the CloudBase CLI does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yeweihui-env-'))
    try {
      fs.writeFileSync(path.join(dir, '.env'), 'A=base\nB=base\nC=base\n')
      fs.writeFileSync(path.join(dir, '.env.local'), 'B=local\nC=local\n')
      fs.writeFileSync(path.join(dir, '.env.production'), 'C=production\n')
      expect(loadDotenv(dir)).toEqual({ A: 'base', B: 'local', C: 'local' })
      expect(loadDotenv(dir, 'production')).toEqual({ A: 'base', B: 'local', C: 'production' })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('npm run deploy:check', () => {
  const run = (dir: string) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'deploy-check.ts')], {
          cwd: dir,
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      }
    } catch (e) {
      const failed = e as { status: number; stdout: string; stderr: string }
      return { code: failed.status, out: failed.stdout + failed.stderr }
    }
  }

  it('exits 1 naming what is missing, and 0 without printing secrets once .env is complete', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yeweihui-deploy-'))
    try {
      fs.copyFileSync(path.join(ROOT, 'cloudbaserc.json'), path.join(dir, 'cloudbaserc.json'))
      const incomplete = run(dir)
      expect(incomplete.code).toBe(1)
      expect(incomplete.out).toContain('WX_APPSECRET')
      const values = complete() as Record<EnvName, string>
      fs.writeFileSync(
        path.join(dir, '.env'),
        Object.entries(values)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n'),
      )
      const done = run(dir)
      expect(done).toMatchObject({ code: 0 })
      expect(done.out).not.toContain(values.ID_HASH_SALT)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('README', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const deploying = readme.slice(readme.indexOf('## Deploying to a real CloudBase environment'))

  it('names every required variable, the reserved prefixes, deploy:check and what to check on a new environment', () => {
    const required = (Object.keys(ENV_VARS) as EnvName[]).filter((n) => ENV_VARS[n].kind === 'deploy' && 'required' in ENV_VARS[n])
    expect(required.filter((n) => !deploying.includes(`\`${n}\``))).toEqual([])
    for (const text of [
      'npm run deploy:check',
      'TENCENTCLOUD_',
      'SCF_',
      'QCLOUD_',
      'Nodejs20.19',
      'Classic cloud functions',
      'function platform',
      'SOURCE',
    ]) {
      expect(deploying).toContain(text)
    }
  })

  it('keeps the two commands', () => {
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toMatch(/^npm test\s/m)
  })
})
