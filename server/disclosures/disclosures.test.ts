import { startHarness, type Harness } from '../testing/harness'
import { displayUntil, fundFields, plainFields } from '../testing/disclosureFixtures'
import { addDays, formatDay } from '../../core/format/time'

/** 信息公开: draft → published → voided, corrections, and 信息公开查询, through the real function. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('ds')
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.community('own')
const call = (who: Parameters<Harness['call']>[0], action: string, input: Record<string, unknown>) =>
  h.call(who, 'disclosures', action, input)

async function published(fields: Record<string, unknown> = plainFields(h.world)) {
  const r = await call('director', 'publishDisclosure', { communityId: own(), ...fields })
  if (!r.ok) throw new Error(r.message)
  return r.data
}

describe('publishing', () => {
  it('publishes with the director, the time and the law behind the category; owners read it', async () => {
    const item = await published(fundFields(h.world))
    expect(item).toMatchObject({
      status: 'published',
      statusLabel: '已发布',
      categoryLabel: '维修资金筹集和使用情况',
      basis: expect.stringContaining('第二百八十一条'),
      onDisplay: true,
      published: { who: expect.stringContaining('业委会主任'), at: expect.any(Number) },
      finance: [{ item: '维修资金', openingFen: 10_000, incomeFen: 5_000, expenseFen: 3_000, closingFen: 12_000 }],
      voided: null,
    })
    const seen = await call('owner', 'getDisclosure', { disclosureId: item.id })
    expect(seen).toMatchObject({ ok: true, data: { title: item.title, status: 'published' } })
  })

  it('refuses an unbalanced statement, naming the line, and writes nothing', async () => {
    const before = h.writes()
    const fields = fundFields(h.world)
    const bad = await call('director', 'publishDisclosure', {
      communityId: own(),
      ...fields,
      finance: [fields.finance[0], { item: '公共收益', openingFen: 100, incomeFen: 100, expenseFen: 50, closingFen: 100 }],
    })
    expect(bad).toMatchObject({ ok: false, code: 'FINANCE_UNBALANCED', message: expect.stringContaining('第2行“公共收益”不平') })
    expect(h.writes()).toBe(before)
  })

  it('needs a statement for the fund, none for other categories, integer fen, and 15 days of display', async () => {
    const before = h.writes()
    const { finance: _, ...noFinance } = fundFields(h.world)
    expect(await call('director', 'publishDisclosure', { communityId: own(), ...noFinance })).toMatchObject({
      ok: false,
      code: 'FINANCE_REQUIRED',
    })
    expect(
      await call('director', 'publishDisclosure', { communityId: own(), ...plainFields(h.world), finance: fundFields(h.world).finance }),
    ).toMatchObject({ ok: false, code: 'FINANCE_NOT_ALLOWED' })
    const fields = fundFields(h.world)
    expect(
      await call('director', 'publishDisclosure', { communityId: own(), ...fields, finance: [{ ...fields.finance[0], incomeFen: 50.5 }] }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '本期收入：金额应精确到分' })
    const today = formatDay(h.emulator.clock.now())
    const short = await call('director', 'publishDisclosure', {
      communityId: own(),
      ...plainFields(h.world),
      displayUntil: addDays(today, 14),
    })
    expect(short).toMatchObject({
      ok: false,
      code: 'DISPLAY_TOO_SHORT',
      message: `公示截止日期最早为${addDays(today, 15)}（发布之日起至少15天）`,
    })
    expect(await call('director', 'publishDisclosure', { communityId: own(), ...plainFields(h.world), title: '' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '标题：请填写标题',
    })
    expect(h.writes()).toBe(before)
  })

  it('refuses attachments from another community and risky text', async () => {
    const before = h.writes()
    const foreign = await call('director', 'publishDisclosure', {
      communityId: own(),
      ...plainFields(h.world),
      attachments: [{ fileID: `cloud://local.bucket/committee/${h.world.community('other')}/x.pdf`, name: '别处.pdf' }],
    })
    expect(foreign).toMatchObject({ ok: false, code: 'FOREIGN_FILE', message: '「别处.pdf」不是为本小区上传的文件，请重新上传' })
    const risky = await call('director', 'publishDisclosure', { communityId: own(), ...plainFields(h.world), body: '代开发票' })
    expect(risky).toMatchObject({ ok: false, code: 'CONTENT_RISKY', message: '正文含有不适宜发布的内容，请修改后再提交' })
    expect(h.writes()).toBe(before)
  })

  it('publishes text that needs a look and asks the committee to review it', async () => {
    const item = await published({ ...plainFields(h.world, '关于拉横幅的说明') })
    const todos = await h.emulator.query('todos', { _id: `todo:contentReview:${item.id}` })
    expect(todos).toMatchObject([{ status: 'open', page: `packages/disclosures/pages/detail/index?id=${encodeURIComponent(item.id)}` }])
  })

  it('keeps a draft without 所属期间, and asks for it only when publishing', async () => {
    const draft = await call('director', 'saveDraft', { communityId: own(), ...plainFields(h.world, '还没写完的公示'), period: '' })
    expect(draft).toMatchObject({ ok: true, data: { status: 'draft', period: '' } })
    const id = draft.ok ? draft.data.id : ''
    const before = h.writes()
    expect(
      await call('director', 'publishDisclosure', {
        communityId: own(),
        disclosureId: id,
        ...plainFields(h.world, '还没写完的公示'),
        period: '',
      }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '所属期间：请填写所属期间' })
    expect(h.writes()).toBe(before)
  })

  it('keeps drafts to the committee until published', async () => {
    const draft = await call('director', 'saveDraft', {
      communityId: own(),
      ...plainFields(h.world, '草稿中的公示'),
      displayUntil: '2020-01-01',
    })
    expect(draft).toMatchObject({ ok: true, data: { status: 'draft', statusLabel: '草稿', published: null } })
    const id = draft.ok ? draft.data.id : ''
    expect(await call('owner', 'getDisclosure', { disclosureId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await call('member', 'getDisclosure', { disclosureId: id })).toMatchObject({ ok: true })
    const ownerList = await call('owner', 'listDisclosures', { communityId: own(), text: '草稿中' })
    expect(ownerList).toMatchObject({ ok: true, data: { rows: [] } })
    // Publishing checks the rules the draft did not have to meet yet.
    expect(
      await call('director', 'publishDisclosure', {
        communityId: own(),
        disclosureId: id,
        ...plainFields(h.world, '草稿中的公示'),
        displayUntil: '2020-01-01',
      }),
    ).toMatchObject({ ok: false, code: 'DISPLAY_TOO_SHORT' })
    const done = await call('director', 'publishDisclosure', {
      communityId: own(),
      disclosureId: id,
      ...plainFields(h.world, '草稿中的公示'),
    })
    expect(done).toMatchObject({ ok: true, data: { id, status: 'published' } })
    const again = await call('director', 'publishDisclosure', {
      communityId: own(),
      disclosureId: id,
      ...plainFields(h.world, '草稿中的公示'),
    })
    expect(again).toMatchObject({ ok: false, code: 'DISCLOSURE_NOT_DRAFT', message: '这条信息已发布，不能再按草稿修改' })
  })
})

describe('voiding and correcting', () => {
  it('voids with a reason; the item stays listed as voided with who, when and why', async () => {
    const item = await published(plainFields(h.world, '将被作废的公示'))
    const voided = await call('director', 'voidDisclosure', { disclosureId: item.id, reason: '期间写错' })
    expect(voided).toMatchObject({
      ok: true,
      data: {
        status: 'voided',
        statusLabel: '已作废',
        onDisplay: false,
        voided: { reason: '期间写错', who: expect.stringContaining('业委会主任'), at: expect.any(Number) },
      },
    })
    const list = await call('owner', 'listDisclosures', { communityId: own(), status: 'voided' })
    expect(list.ok && list.data.rows.map((r: { id: string }) => r.id)).toContain(item.id)
    expect(await h.emulator.query('disclosures', { _id: item.id })).toHaveLength(1)
    const before = h.writes()
    expect(await call('director', 'voidDisclosure', { disclosureId: item.id, reason: '再来一次' })).toMatchObject({
      ok: false,
      code: 'DISCLOSURE_NOT_PUBLISHED',
      message: '只有已发布的信息可以作废或更正',
    })
    expect(await call('director', 'voidDisclosure', { disclosureId: item.id, reason: '' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '原因：请填写作废原因',
    })
    expect(h.writes()).toBe(before)
  })

  it('corrects by voiding and republishing, linked both ways, and the new page lists what changed', async () => {
    const wrong = await published(fundFields(h.world))
    const fields = fundFields(h.world)
    const corrected = await call('director', 'correctDisclosure', {
      disclosureId: wrong.id,
      reason: '支出金额录错',
      ...fields,
      finance: [{ ...fields.finance[0], expenseFen: 4_000, closingFen: 11_000 }],
    })
    expect(corrected).toMatchObject({
      ok: true,
      data: {
        status: 'published',
        corrects: { id: wrong.id, title: wrong.title },
        changes: [{ label: '收支情况表', before: expect.stringContaining('支出30.00元'), after: expect.stringContaining('支出40.00元') }],
      },
    })
    const old = await call('owner', 'getDisclosure', { disclosureId: wrong.id })
    expect(old).toMatchObject({
      ok: true,
      data: { status: 'voided', voided: { reason: '支出金额录错' }, correctedBy: { id: corrected.ok ? corrected.data.id : '' } },
    })
    const before = h.writes()
    expect(await call('director', 'correctDisclosure', { disclosureId: wrong.id, reason: '又错了', ...fundFields(h.world) })).toMatchObject(
      { ok: false, code: 'DISCLOSURE_NOT_PUBLISHED' },
    )
    expect(h.writes()).toBe(before)
  })

  it('is the director’s alone, in his own community', async () => {
    const item = await published()
    expect(await call('member', 'voidDisclosure', { disclosureId: item.id, reason: '不对' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })
})

describe('信息公开查询', () => {
  it('filters by category, period, status and text', async () => {
    await published({ ...plainFields(h.world, '停车位处分公示'), category: 'parking', period: '2026年度' })
    await published({ ...plainFields(h.world, '印章使用登记'), category: 'sealUse', period: '2026年11月' })
    const byCategory = await call('owner', 'listDisclosures', { communityId: own(), category: 'parking' })
    expect(byCategory.ok && byCategory.data.rows.map((r: { title: string }) => r.title)).toEqual(['停车位处分公示'])
    const byPeriod = await call('owner', 'listDisclosures', { communityId: own(), period: '2026年11月' })
    expect(byPeriod.ok && byPeriod.data.rows.map((r: { title: string }) => r.title)).toEqual(['印章使用登记'])
    const byText = await call('owner', 'listDisclosures', { communityId: own(), text: '印章' })
    expect(byText.ok && byText.data.rows.map((r: { categoryLabel: string }) => r.categoryLabel)).toEqual(['印章使用情况'])
    const paged = await call('owner', 'listDisclosures', { communityId: own(), limit: 2 })
    expect(paged).toMatchObject({ ok: true, data: { nextOffset: 2 } })
  })

  it('reaches owners of the community and the street office of its street, not others', async () => {
    expect(await call('streetReviewer', 'listDisclosures', { communityId: own() })).toMatchObject({ ok: true })
    expect(await call('streetReviewer', 'listDisclosures', { communityId: h.world.community('other') })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await call('owner', 'listDisclosures', { communityId: h.world.community('other') })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })
})

test('display ends are checked against the day of publishing', () => {
  expect(displayUntil(h.world, 15) >= addDays(formatDay(h.emulator.clock.now()), 15)).toBe(true)
})
