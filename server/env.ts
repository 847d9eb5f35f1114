import type { EnvName } from './envVars'

/** Reads one environment variable by its registered name (server/envVars.ts). */
export type EnvReader = (name: EnvName) => string | undefined

/**
 * A value as the code may use it: empty means unset, and so does a `{{env.X}}` placeholder the deploy
 * left unfilled (the CLI fills them from `.env`; `npm run deploy:check` lists the missing ones).
 */
function usable(value: string | undefined): string | undefined {
  if (!value || /^\{\{.*\}\}$/.test(value.trim())) return undefined
  return value
}

/** The one place server code reads `process.env`: every read names a registered variable. */
export const readEnv: EnvReader = (name) => usable(process.env[name])

/** A reader over fixed values, for tests and for ports handed their settings. */
export function envFrom(values: Partial<Record<EnvName, string>>): EnvReader {
  return (name) => usable(values[name])
}

/** Under jest. esbuild defines NODE_ENV as "production" in every deployed bundle, so this is false there. */
export function isTestRun(): boolean {
  return process.env.NODE_ENV === 'test'
}
