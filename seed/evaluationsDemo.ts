import type { ImportSummary } from '../core/api/admin'
import { dimensionKeys, type EvaluationTarget } from '../core/evaluations/dimensions'
import type { MyHome } from '../core/api/identity'
import { registerCsv } from '../server/register/writeSheet'
import { ESTATES, estateRegister, MAIN, PEOPLE, SECOND, secondRegister } from './demoRegister'
import { prng } from './prng'
import { bindPerson, expectOk, type SeedTarget } from './seedDemo'

/** Each community's property service: five projects of three companies, so companies rank too. */
export const PROPERTY_SERVICES: ReadonlyArray<{ communityId: string; projectName: string; companyName: string }> = [
  { communityId: MAIN.id, projectName: '翠湖苑物业服务中心', companyName: '万科物业' },
  { communityId: SECOND.id, projectName: '滨海苑物业管理处', companyName: '招商积余' },
  { communityId: ESTATES[0].id, projectName: '景田苑物业管理处', companyName: '万科物业' },
  { communityId: ESTATES[1].id, projectName: '丽湖居物业服务中心', companyName: '长城物业' },
  { communityId: ESTATES[2].id, projectName: '翠竹园物业管理处', companyName: '招商积余' },
]

/** How many owners of each small estate (and of 滨海苑) the seed binds and lets rate, and how each estate tends to score. */
const RATERS = 8
/** The personas' own people are bound by the seed to their persona accounts, never as raters. */
const PERSONA_NAMES = new Set(Object.values(PEOPLE).map((p) => p.name))
const LEANING: Record<string, number> = { [SECOND.id]: 4, [ESTATES[0].id]: 3, [ESTATES[1].id]: 5, [ESTATES[2].id]: 2 }

/**
 * 业主评价's demo: imports the three small estates through the real `admin.importRegister`, sets every
 * community's property service through `evaluations.setPropertyService` (as the console), binds a few
 * owners of each estate through the real SMS flow and has them rate both targets through
 * `evaluations.rate`. 翠湖苑 is left unrated: its personas rate it themselves. Safe to run again
 * (a second rating within the period replaces the first with the same scores).
 */
export async function seedEvaluations(emu: SeedTarget): Promise<ImportSummary[]> {
  const imports: ImportSummary[] = []
  const registers = [
    ...ESTATES.map((estate, i) => ({ community: estate as { id: string; name: string }, register: estateRegister(estate, 20240610 + i) })),
  ]
  for (const { community, register } of registers) {
    imports.push(
      await expectOk(
        emu.call<ImportSummary>(
          'admin',
          {
            action: 'importRegister',
            fileName: `${community.name}房产登记.csv`,
            contentBase64: Buffer.from(registerCsv(register.rows)).toString('base64'),
          },
          { console: true },
        ),
        `import ${community.name}`,
      ),
    )
  }
  for (const service of PROPERTY_SERVICES) {
    await expectOk(
      emu.call('evaluations', { action: 'setPropertyService', ...service }, { console: true }),
      `property of ${service.communityId}`,
    )
  }
  const raters = [{ community: SECOND as { id: string; name: string }, register: secondRegister() }, ...registers]
  for (const { community, register } of raters) {
    const random = prng(community.id.length * 7919)
    const owned = register.rows.filter(
      (r) => r.ownerNames && !String(r.ownerNames).includes('、') && r.developerHeld !== '是' && !PERSONA_NAMES.has(String(r.ownerNames)),
    )
    for (const row of owned.slice(1, 1 + RATERS)) {
      const openid = `dev-rater-${community.id}-${row.room}`
      await bindPerson(emu, openid, { name: String(row.ownerNames), idNumber: String(row.idNumbers), phone: String(row.phones) })
      const home = await expectOk(emu.call<MyHome>('bindIdentity', { action: 'getMyHome' }, { openid }), `home of ${openid}`)
      const unitId = home.units[0].id
      for (const target of ['property', 'committee'] as const) {
        await expectOk(
          emu.call(
            'evaluations',
            { action: 'rate', unitId, target, scores: scoresLeaning(target, LEANING[community.id], random), comment: '' },
            { openid },
          ),
          `rating by ${openid}`,
        )
      }
    }
  }
  return imports
}

function scoresLeaning(target: EvaluationTarget, leaning: number, random: () => number): Record<string, number> {
  return Object.fromEntries(dimensionKeys(target).map((k) => [k, Math.min(5, Math.max(1, leaning + Math.floor(random() * 3) - 1))]))
}
