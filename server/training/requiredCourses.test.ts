import { addDays, formatDay } from '../../core/format'
import { startHarness, type Harness } from '../testing/harness'

/**
 * A required course is a to-do for each committee person of its audience: opened when the course is
 * published (for the people already serving) and when someone becomes a committee member later, due
 * `dueDays` Beijing days after that; completing the course closes it; past the due day the director
 * gets 必修课程逾期未完成, as a notice's overdue reply does.
 */
let h: Harness
let courseId: string
const DAY = 24 * 3600_000

beforeAll(async () => {
  h = await startHarness('rq')
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.community('own')
const openidOf = (persona: Parameters<Harness['world']['caller']>[0]) => h.world.caller(persona).openid as string
const requiredTodo = (openid: string, id = courseId) =>
  h.emulator.query('todos', { _id: `todo:trainingRequired:${id}:${own()}:${openid}` }).then((r) => r[0])
const overdueTodo = (openid: string) =>
  h.emulator.query('todos', { _id: `todo:trainingOverdue:${courseId}:${own()}:${openid}` }).then((r) => r[0])

const publish = (fields: Record<string, unknown>) =>
  h.call('districtCentre', 'training', 'publishCourse', {
    category: '履职培训',
    durationS: 100,
    transcript: '',
    dueDays: 30,
    ...fields,
  })

describe('a required course for committee people', () => {
  it('opens a to-do for every serving person of its audience when it is published, due in dueDays', async () => {
    const published = await publish({ title: '业委会履职必修', required: true, audience: ['director', 'member', 'staff'] })
    expect(published).toMatchObject({ ok: true, data: { audience: ['director', 'member', 'staff'] } })
    courseId = published.ok ? published.data.id : ''
    const due = addDays(formatDay(h.emulator.clock.now()), 30)
    const todo = await requiredTodo(openidOf('member'))
    expect(todo).toMatchObject({
      kind: 'trainingRequired',
      status: 'open',
      assigneeKey: `committee:${own()}`,
      dueOn: due,
      subject: `${h.world.caller('member').name}：业委会履职必修（${due}前完成）`,
    })
    expect(await requiredTodo(openidOf('director'))).toMatchObject({ status: 'open', dueOn: due })
    // Outside the audience (候补委员), or not yet authorised (a pending 经办人): nothing.
    expect(await requiredTodo(openidOf('alternate'))).toBeUndefined()
    expect(await requiredTodo(openidOf('staffPending'))).toBeUndefined()
    // The person sees it on her 消息 tab, linked to the course page.
    const listed = await h.call('member', 'todos', 'list', { status: 'open' })
    expect(listed.ok && listed.data.rows.find((t: { kind: string }) => t.kind === 'trainingRequired')).toMatchObject({
      title: '完成必修课程',
      page: `packages/training/pages/course/index?id=${courseId}&communityId=${own()}`,
    })
  })

  it('opens nothing for an elective course', async () => {
    const elective = await publish({ title: '选修：物业费知识', required: false, audience: ['member'] })
    const id = elective.ok ? elective.data.id : ''
    expect(await requiredTodo(openidOf('member'), id)).toBeUndefined()
  })

  it('opens it for someone who becomes a member later, due dueDays after that day', async () => {
    h.emulator.clock.advance(3 * DAY)
    const [account] = await h.emulator.query('roles', { openid: openidOf('staffPending') })
    expect(await h.call('director', 'account', 'authorizeStaff', { accountId: account._id })).toMatchObject({ ok: true })
    const due = addDays(formatDay(h.emulator.clock.now()), 30)
    expect(await requiredTodo(openidOf('staffPending'))).toMatchObject({ status: 'open', dueOn: due })

    const granted = await h.call('console', 'admin', 'grantRole', {
      openid: 'rq-new-member',
      name: '新委员',
      role: 'member',
      communityId: own(),
    })
    expect(granted).toMatchObject({ ok: true })
    expect(await requiredTodo('rq-new-member')).toMatchObject({
      status: 'open',
      dueOn: due,
      subject: `新委员：业委会履职必修（${due}前完成）`,
    })
  })

  it('past the due day the director gets an overdue to-do, once; completing the course closes both', async () => {
    h.emulator.clock.advance(28 * DAY)
    for (let i = 0; i < 2; i += 1)
      expect(await h.call('director', 'training', 'listCourses', { communityId: own() })).toMatchObject({ ok: true })
    const member = openidOf('member')
    expect(await overdueTodo(member)).toMatchObject({ status: 'open', assigneeKey: `director:${own()}`, history: [{ action: 'created' }] })
    // The later members' to-dos are not due yet.
    expect(await overdueTodo(openidOf('staffPending'))).toBeUndefined()

    for (let at = 0; at < 100; at += 10) {
      h.emulator.clock.advance(10_000)
      await h.call('member', 'training', 'reportWatch', { communityId: own(), courseId, from: at, to: at + 10 })
    }
    expect(await requiredTodo(member)).toMatchObject({ status: 'done', outcome: 'completed' })
    expect(await overdueTodo(member)).toMatchObject({ status: 'done', outcome: 'completed' })
    expect(await requiredTodo(openidOf('director'))).toMatchObject({ status: 'open' })
  })

  it("withdraws her training to-dos, and the director's overdue ones about her, when she leaves the committee", async () => {
    // 新委员's grant from above, then the authorised 经办人 is stopped by the director.
    const [account] = await h.emulator.query('roles', { openid: openidOf('staffPending') })
    expect(await h.call('director', 'account', 'revokeStaff', { accountId: account._id, reason: '已离任' })).toMatchObject({ ok: true })
    expect(await requiredTodo(openidOf('staffPending'))).toMatchObject({
      status: 'cancelled',
      history: [{ action: 'created' }, { action: 'cancelled', note: '已停用：已离任' }],
    })
    expect(await requiredTodo(openidOf('director'))).toMatchObject({ status: 'open' })
    expect(await requiredTodo('rq-new-member')).toMatchObject({ status: 'open' })
  })
})
