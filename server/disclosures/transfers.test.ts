import { startHarness, type Harness } from '../testing/harness'
import { communityFile, freshFundAccount } from '../testing/disclosureFixtures'
import { totalsByPurpose } from './transfers'

/** 大额资金转账公示 (manual 九): the property project manager publishes, executes or voids; owners see the year's totals. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('tr')
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.community('own')
const call = (who: Parameters<Harness['call']>[0], action: string, input: Record<string, unknown>) =>
  h.call(who, 'disclosures', action, input)
const transfer = async (extra: Record<string, unknown> = {}) => ({
  communityId: own(),
  accountId: await freshFundAccount(h.world, 'own'),
  amountFen: 8_000_000,
  payeeName: '某电梯公司',
  payeeAccount: '6222000099998888',
  purpose: '电梯维修',
  basisKind: 'contract',
  basisRef: '电梯维修合同（2026）第3号',
  plannedOn: '2026-12-20',
  ...extra,
})

it('is published by the project manager with the accounts masked, and owners see it with the year’s total', async () => {
  const first = await call('propertyManager', 'publishTransfer', await transfer())
  expect(first).toMatchObject({
    ok: true,
    data: {
      status: 'published',
      statusLabel: '公示中',
      accountLabel: '工商银行 **** 2333',
      payeeAccountMasked: '**** 8888',
      large: true,
      basisLabel: '合同',
      published: { who: expect.stringContaining('物业项目负责人') },
    },
  })
  expect(JSON.stringify(first)).not.toContain('6222000099998888')
  expect(await call('owner', 'getTransfer', { transferId: first.ok ? first.data.id : '' })).toMatchObject({
    ok: true,
    data: { amountFen: 8_000_000 },
  })
  await call('propertyManager', 'publishTransfer', await transfer({ amountFen: 1_000_000, purpose: '外墙清洗' }))
  await call('propertyManager', 'publishTransfer', await transfer({ amountFen: 2_000_000 }))
  const seen = await call('owner', 'listTransfers', { communityId: own(), year: 2026 })
  expect(seen).toMatchObject({
    ok: true,
    data: {
      year: 2026,
      totals: [
        { purpose: '电梯维修', count: 2, totalFen: 10_000_000 },
        { purpose: '外墙清洗', count: 1, totalFen: 1_000_000 },
      ],
    },
  })
  expect(seen.ok && seen.data.rows.find((r: { amountFen: number }) => r.amountFen === 1_000_000)).toMatchObject({ large: false })
})

it('is executed with the bank receipt, or voided with a reason that stays visible; voided counts for nothing', async () => {
  const a = await call('propertyManager', 'publishTransfer', await transfer({ purpose: '消防维保', plannedOn: '2027-01-05' }))
  const b = await call('propertyManager', 'publishTransfer', await transfer({ purpose: '消防维保', plannedOn: '2027-01-06' }))
  const executed = await call('propertyManager', 'executeTransfer', {
    transferId: a.ok ? a.data.id : '',
    actualOn: '2027-01-05',
    receipts: [communityFile(own(), '回单.pdf')],
  })
  expect(executed).toMatchObject({ ok: true, data: { status: 'executed', statusLabel: '已转账', actualOn: '2027-01-05' } })
  const voided = await call('propertyManager', 'voidTransfer', { transferId: b.ok ? b.data.id : '', reason: '重复登记' })
  expect(voided).toMatchObject({ ok: true, data: { status: 'voided', voided: { reason: '重复登记' } } })
  const before = h.writes()
  expect(await call('propertyManager', 'voidTransfer', { transferId: a.ok ? a.data.id : '', reason: '再作废' })).toMatchObject({
    ok: false,
    code: 'TRANSFER_NOT_PUBLISHED',
    message: '只有公示中的转账可以登记转账或作废',
  })
  expect(h.writes()).toBe(before)
  const seen = await call('member', 'listTransfers', { communityId: own(), year: 2027 })
  expect(seen).toMatchObject({ ok: true, data: { totals: [{ purpose: '消防维保', count: 1, totalFen: 8_000_000 }] } })
  expect(seen.ok && seen.data.rows.map((r: { statusLabel: string }) => r.statusLabel).sort()).toEqual(['已作废', '已转账'])
})

it('refuses an account of another community, bad amounts and foreign files, writing nothing', async () => {
  const before = h.writes()
  const other = await freshFundAccount(h.world, 'other')
  expect(await call('propertyManager', 'publishTransfer', await transfer({ accountId: other }))).toMatchObject({
    ok: false,
    code: 'FUND_ACCOUNT_UNUSABLE',
    message: '请选择本小区正在使用的共有资金账户',
  })
  expect(await call('propertyManager', 'publishTransfer', await transfer({ amountFen: 0 }))).toMatchObject({
    ok: false,
    code: 'INVALID_INPUT',
    message: '金额：金额应大于0',
  })
  expect(await call('propertyManager', 'publishTransfer', await transfer({ amountFen: 12.5 }))).toMatchObject({
    ok: false,
    code: 'INVALID_INPUT',
  })
  expect(
    await call(
      'propertyManager',
      'publishTransfer',
      await transfer({ attachments: [communityFile(h.world.community('other'), '合同.pdf')] }),
    ),
  ).toMatchObject({ ok: false, code: 'FOREIGN_FILE' })
  // The fixture accounts are seeded directly, outside the counted writes.
  expect(h.writes()).toBe(before)
  expect(await call('owner', 'publishTransfer', await transfer())).toMatchObject({ ok: false, code: 'FORBIDDEN' })
})

it('publishes a purpose that needs a look and asks the committee to review it', async () => {
  const flagged = await call('propertyManager', 'publishTransfer', await transfer({ purpose: '拉横幅费用' }))
  const [todo] = await h.emulator.query('todos', { _id: `todo:contentReview:${flagged.ok ? flagged.data.id : ''}` })
  expect(todo).toMatchObject({ status: 'open', page: expect.stringContaining('packages/disclosures/pages/transfer/index?id=') })
})

test('yearly totals leave voided transfers out', () => {
  expect(
    totalsByPurpose([
      { purpose: '电梯', amountFen: 100, status: 'published' },
      { purpose: '电梯', amountFen: 50, status: 'voided' },
      { purpose: '绿化', amountFen: 300, status: 'executed' },
    ]),
  ).toEqual([
    { purpose: '绿化', count: 1, totalFen: 300 },
    { purpose: '电梯', count: 1, totalFen: 100 },
  ])
})

it('counts as 大额 from the threshold the director sets for the community', async () => {
  const before = await call('owner', 'listTransfers', { communityId: own(), year: 2028 })
  expect(before).toMatchObject({ ok: true, data: { thresholdFen: 5_000_000 } })
  expect(await call('owner', 'saveTransferRules', { communityId: own(), largeTransferFen: 100_000 })).toMatchObject({
    ok: false,
    code: 'FORBIDDEN',
  })
  expect(await call('director', 'saveTransferRules', { communityId: own(), largeTransferFen: 0 })).toMatchObject({
    ok: false,
    code: 'INVALID_INPUT',
  })
  expect(await call('director', 'saveTransferRules', { communityId: own(), largeTransferFen: 200_000 })).toMatchObject({
    ok: true,
    data: { communityId: own(), largeTransferFen: 200_000 },
  })
  const small = await call('propertyManager', 'publishTransfer', await transfer({ amountFen: 300_000, plannedOn: '2028-02-01' }))
  expect(small).toMatchObject({ ok: true, data: { large: true } })
  expect(await call('owner', 'listTransfers', { communityId: own(), year: 2028 })).toMatchObject({
    ok: true,
    data: { thresholdFen: 200_000 },
  })
  await call('director', 'saveTransferRules', { communityId: own(), largeTransferFen: 5_000_000 })
})

it('lets the director publish a transfer only where the community’s rules say so', async () => {
  await call('director', 'saveTransferRules', { communityId: own(), largeTransferFen: 5_000_000, directorPublishesTransfers: false })
  const before = h.writes()
  expect(await call('director', 'publishTransfer', await transfer({ plannedOn: '2028-03-01' }))).toMatchObject({
    ok: false,
    code: 'DIRECTOR_MAY_NOT_PUBLISH_TRANSFERS',
    message: '本小区的规则没有让业委会主任发布转账公示，请由物业项目负责人发布',
  })
  expect(h.writes()).toBe(before)
  expect(
    await call('director', 'saveTransferRules', { communityId: own(), largeTransferFen: 5_000_000, directorPublishesTransfers: true }),
  ).toMatchObject({ ok: true, data: { directorPublishesTransfers: true } })
  const published = await call('director', 'publishTransfer', await transfer({ plannedOn: '2028-03-02' }))
  expect(published).toMatchObject({ ok: true, data: { published: { who: expect.stringContaining('业委会主任') } } })
  expect(await call('owner', 'listTransfers', { communityId: own(), year: 2028 })).toMatchObject({
    ok: true,
    data: { directorPublishesTransfers: true },
  })
})

it('lets a director who may publish transfers also record or void them, and no director where the rules say no', async () => {
  const rules = (directorPublishesTransfers: boolean) =>
    call('director', 'saveTransferRules', { communityId: own(), largeTransferFen: 5_000_000, directorPublishesTransfers })
  await rules(true)
  const first = await call('director', 'publishTransfer', await transfer({ plannedOn: '2028-05-01' }))
  const second = await call('director', 'publishTransfer', await transfer({ plannedOn: '2028-05-02' }))
  const [a, b] = [first, second].map((r) => (r.ok ? r.data.id : ''))
  expect(await call('director', 'getTransfer', { transferId: a })).toMatchObject({ ok: true, data: { youMayHandle: true } })
  const executed = await call('director', 'executeTransfer', {
    transferId: a,
    actualOn: '2028-05-03',
    receipts: [communityFile(own(), '回单.pdf')],
  })
  expect(executed).toMatchObject({ ok: true, data: { status: 'executed' } })
  await rules(false)
  expect(await call('director', 'getTransfer', { transferId: b })).toMatchObject({ ok: true, data: { youMayHandle: false } })
  expect(await call('owner', 'getTransfer', { transferId: b })).toMatchObject({ ok: true, data: { youMayHandle: false } })
  expect(await call('propertyManager', 'getTransfer', { transferId: b })).toMatchObject({ ok: true, data: { youMayHandle: true } })
  const before = h.writes()
  expect(await call('director', 'voidTransfer', { transferId: b, reason: '金额有误' })).toMatchObject({
    ok: false,
    code: 'DIRECTOR_MAY_NOT_PUBLISH_TRANSFERS',
  })
  expect(h.writes()).toBe(before)
  expect(await call('propertyManager', 'voidTransfer', { transferId: b, reason: '金额有误' })).toMatchObject({
    ok: true,
    data: { status: 'voided' },
  })
})

it('flags several transfers to one payee within 30 days that together pass the threshold, to the committee and the street office', async () => {
  const toPayee = (amountFen: number, plannedOn: string) =>
    transfer({ amountFen, plannedOn, payeeName: '某绿化公司', payeeAccount: '6222000011112222', purpose: '绿化养护' })
  const first = await call('propertyManager', 'publishTransfer', await toPayee(3_000_000, '2029-04-01'))
  expect(first).toMatchObject({ ok: true, data: { large: false, split: null } })
  const second = await call('propertyManager', 'publishTransfer', await toPayee(3_000_000, '2029-04-20'))
  expect(second).toMatchObject({
    ok: true,
    data: { large: false, split: { count: 2, totalFen: 6_000_000, from: '2029-04-01', to: '2029-04-20' } },
  })
  const firstId = first.ok ? first.data.id : ''
  const secondId = second.ok ? second.data.id : ''
  expect(await call('owner', 'getTransfer', { transferId: firstId })).toMatchObject({ ok: true, data: { split: { count: 2 } } })
  const listed = await call('member', 'listTransfers', { communityId: own(), year: 2029 })
  expect(listed.ok && listed.data.rows.every((r: { split: unknown }) => r.split !== null)).toBe(true)
  const [committee] = await h.emulator.query('todos', { _id: `todo:transferSplit:${secondId}` })
  expect(committee).toMatchObject({ status: 'open', assignee: { role: 'committee', communityId: own() } })
  const [street] = await h.emulator.query('todos', { _id: `todo:transferSplitStreet:${secondId}` })
  expect(street).toMatchObject({ status: 'open', assignee: { role: 'streetReviewer' }, page: expect.stringContaining(secondId) })
  const later = await call('propertyManager', 'publishTransfer', await toPayee(1_000_000, '2029-06-30'))
  expect(later).toMatchObject({ ok: true, data: { split: null } })
})
