import { performance } from 'node:perf_hooks'
import type { ImportSummary } from '../core/api/admin'
import type { MyHome } from '../core/api/identity'
import type { MemberDoc } from '../server/collections/committee'
import type { Result } from '../core/result'
import { COLLECTIONS } from '../server/collections'
import { personIdFor, hashIdNumber } from '../server/register/hash'
import { registerCsv, registerXlsx } from '../server/register/writeSheet'
import { MAIN, mainRegister, PEOPLE, SECOND, secondRegister } from './demoRegister'
import { PERSONAS } from './personas'
import { seedEvaluations } from './evaluationsDemo'
import { seedTraining } from './trainingDemo'

/** The part of the test emulator (emulator/testing.ts) the seed uses. */
export interface SeedTarget {
  /** The emulator's address: files go to its storage as the H5 app uploads them (`POST /storage/upload`). */
  url: string
  call<T>(name: string, data: object, as?: { openid?: string; console?: boolean }): Promise<Result<T>>
  outbox(kind?: 'sms' | 'subscribe'): Promise<Array<{ to?: string; code?: string }>>
  query<T>(collection: string, filter?: object): Promise<T[]>
  insert(collection: string, docs: object[]): Promise<void>
}

export const DEV_PERSONAS_COLLECTION = COLLECTIONS.devPersonas

const byOpenid = (openid: string) => PERSONAS.find((p) => p.openid === openid)!

/** The committee's five-year term, as its 备案 would state it. */
const COMMITTEE_TERM = { termStart: '2025-06-01', termEnd: '2030-05-31' } as const

function fact(openid: string, key: keyof typeof PEOPLE) {
  const p = PEOPLE[key]
  return {
    openid,
    name: p.name,
    idNumber: p.idNumber,
    phone: p.phone,
    personId: personIdFor(key === 'zhouHaiyan' ? SECOND.id : MAIN.id, hashIdNumber(p.idNumber)),
  }
}

/** What tests can rely on after `seedDemo` (computed, not stored: the register is deterministic). */
export const DEMO = {
  community: MAIN,
  secondCommunity: SECOND,
  units: 600,
  developerHeldUnits: 20,
  coOwnedUnits: 29,
  owner: { ...fact('dev-owner-wangxiulan', 'wangXiulan'), unitIds: [`${MAIN.id}:1-1-1201`] },
  coOwner: { ...fact('dev-owner-lijianguo', 'liJianguo'), unitIds: [`${MAIN.id}:2-1-802`], coOwnerName: PEOPLE.chenMeihua.name },
  multiUnitOwner: { ...fact('dev-owner-zhangwei', 'zhangWei'), unitIds: [`${MAIN.id}:3-2-1501`, `${MAIN.id}:4-1-2203`] },
  /** Registered, not bound: log in as this openid and bind with this name and ID number. */
  unboundOwner: { ...fact('dev-newcomer-liufang', 'liuFang'), unitIds: [`${MAIN.id}:1-2-603`] },
  /** The other owner of 2-1-802, never bound by the seed. */
  unboundCoOwner: { name: PEOPLE.chenMeihua.name, idNumber: PEOPLE.chenMeihua.idNumber, phone: PEOPLE.chenMeihua.phone },
  director: fact('dev-director-zhaozhiqiang', 'zhaoZhiqiang'),
  members: [fact('dev-member-zhoumin', 'zhouMin'), fact('dev-member-wuguoqing', 'wuGuoqing')],
  alternate: fact('dev-alternate-zhengli', 'zhengLi'),
  pendingStaff: { openid: 'dev-staff-sunxiaomei', name: '孙小梅', phone: byOpenid('dev-staff-sunxiaomei').grant!.phone! },
  propertyManager: { openid: 'dev-property-qianhaifeng', name: '钱海峰' },
  streetReviewer: { openid: 'dev-street-fengjianhua', name: '冯建华', street: MAIN.street, district: MAIN.district },
  districtCentre: { openid: 'dev-district-hejing', name: '何静', district: MAIN.district },
  cityCentre: { openid: 'dev-city-chenli', name: '陈立' },
  operator: { openid: 'dev-operator-lintao', name: '林涛' },
  secondOwner: { ...fact('dev-owner-zhouhaiyan', 'zhouHaiyan'), unitIds: [`${SECOND.id}:A--501`] },
  /** The term of the roster entries (业委会管理) made for the director, both members, the alternate and the pending staff member. */
  committeeTerm: COMMITTEE_TERM,
} as const

export interface SeedReport {
  imports: ImportSummary[]
  /** Wall time of the 600-unit register import alone, as the importer measured it. */
  mainImportMs: number
  totalMs: number
}

