import fs from 'node:fs'
import path from 'node:path'
import type { ActionContract, Contract } from '../../core/api/contract'
import { PERMISSION_SAMPLES as ACCOUNT } from '../account/permissionSamples'
import { PERMISSION_SAMPLES as ADMIN } from '../admin/permissionSamples'
import { PERMISSION_SAMPLES as COMMITTEE } from '../committee/permissionSamples'
import { PERMISSION_SAMPLES as DISCLOSURES } from '../disclosures/permissionSamples'
import { PERMISSION_SAMPLES as EVALUATIONS } from '../evaluations/permissionSamples'
import { PERMISSION_SAMPLES as IDENTITY } from '../identity/permissionSamples'
import { PERMISSION_SAMPLES as NOTICES } from '../notices/permissionSamples'
import { PERMISSION_SAMPLES as TENDER } from '../tender/permissionSamples'
import { PERMISSION_SAMPLES as TODOS } from '../todos/permissionSamples'
import { PERMISSION_SAMPLES as TRAINING } from '../training/permissionSamples'
import { PERMISSION_SAMPLES as VOTE } from '../vote/permissionSamples'
import { PERMISSION_SAMPLES as WEATHER } from '../weather/permissionSamples'
import type { Caller, Side, World } from './world'

/**
 * TEST SUPPORT for the permission matrix (matrix.test.ts). Each `<function>.<action>` of the one
 * permission table needs a sample: a valid input aimed at the own or the other community.
 *
 * Samples are declared per feature beside its domain code, in `server/<feature>/permissionSamples.ts`
 * exporting `PERMISSION_SAMPLES` (no function imports it, so it is never bundled), and listed in
 * `DECLARED` below.
 */
export interface SampleContext {
  world: World
  /** The community the call aims at: the caller's own, or another one. */
  side: Side
  caller: Caller
}

export interface Sample {
  /**
   * `community`: the input names a community (or something in one), so own/other decides.
   * `self`: the action works on the caller's own account; both sides are the same call.
   */
  scope: 'community' | 'self'
  /** A valid input; may insert a fresh target (a new member, unit, delegation…) first. */
  input(c: SampleContext): Promise<Record<string, unknown>> | Record<string, unknown>
  /**
   * Whether an allowed call must answer ok:true (default). `false` when a valid call still fails
   * for a reason of its own (an SMS code the test cannot know); it must then only not be refused.
   */
  mustSucceed?: boolean
  /** The action uses up the caller (解绑): run it as a fresh copy of the persona. */
  freshCaller?: boolean
}

export type Samples = Record<string, Sample>

const ROOT = path.resolve(__dirname, '../..')

/** Every feature's samples, with the file that declares them (a new feature adds its line here). */
export const DECLARED: ReadonlyArray<{ file: string; samples: Samples }> = [
  { file: 'server/account/permissionSamples.ts', samples: ACCOUNT },
  { file: 'server/admin/permissionSamples.ts', samples: ADMIN },
  { file: 'server/committee/permissionSamples.ts', samples: COMMITTEE },
  { file: 'server/disclosures/permissionSamples.ts', samples: DISCLOSURES },
  { file: 'server/evaluations/permissionSamples.ts', samples: EVALUATIONS },
  { file: 'server/identity/permissionSamples.ts', samples: IDENTITY },
  { file: 'server/notices/permissionSamples.ts', samples: NOTICES },
  { file: 'server/tender/permissionSamples.ts', samples: TENDER },
  { file: 'server/todos/permissionSamples.ts', samples: TODOS },
  { file: 'server/training/permissionSamples.ts', samples: TRAINING },
  { file: 'server/vote/permissionSamples.ts', samples: VOTE },
  { file: 'server/weather/permissionSamples.ts', samples: WEATHER },
]

/** Every declared sample, from each feature's own file (a key declared twice is a bug). */
export function loadSamples(declared = DECLARED): { samples: Samples; problems: string[] } {
  const samples: Samples = {}
  const declaredIn = new Map<string, string>()
  const problems: string[] = []
  for (const { file, samples: own } of declared) {
    for (const [key, sample] of Object.entries(own)) {
      const earlier = declaredIn.get(key)
      if (earlier) problems.push(`sample ${key} is declared twice: ${earlier} and ${file}`)
      declaredIn.set(key, file)
      samples[key] = sample
    }
  }
  return { samples, problems }
}

function isContract(value: unknown): value is Contract {
  if (!value || typeof value !== 'object') return false
  const actions = Object.values(value as Record<string, unknown>)
  return (
    actions.length > 0 &&
    actions.every((a) => {
      const input = (a as Partial<ActionContract> | null)?.input as { safeParse?: unknown } | undefined
      return typeof input?.safeParse === 'function' && 'output' in (a as object)
    })
  )
}

/** Every function's contract, found in `core/api/*.ts` as `export const <function>Api = { … }`. */
export function loadContracts(root = ROOT): Map<string, Contract> {
  const contracts = new Map<string, Contract>()
  const dir = path.join(root, 'core', 'api')
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()) {
    const mod = require(path.join(dir, file)) as Record<string, unknown>
    for (const [exportName, value] of Object.entries(mod)) {
      const match = /^(\w+)Api$/.exec(exportName)
      if (match && isContract(value)) contracts.set(match[1], value)
    }
  }
  return contracts
}
