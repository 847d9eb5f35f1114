import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { measurePackages, sizeProblems } from './size'

const DIST = path.resolve(__dirname, '../miniprogram/dist/weapp')

/** The main package's own scripts: everything outside the subpackage folders. */
function mainPackageScripts(): string[] {
  return readdirSync(DIST)
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(DIST, f))
}

describe('the weapp build that npm test made', () => {
  beforeAll(() => {
    if (!existsSync(path.join(DIST, 'app.json'))) throw new Error('no weapp build: run `npm run build:weapp` first (npm test does)')
  })

  it('keeps every package within WeChat limits and the main package within its budget', () => {
    expect(sizeProblems(measurePackages(DIST))).toEqual([])
  })

  it('keeps the schema library out of the main package (pages there import only zod-free core modules)', () => {
    const withZod = mainPackageScripts().filter((file) => readFileSync(file, 'utf8').includes('ZodError'))
    expect(withZod.map((f) => path.basename(f))).toEqual([])
  })
})
