/**
 * Which registered environment variables a function's code reads, found in its deployable bundle
 * (so only code that survives tree shaking counts). Server code reads the environment only through
 * `readEnv(name)` with a registered name (server/env.ts), so a name in the bundle is a read.
 */
import { ENV_NAMES, type EnvName } from '../server/envVars'
import { bundleText } from './build-functions'

export function envNamesIn(bundle: string): EnvName[] {
  return ENV_NAMES.filter((name) => new RegExp(`\\b${name}\\b`).test(bundle)).sort()
}

export async function envReadsOf(functionName: string): Promise<EnvName[]> {
  return envNamesIn(await bundleText(functionName))
}
