/**
 * Recomputes a published vote result from its announced figures.
 *   npx tsx scripts/verify-result.ts FILE.json
 * Prints the report as JSON on stdout and exits 0 (decided or undetermined); a bad file prints
 * the error on stderr and exits 2. File format: see core/vote/verify-schema.ts.
 */
import { readFileSync } from 'node:fs'
import { verifyAnnouncement } from '../core/vote/verify'

const BAD_INPUT = 2

function main(argv: string[]): number {
  const file = argv[0]
  if (!file || argv.length > 1) {
    process.stderr.write('用法：npx tsx scripts/verify-result.ts 公告数据.json\n')
    return BAD_INPUT
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    process.stderr.write(`FILE_UNREADABLE: 无法读取文件 ${file}（${(e as NodeJS.ErrnoException).code ?? String(e)}）\n`)
    return BAD_INPUT
  }
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch (e) {
    process.stderr.write(`INVALID_JSON: 文件不是有效的 JSON（${(e as Error).message}）\n`)
    return BAD_INPUT
  }
  const result = verifyAnnouncement(input)
  if (!result.ok) {
    process.stderr.write(`${result.code}: ${result.message}\n`)
    return BAD_INPUT
  }
  process.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
