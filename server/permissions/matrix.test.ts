import { PERMISSIONS, type Grantee } from './index'
import { loadContracts, loadSamples, type Sample } from '../testing/samples'
import { PERSONAS, PERSONA_ROLE, REACHES_EVERY_COMMUNITY, type Persona, type Side } from '../testing/world'
import { startHarness, type Harness } from '../testing/harness'
import { findUnmasked } from '../testing/unmasked'

/**
 * The permission matrix, generated from the one table `PERMISSIONS`: every action × every persona ×
 * (own community, another community), through the real functions on the emulator. An allowed call
 * must not be refused (and must succeed, unless its sample says a valid call may fail on its own);
 * every other call must be refused with FORBIDDEN or NOT_SIGNED_IN and write nothing. Every answer
 * is scanned for phone and ID numbers that are not the caller's own.
 */
type Outcome = 'allowed' | 'refused' | 'not asserted'
const REFUSALS = new Set(['FORBIDDEN', 'NOT_SIGNED_IN'])

/** What the table says for this persona aiming at this side. */
function expectedOutcome(grantees: readonly Grantee[], persona: Persona, side: Side, scope: Sample['scope']): Outcome {
  if (persona === 'console') {
    if (grantees.includes('console')) return 'allowed'
    // `anyone` actions act on the caller's own WeChat account; the console has none, what it gets is the action's business.
    return grantees.includes('anyone') ? 'not asserted' : 'refused'
  }
  if (grantees.includes('anyone')) return 'allowed'
  const held = PERSONA_ROLE[persona]
  if (!held || held.status !== 'active' || !grantees.includes(held.role as Grantee)) return 'refused'
  if (scope === 'self' || side === 'own') return 'allowed'
  return REACHES_EVERY_COMMUNITY.has(held.role) ? 'allowed' : 'refused'
}

const { samples, problems: sampleProblems } = loadSamples()
const contracts = loadContracts()
const tableKeys = Object.keys(PERMISSIONS).sort()

describe('the permission table is complete', () => {
  it('has an entry for every action of every contract', () => {
    const missing = [...contracts]
      .flatMap(([fn, contract]) => Object.keys(contract).map((a) => `${fn}.${a}`))
      .filter((k) => !PERMISSIONS[k])
    expect({ 'actions without a PERMISSIONS entry (add them to server/permissions/<feature>.ts)': missing }).toEqual({
      'actions without a PERMISSIONS entry (add them to server/permissions/<feature>.ts)': [],
    })
  })

  it('names only actions that exist', () => {
    const stale = tableKeys.filter((k) => {
      const [fn, a] = k.split('.')
      return !contracts.get(fn)?.[a]
    })
    expect({ 'PERMISSIONS entries with no such contract action': stale }).toEqual({
      'PERMISSIONS entries with no such contract action': [],
    })
  })

  it('has a sample input for every entry', () => {
    const missing = tableKeys.filter((k) => !samples[k])
    expect({
      'no sample (declare it in server/<feature>/permissionSamples.ts, listed in server/testing/samples.ts)': missing,
      problems: sampleProblems,
    }).toEqual({ 'no sample (declare it in server/<feature>/permissionSamples.ts, listed in server/testing/samples.ts)': [], problems: [] })
  })
})

describe('every action × every role × own/other community', () => {
  let h: Harness
  const leaks: string[] = []

  beforeAll(async () => {
    h = await startHarness('mx')
  })
  afterAll(async () => {
    await h?.close()
  })

  const functions = [...new Set(tableKeys.map((k) => k.split('.')[0]))]
  for (const fn of functions) {
    const keys = tableKeys.filter((k) => k.startsWith(`${fn}.`) && samples[k])
    if (keys.length === 0) continue
    it(`${fn}: exactly the allowed cases get through`, async () => {
      const mismatches: string[] = []
      for (const key of keys) {
        const sample = samples[key]
        const action = key.slice(fn.length + 1)
        for (const persona of PERSONAS) {
          for (const side of sample.scope === 'self' ? (['own'] as const) : (['own', 'other'] as const)) {
            const expected = expectedOutcome(PERMISSIONS[key], persona, side, sample.scope)
            const { world } = h
            const caller = sample.freshCaller ? await world.clone(persona) : world.caller(persona)
            const input = await sample.input({ world, side, caller })
            const writesBefore = h.writes()
            const result = await h.emulator.call(fn, { action, ...input }, caller.console ? { console: true } : { openid: caller.openid })
            const where = `${key} as ${persona} → ${side}`
            leaks.push(...findUnmasked(result, caller).map((leak) => `${where}: ${leak}`))
            const code = result.ok ? 'OK' : result.code
            if (expected === 'allowed') {
              if (REFUSALS.has(code)) mismatches.push(`${where}: allowed by the table but refused (${code})`)
              else if (sample.mustSucceed !== false && !result.ok) mismatches.push(`${where}: allowed but failed ${code} ${result.message}`)
            } else if (expected === 'refused') {
              if (!REFUSALS.has(code)) mismatches.push(`${where}: not allowed by the table but answered ${code}`)
              else if (h.writes() !== writesBefore) mismatches.push(`${where}: refused but wrote to the database`)
            }
          }
        }
      }
      expect(mismatches).toEqual([])
    })
  }

  it("never sends another person's phone or ID number unmasked", () => {
    expect(leaks).toEqual([])
  })
})
