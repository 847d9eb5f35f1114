/** Runs scripts/verify-result.ts as a person would (through tsx), on files written here. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'verify-result-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function runCli(name: string, content: string) {
  const file = join(dir, name)
  writeFileSync(file, content)
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/verify-result.ts', file], { cwd: root, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('npx tsx scripts/verify-result.ts FILE.json', () => {
  it('prints the recomputed result as JSON and exits 0', () => {
    const notice = {
      major: true,
      total: { owners: 120, area: 10234.56 },
      participated: { owners: 90, area: '8000.10' },
      agree: { owners: 70, area: 6100.08 },
      oppose: { owners: 15, area: 1400 },
      abstain: { owners: 5, area: 500.02 },
      followMajority: null,
    }
    const r = runCli('ok.json', JSON.stringify(notice))
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    // 4·6100.08 = 24400.32 ≥ 3·8000.10 = 24000.30 and 4·70 = 280 ≥ 270 even without 从众
    expect(report.outcome).toBe('passed')
    expect(report.explanation.figures.agree.areaUnits).toBe(610008)
    expect(report.explanation.summary).toContain('表决通过')
  })

  it('judges an area published with three decimals as published', () => {
    const notice = {
      major: false,
      total: { owners: 100, area: 171755.223 },
      participated: { owners: 80, area: 114503.482 },
      agree: { owners: 50, area: 100000 },
      oppose: { owners: 20, area: 10000.5 },
      abstain: { owners: 10, area: 2000 },
    }
    const r = runCli('three-decimals.json', JSON.stringify(notice))
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.explanation.figures.total.area).toBe('171755.223')
    expect(report.outcome).toBe('passed')
  })

  it('exits 2 with the field named on stderr for a bad file', () => {
    const r = runCli('bad.json', JSON.stringify({ major: false, total: { owners: 10, area: 'abc' } }))
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('INVALID_ANNOUNCEMENT: total.area: 应为数字')
  })

  it('exits 2 for a file that is not JSON', () => {
    const r = runCli('broken.json', '{ "major": ')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^INVALID_JSON: 文件不是有效的 JSON/)
  })
})