/**
 * Seeds the demo: imports both registers through the real `admin.importRegister` (as the console),
 * binds the owner personas through the real SMS flow, grants the committee, property and government
 * roles through `admin.grantRole`, puts the committee's people on the roster through the real
 * `committee.addMember` (as the director), publishes the demo course with its video (seed/trainingDemo.ts),
 * and writes the dev page's personas. Safe to run again.
 */
export async function seedDemo(emu: SeedTarget): Promise<SeedReport> {
  const started = performance.now()
  const main = await expectOk(
    emu.call<ImportSummary>(
      'admin',
      {
        action: 'importRegister',
        fileName: '桃源居·翠湖苑房产登记.xlsx',
        contentBase64: (await registerXlsx(mainRegister().rows)).toString('base64'),
      },
      { console: true },
    ),
    'import 翠湖苑',
  )
  const second = await expectOk(
    emu.call<ImportSummary>(
      'admin',
      {
        action: 'importRegister',
        fileName: '海岸城·滨海苑房产登记.csv',
        contentBase64: Buffer.from(registerCsv(secondRegister().rows)).toString('base64'),
      },
      { console: true },
    ),
    'import 滨海苑',
  )

  for (const persona of PERSONAS) {
    if (persona.bindAs) await bindOwner(emu, persona.openid, persona.bindAs)
  }
  for (const persona of PERSONAS) {
    if (!persona.grant) continue
    const personId = persona.bindAs ? personIdFor(MAIN.id, hashIdNumber(PEOPLE[persona.bindAs].idNumber)) : undefined
    await expectOk(
      emu.call(
        'admin',
        { action: 'grantRole', openid: persona.openid, ...(personId ? { personId } : {}), ...persona.grant },
        { console: true },
      ),
      `grant ${persona.label}`,
    )
  }
  await rosterCommittee(emu)
  await seedTraining(emu)
  const estates = await seedEvaluations(emu)
  await writePersonas(emu)
  return { imports: [main, second, ...estates], mainImportMs: main.ms, totalMs: Math.round(performance.now() - started) }
}

async function bindOwner(emu: SeedTarget, openid: string, key: keyof typeof PEOPLE): Promise<void> {
  await bindPerson(emu, openid, PEOPLE[key])
}

/** Binds a registered person to a WeChat account through the real SMS flow (nothing when already bound). */
export async function bindPerson(
  emu: SeedTarget,
  openid: string,
  person: { name: string; idNumber: string; phone: string },
): Promise<void> {
  const home = await expectOk(emu.call<MyHome>('bindIdentity', { action: 'getMyHome' }, { openid }), `home of ${person.name}`)
  if (home.person) return
  await expectOk(
    emu.call('bindIdentity', { action: 'sendBindCode', name: person.name, idNumber: person.idNumber }, { openid }),
    `code for ${person.name}`,
  )
  const sms = (await emu.outbox('sms')).find((m) => m.to === person.phone)
  if (!sms?.code) throw new Error(`seed: no SMS code reached ${person.name}`)
  await expectOk(
    emu.call('bindIdentity', { action: 'bindIdentity', name: person.name, idNumber: person.idNumber, code: sms.code }, { openid }),
    `bind ${person.name}`,
  )
}

/** Adds each roster persona the roster lacks (same name and phone, serving); entries already there are left as they are. */
async function rosterCommittee(emu: SeedTarget): Promise<void> {
  const director = PERSONAS.find((p) => p.grant?.role === 'director' && p.grant.communityId === MAIN.id)!
  const serving = await emu.query<MemberDoc>(COLLECTIONS.committeeMembers, { communityId: MAIN.id, status: 'serving' })
  for (const persona of PERSONAS) {
    const { roster, grant } = persona
    if (!roster) continue
    if (!grant?.phone) throw new Error(`seed: ${persona.label} is on the roster, so the grant needs a phone`)
    if (serving.some((m) => m.name === grant.name && m.phone === grant.phone)) continue
    await expectOk(
      emu.call(
        'committee',
        {
          action: 'addMember',
          communityId: MAIN.id,
          kind: roster.kind,
          name: grant.name,
          position: roster.position,
          phone: grant.phone,
          ...COMMITTEE_TERM,
        },
        { openid: director.openid },
      ),
      `roster ${persona.label}`,
    )
  }
}

async function writePersonas(emu: SeedTarget): Promise<void> {
  const existing = new Set((await emu.query<{ _id: string }>(DEV_PERSONAS_COLLECTION)).map((d) => d._id))
  const docs = PERSONAS.map((p, i) => ({ _id: p.openid, label: p.label, description: p.description, sort: (i + 1) * 10 })).filter(
    (d) => !existing.has(d._id),
  )
  if (docs.length) await emu.insert(DEV_PERSONAS_COLLECTION, docs)
}

export async function expectOk<T>(answer: Promise<Result<T>>, what: string): Promise<T> {
  const result = await answer
  if (!result.ok) throw new Error(`seed: ${what} failed: ${result.code} ${result.message}`)
  return result.data
}
