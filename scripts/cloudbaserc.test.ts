import { readFileSync } from 'node:fs'
import path from 'node:path'
import { BUILD_TARGET, functionNames } from './build-functions'

interface RcFunction {
  name: string
  runtime: string
  timeout: number
  envVariables?: Record<string, string>
}

const ROOT = path.join(__dirname, '..')
const rc = JSON.parse(readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8')) as { functions: RcFunction[] }
const configOf = (name: string) =>
  JSON.parse(readFileSync(path.join(ROOT, 'cloudfunctions', name, 'config.json'), 'utf8')) as { timeout?: number }

/**
 * Node runtimes CloudBase offers that are not end-of-life (Nodejs16.13 is; 18.15 reached its end in 2025).
 * The newer function platform (云函数 V2) runs Node 24 only: README says what to check first.
 */
const CURRENT_RUNTIMES = ['Nodejs20.19', 'Nodejs22.21']

test('cloudbaserc.json deploys exactly the deployable cloud functions', () => {
  const deployed = rc.functions.map((f) => f.name).sort()
  expect(deployed).toEqual(functionNames())
})

test('every function runs on one current runtime, and esbuild targets its Node version', () => {
  const runtimes = [...new Set(rc.functions.map((f) => f.runtime))]
  expect(runtimes).toHaveLength(1)
  expect(CURRENT_RUNTIMES).toContain(runtimes[0])
  expect(BUILD_TARGET).toBe(`node${/^Nodejs(\d+)\./.exec(runtimes[0])![1]}`)
})

test.each(rc.functions.map((f) => [f.name, f] as const))(
  '%s has the same timeout in cloudbaserc.json and its config.json, within CloudBase’s 1–60 s',
  (name, fn) => {
    expect(fn.timeout).toBeGreaterThanOrEqual(1)
    expect(fn.timeout).toBeLessThanOrEqual(60)
    expect({ name, timeout: configOf(name).timeout }).toEqual({ name, timeout: fn.timeout })
  },
)
