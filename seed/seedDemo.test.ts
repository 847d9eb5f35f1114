import type { TestEmulator } from '../emulator/testing'
import { startTestEmulator } from '../emulator/testing'
import type { CommitteePerson } from '../core/api/account'
import type { MemberView } from '../core/api/committee'
import type { MyHome } from '../core/api/identity'
import type { RankingView } from '../core/api/evaluations'
import type { TodoView } from '../core/api/todos'
import type { MyCourseView } from '../core/api/training'
import { DEMO, DEV_PERSONAS_COLLECTION, seedDemo, type SeedReport } from './seedDemo'
import { PERSONAS } from './personas'
import { DEMO_COURSE } from './trainingDemo'
import { readFileSync } from 'node:fs'
import path from 'node:path'

let emu: TestEmulator
let report: SeedReport

beforeAll(async () => {
  emu = await startTestEmulator()
  report = await seedDemo(emu)
  // Not an assertion (no timed assertions): the measured figure for the record.
  console.log(`seedDemo: 600-unit import ${report.mainImportMs} ms, whole seed ${report.totalMs} ms`)
}, 120_000)
afterAll(() => emu.close())

const home = async (openid: string) => {
  const result = await emu.call<MyHome>('bindIdentity', { action: 'getMyHome' }, { openid })
  if (!result.ok) throw new Error(result.message)
  return result.data
}

