/**
 * Before a deploy: does the local `.env` (with `.env.local`, and `.env.<mode>` for `--mode <mode>`, merged
 * as the CloudBase CLI merges them) fill every `{{env.X}}` of `cloudbaserc.json`? Lists what is missing
 * and what each variable is for (server/envVars.ts), never a value. Exits 1 when a deploy would go out
 * without a required variable. Run: `npm run deploy:check [-- --mode production]`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ENV_VARS, RESERVED_PREFIXES, type EnvName } from '../server/envVars'

export interface Rc {
  envId?: string
  functions: { name: string; envVariables?: Record<string, string> }[]
}

export interface Needed {
  name: string
  about: string
  /** The functions that read it (`envId` for the environment id of the deploy itself). */
  functions: string[]
}

export interface DeployReport {
  ok: boolean
  missing: Needed[]
  optional: Needed[]
  problems: string[]
}

/** CloudBase's limit on one function's variables (names and values together). */
export const FUNCTION_ENV_LIMIT = 4 * 1024

const PLACEHOLDER = /\{\{\s*env\.([A-Za-z0-9_]+)\s*\}\}/g

const isRegistered = (name: string): name is EnvName => Object.prototype.hasOwnProperty.call(ENV_VARS, name)

/** `KEY=VALUE` lines; `#` comments, `export `, single or double quotes. */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line)
    if (!match) continue
    const raw = match[2].trim()
    const quoted = /^(['"])(.*)\1$/.exec(raw)
    values[match[1]] = quoted ? quoted[2] : raw.replace(/\s+#.*$/, '')
  }
  return values
}

/** `.env`, then `.env.local`, then `.env.<mode>`: a later file wins. */
export function loadDotenv(dir: string, mode?: string): Record<string, string> {
  const files = ['.env', '.env.local', ...(mode ? [`.env.${mode}`] : [])]
  return Object.assign(
    {},
    ...files
      .map((f) => path.join(dir, f))
      .filter((f) => fs.existsSync(f))
      .map((f) => parseDotenv(fs.readFileSync(f, 'utf8'))),
  )
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_all, name: string) => values[name] ?? '')
}

export function checkDeploy(rc: Rc, values: Record<string, string>): DeployReport {
  const readers = new Map<string, string[]>()
  const use = (name: string, by: string) => readers.set(name, [...(readers.get(name) ?? []), by])
  for (const [, name] of (rc.envId ?? '').matchAll(PLACEHOLDER)) use(name, 'envId')
  const problems: string[] = []
  for (const fn of rc.functions) {
    let bytes = 0
    for (const [variable, template] of Object.entries(fn.envVariables ?? {})) {
      if (RESERVED_PREFIXES.some((p) => variable.startsWith(p))) {
        problems.push(
          `${fn.name}.${variable}: names beginning ${RESERVED_PREFIXES.join(', ')} are reserved by CloudBase (the runtime sets them)`,
        )
      }
      for (const [, name] of template.matchAll(PLACEHOLDER)) use(name, fn.name)
      bytes += Buffer.byteLength(variable) + Buffer.byteLength(fill(template, values))
    }
    if (bytes > FUNCTION_ENV_LIMIT) problems.push(`${fn.name}: its variables take ${bytes} bytes, over CloudBase's 4 KB per function`)
  }
  const set = (name: string) => Boolean(values[name]?.trim())
  const missing: Needed[] = []
  const optional: Needed[] = []
  for (const [name, functions] of readers) {
    if (!isRegistered(name)) {
      problems.push(`${functions.join(', ')}: {{env.${name}}} is not a variable the code reads (server/envVars.ts)`)
      continue
    }
    if (set(name)) continue
    const spec: { required?: boolean; about: string } = ENV_VARS[name]
    const needed = { name, about: spec.about, functions: [...new Set(functions)] }
    if (spec.required || functions.includes('envId')) missing.push(needed)
    else optional.push(needed)
  }
  if (set('SMS_SECRET_ID') !== set('SMS_SECRET_KEY')) {
    problems.push(
      `SMS_SECRET_ID and SMS_SECRET_KEY go together: set ${set('SMS_SECRET_ID') ? 'SMS_SECRET_KEY' : 'SMS_SECRET_ID'} too, or leave both empty`,
    )
  }
  return { ok: missing.length === 0 && problems.length === 0, missing, optional, problems }
}

function main(): void {
  const args = process.argv.slice(2)
  const modeAt = args.indexOf('--mode')
  const mode = modeAt >= 0 ? args[modeAt + 1] : undefined
  const root = process.cwd()
  const rc = JSON.parse(fs.readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8')) as Rc
  const report = checkDeploy(rc, loadDotenv(root, mode))
  const files = ['.env', '.env.local', ...(mode ? [`.env.${mode}`] : [])].join(', ')
  const line = (n: Needed) => `  ${n.name.padEnd(20)} ${n.about}  (${n.functions.join(', ')})`
  console.log(`deploy:check — cloudbaserc.json against ${files}`)
  if (report.missing.length) console.log(`\nmissing (set them before deploying):\n${report.missing.map(line).join('\n')}`)
  if (report.optional.length) console.log(`\noptional, not set:\n${report.optional.map(line).join('\n')}`)
  for (const problem of report.problems) console.error(`error: ${problem}`)
  console.log(report.ok ? `\nok: every required variable of ${rc.functions.length} functions is set` : '\nnot ready to deploy')
  process.exitCode = report.ok ? 0 : 1
}

if (require.main === module) main()
