/**
 * Bundles every cloud function for deployment: `cloudfunctions/<name>/src/index.ts` →
 * `cloudfunctions/<name>/index.js`, one CommonJS file for CloudBase's Node 20 runtime (BUILD_TARGET) with everything
 * (zod, exceljs, dayjs, core/, server/) inside except `wx-server-sdk`, which CloudBase installs from the
 * function's package.json. Run: `npx tsx scripts/build-functions.ts [name…]`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build, type BuildOptions } from 'esbuild'

export const ROOT = path.resolve(__dirname, '..')
const FUNCTIONS_DIR = path.join(ROOT, 'cloudfunctions')

/** esbuild's target: the Node version of the runtime in cloudbaserc.json (scripts/cloudbaserc.test.ts keeps them together). */
export const BUILD_TARGET = 'node20'

export interface BuiltFunction {
  name: string
  outfile: string
  bytes: number
}

/** Deployable functions: every folder under cloudfunctions/ with a `src/index.ts` (test fixtures live in emulator/fixtures/). */
export function functionNames(): string[] {
  return fs
    .readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(FUNCTIONS_DIR, d.name, 'src', 'index.ts')))
    .map((d) => d.name)
    .sort()
}

/** The one set of esbuild options: what is deployed is what `bundleText` shows the tests. */
function bundleOptions(name: string): BuildOptions {
  return {
    entryPoints: [path.join(FUNCTIONS_DIR, name, 'src', 'index.ts')],
    bundle: true,
    platform: 'node',
    target: BUILD_TARGET,
    format: 'cjs',
    external: ['wx-server-sdk'],
    // Production code must never take a test or dev branch by accident.
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
  }
}

export async function buildFunction(name: string, outDir = path.join(FUNCTIONS_DIR, name)): Promise<BuiltFunction> {
  const outfile = path.join(outDir, 'index.js')
  await build({ ...bundleOptions(name), outfile })
  return { name, outfile, bytes: fs.statSync(outfile).size }
}

/** The deployable bundle of a function, in memory (nothing written). */
export async function bundleText(name: string): Promise<string> {
  const result = await build({ ...bundleOptions(name), outfile: path.join(FUNCTIONS_DIR, name, 'index.js'), write: false })
  return result.outputFiles[0].text
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2)
  const names = wanted.length ? wanted : functionNames()
  const unknown = names.filter((n) => !functionNames().includes(n))
  if (unknown.length) throw new Error(`no cloudfunctions/<name>/src/index.ts for: ${unknown.join(', ')}`)
  const started = Date.now()
  for (const name of names) {
    const built = await buildFunction(name)
    console.log(`${name.padEnd(16)} ${(built.bytes / 1024).toFixed(1).padStart(8)} KB  ${path.relative(ROOT, built.outfile)}`)
  }
  console.log(`built ${names.length} function(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
