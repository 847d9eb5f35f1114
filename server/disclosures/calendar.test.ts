import { startHarness, type Harness } from '../testing/harness'
import { fundFields } from '../testing/disclosureFixtures'
import { lastPeriod } from '../../core/disclosures/calendar'
import { formatDay } from '../../core/format/time'

/** 公开日历: periodic items due or overdue; an overdue one raises the committee's to-do, publishing closes it. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('dc')
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.community('own')
const call = (who: Parameters<Harness['call']>[0], action: string, input: Record<string, unknown>) =>
  h.call(who, 'disclosures', action, input)

it('shows the default items to the committee and the street office, not to owners', async () => {
  const seen = await call('member', 'disclosureCalendar', { communityId: own() })
  expect(seen).toMatchObject({
    ok: true,
    data: {
      configured: false,
      entries: [
        { category: 'commonIncome', everyLabel: '每季度' },
        { category: 'maintenanceFund', everyLabel: '每半年' },
      ],
    },
  })
  expect(await call('streetReviewer', 'disclosureCalendar', { communityId: own() })).toMatchObject({ ok: true })
  expect(await call('owner', 'disclosureCalendar', { communityId: own() })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
})

it('raises the committee’s to-do for an overdue item once, and publishing the item closes it', async () => {
  // A grace of 0 days: the last half year is overdue from the day after it ended.
  const saved = await call('director', 'saveCalendar', {
    communityId: own(),
    items: [{ category: 'maintenanceFund', every: 'halfYear', graceDays: 0 }],
  })
  const period = lastPeriod('halfYear', 0, formatDay(h.emulator.clock.now()))
  expect(saved).toMatchObject({
    ok: true,
    data: { configured: true, overdue: 1, entries: [{ state: 'overdue', stateLabel: '已逾期', period }] },
  })
  await call('streetReviewer', 'disclosureCalendar', { communityId: own() })
  const todoId = `todo:disclosureOverdue:${own()}:maintenanceFund:${period.key}`
  const [todo] = await h.emulator.query('todos', { _id: todoId })
  expect(todo).toMatchObject({ status: 'open', assignee: { role: 'committee', communityId: own() }, history: [{ action: 'created' }] })

  expect(await call('director', 'publishDisclosure', { communityId: own(), ...fundFields(h.world) })).toMatchObject({ ok: true })
  const [closed] = await h.emulator.query('todos', { _id: todoId })
  expect(closed).toMatchObject({ status: 'done', outcome: 'published' })
  const after = await call('member', 'disclosureCalendar', { communityId: own() })
  expect(after).toMatchObject({ ok: true, data: { overdue: 0, entries: [{ state: 'done', stateLabel: '已公开' }] } })
})

it('refuses a bad calendar and writes nothing', async () => {
  const before = h.writes()
  expect(
    await call('director', 'saveCalendar', { communityId: own(), items: [{ category: 'commonIncome', every: 'weekly', graceDays: 3 }] }),
  ).toMatchObject({
    ok: false,
    code: 'INVALID_INPUT',
    message: '公开周期：请选择公开周期',
  })
  expect(
    await call('director', 'saveCalendar', { communityId: own(), items: [{ category: 'commonIncome', every: 'quarter', graceDays: 1.5 }] }),
  ).toMatchObject({
    ok: false,
    code: 'INVALID_INPUT',
    message: '宽限天数：天数应为整数',
  })
  expect(h.writes()).toBe(before)
})
