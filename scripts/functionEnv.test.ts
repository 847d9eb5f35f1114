import fs from 'node:fs'
import path from 'node:path'
import { ENV_VARS, RESERVED_PREFIXES, type EnvName } from '../server/envVars'
import { bundleText, functionNames, ROOT } from './build-functions'
import { envNamesIn } from './functionEnv'

/*
 * A deploy from cloudbaserc.json replaces a function's whole environment: each function must declare
 * every variable its code reads, and nothing else.
 */
interface RcFunction {
  name: string
  envVariables?: Record<string, string>
}
const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8')) as { functions: RcFunction[] }
const declaredBy = (name: string) => rc.functions.find((f) => f.name === name)?.envVariables ?? {}

const bundles = new Map<string, string>()
beforeAll(async () => {
  for (const name of functionNames()) bundles.set(name, await bundleText(name))
})

test.each(functionNames())('%s declares exactly the variables its code reads, each filled from .env', (name) => {
  const reads = envNamesIn(bundles.get(name)!)
  const wanted = reads.filter((n) => ENV_VARS[n].kind === 'deploy')
  const declared = declaredBy(name)
  expect({ name, declared: Object.keys(declared).sort() }).toEqual({ name, declared: wanted })
  for (const [variable, value] of Object.entries(declared)) expect([variable, value]).toEqual([variable, `{{env.${variable}}}`])
})

test('no function declares a reserved name (TENCENTCLOUD_, SCF_, QCLOUD_) or a runtime or local variable', () => {
  const offending = rc.functions.flatMap((f) =>
    Object.keys(f.envVariables ?? {})
      .filter((v) => RESERVED_PREFIXES.some((p) => v.startsWith(p)) || !(v in ENV_VARS) || ENV_VARS[v as EnvName].kind !== 'deploy')
      .map((v) => `${f.name}.${v}`),
  )
  expect(offending).toEqual([])
})

test('no deploy variable of ours starts with a reserved prefix', () => {
  const ours = (Object.keys(ENV_VARS) as EnvName[]).filter((n) => ENV_VARS[n].kind === 'deploy')
  expect(ours.filter((n) => RESERVED_PREFIXES.some((p) => n.startsWith(p)))).toEqual([])
})

test('the registry itself is never bundled (it would make every function seem to read everything)', () => {
  for (const [name, bundle] of bundles) expect([name, bundle.includes(ENV_VARS.ID_HASH_SALT.about)]).toEqual([name, false])
})

/** Production sources: server/ (without tests and test support), core/, cloudfunctions/<fn>/src/. */
function productionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'node_modules' ? [] : productionFiles(file)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : []
  })
}

test('production code reads process.env only in server/env.ts, so every read is a registered name', () => {
  const files = [
    ...productionFiles(path.join(ROOT, 'server')),
    ...productionFiles(path.join(ROOT, 'core')),
    ...functionNames().flatMap((n) => productionFiles(path.join(ROOT, 'cloudfunctions', n, 'src'))),
  ]
  const readers = files.filter((f) => /process\.env/.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f))
  expect(readers).toEqual(['server/env.ts'])
})
