import { startHarness, type Harness } from '../testing/harness'
import { plainFields } from '../testing/disclosureFixtures'

/** 纠错: an owner asks for a correction of a published item; the committee must answer; the answer shows under the item. */
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

async function published(title = '2026年第三季度物业服务事项') {
  const r = await call('director', 'publishDisclosure', { communityId: own(), ...plainFields(h.world, title) })
  if (!r.ok) throw new Error(r.message)
  return r.data
}

it('becomes the committee’s to-do, is answered once, and the answer shows under the item', async () => {
  const item = await published()
  const asked = await call('owner', 'requestCorrection', { disclosureId: item.id, content: '保洁实际每日一次，不是两次' })
  expect(asked).toMatchObject({ ok: true, data: { text: '保洁实际每日一次，不是两次', answer: null } })
  const requestId = asked.ok ? asked.data.id : ''
  const [todo] = await h.emulator.query('todos', { _id: `todo:disclosureCorrection:${requestId}` })
  expect(todo).toMatchObject({
    status: 'open',
    assignee: { role: 'committee', communityId: own() },
    page: expect.stringContaining(`packages/disclosures/pages/detail/index?id=${item.id}`),
  })
  expect(await call('owner', 'answerCorrection', { requestId, answer: '已核实' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  const answered = await call('member', 'answerCorrection', { requestId, answer: '已核实，保洁为每日一次，将更正公示。' })
  expect(answered).toMatchObject({ ok: true, data: { answer: { text: '已核实，保洁为每日一次，将更正公示。', who: expect.any(String) } } })
  const [closed] = await h.emulator.query('todos', { _id: `todo:disclosureCorrection:${requestId}` })
  expect(closed).toMatchObject({ status: 'done', outcome: 'replied' })
  const before = h.writes()
  expect(await call('director', 'answerCorrection', { requestId, answer: '再答一次' })).toMatchObject({
    ok: false,
    code: 'CORRECTION_ALREADY_ANSWERED',
  })
  expect(h.writes()).toBe(before)
  const seen = await call('owner', 'getDisclosure', { disclosureId: item.id })
  expect(seen).toMatchObject({
    ok: true,
    data: {
      correctionRequests: [{ text: '保洁实际每日一次，不是两次', answer: { text: '已核实，保洁为每日一次，将更正公示。' } }],
    },
  })
})

it('is checked for content and only on published items, writing nothing when refused', async () => {
  const item = await published('公示二')
  const draft = await call('director', 'saveDraft', { communityId: own(), ...plainFields(h.world, '草稿') })
  const before = h.writes()
  expect(await call('owner', 'requestCorrection', { disclosureId: item.id, content: '代开发票' })).toMatchObject({
    ok: false,
    code: 'CONTENT_RISKY',
  })
  expect(await call('owner', 'requestCorrection', { disclosureId: item.id, content: '' })).toMatchObject({
    ok: false,
    code: 'INVALID_INPUT',
  })
  expect(await call('owner', 'requestCorrection', { disclosureId: draft.ok ? draft.data.id : '', content: '写错了' })).toMatchObject({
    ok: false,
    code: 'DISCLOSURE_NOT_PUBLISHED',
  })
  expect(await call('stranger', 'requestCorrection', { disclosureId: item.id, content: '写错了' })).toMatchObject({
    ok: false,
    code: 'FORBIDDEN',
  })
  expect(h.writes()).toBe(before)
})

it('keeps a request that needs a look and asks the committee to review it, linked to the item', async () => {
  const item = await published('公示三')
  const asked = await call('owner', 'requestCorrection', { disclosureId: item.id, content: '拉横幅的费用没有列出' })
  const [todo] = await h.emulator.query('todos', { _id: `todo:contentReview:${asked.ok ? asked.data.id : ''}` })
  expect(todo).toMatchObject({ status: 'open', page: expect.stringContaining(`packages/disclosures/pages/detail/index?id=${item.id}`) })
})

it.each([
  ['voided', (id: string) => call('director', 'voidDisclosure', { disclosureId: id, reason: '数据有误，整体撤回' }), '该信息已作废'],
  [
    'corrected',
    (id: string) =>
      call('director', 'correctDisclosure', { disclosureId: id, ...plainFields(h.world, '更正后的公示'), reason: '保洁次数写错' }),
    '该信息已更正',
  ],
])('answers open requests and withdraws their to-dos when the item is %s', async (_how, settle, said) => {
  const item = await published(`将被处理的公示 ${_how}`)
  const asked = await call('owner', 'requestCorrection', { disclosureId: item.id, content: '金额与票据不符' })
  const requestId = asked.ok ? asked.data.id : ''
  expect(await settle(item.id)).toMatchObject({ ok: true })
  const [todo] = await h.emulator.query('todos', { _id: `todo:disclosureCorrection:${requestId}` })
  expect(todo).toMatchObject({
    status: 'cancelled',
    history: [{ action: 'created' }, { action: 'cancelled', note: expect.stringContaining(said) }],
  })
  const seen = await call('owner', 'getDisclosure', { disclosureId: item.id })
  expect(seen).toMatchObject({
    ok: true,
    data: { correctionRequests: [{ text: '金额与票据不符', answer: { text: expect.stringContaining(said) } }] },
  })
  expect(await call('member', 'answerCorrection', { requestId, answer: '再答' })).toMatchObject({
    ok: false,
    code: 'CORRECTION_ALREADY_ANSWERED',
  })
})
