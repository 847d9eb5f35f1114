import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..')

/** Files outside the repository that a newcomer's checkout does not hold. */
const OUTSIDE = /\b(VOTING|STYLE|DESIGN)\.md\b|user-manual\.txt/

describe('comments point only at what the repository holds', () => {
  it('no source file cites a document outside the repo', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts', '*.tsx', '*.js', '*.scss'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => f && fs.existsSync(path.join(ROOT, f)) && !f.includes('node_modules/'))
    const offenders = files.filter((f) => OUTSIDE.test(fs.readFileSync(path.join(ROOT, f), 'utf8')) && f !== 'scripts/docs.test.ts')
    expect(offenders).toEqual([])
  })

  it('every docs/counting-rules.md section a comment cites exists', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/counting-rules.md'), 'utf8')
    const sections = new Set([...doc.matchAll(/^## (§\d+)/gm)].map((m) => m[1]))
    const cited = execFileSync('git', ['grep', '-ho', 'counting-rules\\.md §[0-9][0-9]*', '--', '*.ts', ':!scripts/docs.test.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
      .map((c) => c.split(' ')[1])
    expect(cited.filter((s) => !sections.has(s))).toEqual([])
    expect(cited.length).toBeGreaterThan(5)
  })
})