describe('seedDemo', () => {
  it('seeds five communities in three districts with the property services of three companies, rated by their owners', async () => {
    const ranking = async (kind: string) => {
      const result = await emu.call<RankingView>('evaluations', { action: 'ranking', kind }, { openid: DEMO.districtCentre.openid })
      if (!result.ok) throw new Error(result.message)
      return result.data
    }
    const companies = await ranking('company')
    expect(companies.rows.map((r) => r.name).sort()).toEqual(['万科物业', '招商积余', '长城物业'])
    expect(companies.rows.every((r) => r.rank !== null)).toBe(true)
    const projects = await ranking('project')
    expect(projects.rows.filter((r) => r.rank !== null)).toHaveLength(4)
    expect(projects.districts.map((d) => d.district)).toEqual(['南山区', '福田区', '罗湖区'].sort((a, b) => a.localeCompare(b)))
    expect((await ranking('committee')).rows.filter((r) => r.rank !== null)).toHaveLength(4)
  })

  it('imports the demo estate and the second community', async () => {
    const [main, second] = report.imports.map((i) => i.communities[0])
    expect(main).toMatchObject({
      id: DEMO.community.id,
      unitCount: DEMO.units,
      developerHeldUnits: DEMO.developerHeldUnits,
      coOwnedUnits: DEMO.coOwnedUnits,
    })
    expect(second).toMatchObject({ id: DEMO.secondCommunity.id, street: '粤海街道' })
    expect(await emu.query('units', { communityId: DEMO.community.id })).toHaveLength(600)
  })

  it('binds the owner personas and leaves the newcomer unbound', async () => {
    expect((await home(DEMO.owner.openid)).units.map((u) => u.id)).toEqual(DEMO.owner.unitIds)
    expect((await home(DEMO.multiUnitOwner.openid)).units.map((u) => u.id)).toEqual(DEMO.multiUnitOwner.unitIds)
    expect((await home(DEMO.coOwner.openid)).units.map((u) => u.id)).toEqual(DEMO.coOwner.unitIds)
    expect((await home(DEMO.secondOwner.openid)).community).toEqual({ id: DEMO.secondCommunity.id, name: DEMO.secondCommunity.name })
    expect((await home(DEMO.unboundOwner.openid)).person).toBeNull()
  })

  it('lets the newcomer bind with the name and ID number shown on her persona', async () => {
    const persona = PERSONAS.find((p) => p.openid === DEMO.unboundOwner.openid)!
    expect(persona.description).toContain(DEMO.unboundOwner.idNumber)
    const { name, idNumber, openid } = DEMO.unboundOwner
    expect(await emu.call('bindIdentity', { action: 'sendBindCode', name, idNumber }, { openid })).toMatchObject({ ok: true })
    const [sms] = await emu.outbox('sms')
    const bound = await emu.call<MyHome>('bindIdentity', { action: 'bindIdentity', name, idNumber, code: sms.code }, { openid })
    expect(bound.ok && bound.data.units.map((u) => u.id)).toEqual(DEMO.unboundOwner.unitIds)
  })

  it('grants the committee, staff, property and government roles', async () => {
    const labels = async (openid: string) => (await home(openid)).roles.map((r) => `${r.role}:${r.status}`)
    expect(await labels(DEMO.director.openid)).toEqual(['owner:active', 'director:active'])
    expect(await labels(DEMO.members[0].openid)).toEqual(['owner:active', 'member:active'])
    expect(await labels(DEMO.alternate.openid)).toEqual(['owner:active', 'alternate:active'])
    expect(await labels(DEMO.pendingStaff.openid)).toEqual(['staff:pending'])
    expect(await labels(DEMO.propertyManager.openid)).toEqual(['propertyManager:active'])
    expect(await labels(DEMO.streetReviewer.openid)).toEqual(['streetReviewer:active'])
    expect(await labels(DEMO.districtCentre.openid)).toEqual(['districtCentre:active'])
    expect(await labels(DEMO.cityCentre.openid)).toEqual(['cityCentre:active'])
    expect(await labels(DEMO.operator.openid)).toEqual(['operator:active'])
  })

  it('puts the committee on the roster, each person one row on 权限管理 with the account', async () => {
    const listed = await emu.call<{ members: MemberView[] }>(
      'committee',
      { action: 'listMembers', communityId: DEMO.community.id },
      { openid: DEMO.owner.openid },
    )
    const { termStart, termEnd } = DEMO.committeeTerm
    // The order is listMembers' own; this checks who is there.
    expect(listed.ok && listed.data.members.map((m) => [m.name, m.kind, m.position, m.termStart, m.termEnd])).toEqual(
      expect.arrayContaining([
        ['赵志强', 'member', '主任', termStart, termEnd],
        ['周敏', 'member', '委员', termStart, termEnd],
        ['吴国庆', 'member', '委员', termStart, termEnd],
        ['郑丽', 'alternate', '候补委员', termStart, termEnd],
        ['孙小梅', 'staff', '经办人', termStart, termEnd],
      ]),
    )
    expect(listed.ok && listed.data.members).toHaveLength(5)
    const people = await emu.call<{ people: CommitteePerson[] }>(
      'account',
      { action: 'listCommitteePeople', communityId: DEMO.community.id },
      { openid: DEMO.director.openid },
    )
    expect(
      people.ok && people.data.people.map((p) => [p.name, p.role, p.position, p.status, Boolean(p.accountId && p.memberId), p.isMe]),
    ).toEqual([
      ['赵志强', 'director', '主任', 'active', true, true],
      ['吴国庆', 'member', '委员', 'active', true, false],
      ['周敏', 'member', '委员', 'active', true, false],
      ['郑丽', 'alternate', '候补委员', 'active', true, false],
      ['孙小梅', 'staff', '经办人', 'pending', true, false],
    ])
  })

  it('publishes the demo course with its video in the emulator storage, a to-do of every serving committee member', async () => {
    const listed = await emu.call<{ courses: MyCourseView[] }>(
      'training',
      { action: 'listCourses', communityId: DEMO.community.id },
      { openid: DEMO.members[0].openid },
    )
    const course = listed.ok ? listed.data.courses.find((c) => c.title === '业主大会和业委会基础知识') : undefined
    expect(course).toMatchObject({ required: true, dueDays: 30, durationS: 10, category: '履职培训', percent: 0 })
    expect(course?.audience.sort()).toEqual(['alternate', 'director', 'member', 'staff'])
    expect(course?.transcript).toContain('业主大会')
    // The stored file is the committed video, byte for byte, served where temp URLs point.
    expect(course?.video).toBe(`cloud://local.local-bucket/${DEMO_COURSE.cloudPath}`)
    const served = await fetch(`${emu.url}/storage/${DEMO_COURSE.cloudPath}`)
    expect(served.headers.get('content-type')).toBe('video/mp4')
    expect(Buffer.from(await served.arrayBuffer())).toEqual(readFileSync(path.join(__dirname, 'training', 'demo-course.mp4')))
    const todos = await emu.call<{ rows: TodoView[] }>('todos', { action: 'list', status: 'open' }, { openid: DEMO.members[0].openid })
    const subjects = todos.ok ? todos.data.rows.filter((t) => t.kind === 'trainingRequired').map((t) => t.subject) : []
    expect(subjects).toEqual(expect.arrayContaining([expect.stringMatching(/^周敏：业主大会和业委会基础知识（\d{4}-\d{2}-\d{2}前完成）$/)]))
  })

  it('writes the dev personas, and seeding again changes nothing', async () => {
    const personas = await emu.query<{ _id: string; label: string; sort: number }>(DEV_PERSONAS_COLLECTION)
    expect(personas.map((p) => p._id).sort()).toEqual(PERSONAS.map((p) => p.openid).sort())
    const bindings = (await emu.query('bindings')).length
    const roster = await emu.query('committeeMembers')
    const courses = await emu.query('courses')
    const again = await seedDemo(emu)
    expect(again.imports[0].communities[0].units).toMatchObject({ created: 0, updated: 0, retired: 0 })
    expect(await emu.query('bindings')).toHaveLength(bindings)
    expect(await emu.query('committeeMembers')).toEqual(roster)
    expect(await emu.query('courses')).toEqual(courses)
    expect(await emu.query(DEV_PERSONAS_COLLECTION)).toHaveLength(PERSONAS.length)
  })
})
