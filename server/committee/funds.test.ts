import { startHarness, type Harness } from '../testing/harness'

/** 共有资金 (entered or imported by the operator, shown masked) and 信用信息 (entered by the district centre). */
let h: Harness
beforeAll(async () => {
  h = await startHarness('fd')
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.community('own')
const row = (accountNumber: string, communityId = own()) => ({
  communityId,
  bank: '工商银行',
  accountName: '甲花园业主大会',
  accountNumber,
  signedOn: '2024-02-01',
  status: 'active',
})

describe('common-fund bank accounts', () => {
  it('are imported by the operator and shown to owners with only the last 4 digits', async () => {
    const imported = await h.call('console', 'committee', 'importFundAccounts', {
      rows: [row('6222000011112222333'), row('6222000011114444555')],
    })
    expect(imported).toEqual({ ok: true, data: { imported: 2 } })
    const seen = await h.call('owner', 'committee', 'listFundAccounts', { communityId: own() })
    expect(seen.ok && seen.data.accounts.map((a: { accountMasked: string }) => a.accountMasked).sort()).toEqual([
      '**** 2333',
      '**** 3445',
      '**** 4555',
    ])
    expect(JSON.stringify(seen)).not.toContain('6222000011112222333')
  })

  it('import again without duplicates, and one bad row imports nothing', async () => {
    expect(await h.call('operator', 'committee', 'importFundAccounts', { rows: [row('6222000011112222333')] })).toMatchObject({ ok: true })
    const before = h.writes()
    const bad = await h.call('operator', 'committee', 'importFundAccounts', {
      rows: [row('6222000011116666777'), row('6222000011118888999', 'fd-nowhere')],
    })
    expect(bad).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '第2行：小区编号“fd-nowhere”不存在，未导入任何数据' })
    const badNumber = await h.call('operator', 'committee', 'importFundAccounts', { rows: [row('12AB')] })
    expect(badNumber).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('账号应为8到32位数字') })
    expect(h.writes()).toBe(before)
    const seen = await h.call('director', 'committee', 'listFundAccounts', { communityId: own() })
    expect(seen.ok && seen.data.accounts).toHaveLength(3)
  })

  it('can be marked closed by the operator, listed after the active ones', async () => {
    const list = await h.call('operator', 'committee', 'listFundAccounts', { communityId: own() })
    const account = list.ok ? list.data.accounts.find((a: { accountMasked: string }) => a.accountMasked === '**** 3445') : undefined
    const saved = await h.call('operator', 'committee', 'saveFundAccount', {
      ...row('6222020200112233445'),
      accountId: account.id,
      status: 'closed',
    })
    expect(saved).toMatchObject({ ok: true, data: { status: 'closed', statusLabel: '已销户', accountMasked: '**** 3445' } })
    const after = await h.call('owner', 'committee', 'listFundAccounts', { communityId: own() })
    expect(after.ok && after.data.accounts.at(-1)).toMatchObject({ id: account.id, status: 'closed' })
  })

  it("refuses to change an account's number, or to save one under another community, writing nothing", async () => {
    const list = await h.call('operator', 'committee', 'listFundAccounts', { communityId: own() })
    const accountId = list.ok ? list.data.accounts[0].id : ''
    const before = h.writes()
    expect(await h.call('operator', 'committee', 'saveFundAccount', { ...row('6222999988887777666'), accountId })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('账号不能修改'),
    })
    expect(
      await h.call('operator', 'committee', 'saveFundAccount', { ...row('6222999988887777666', h.world.community('other')), accountId }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call('director', 'committee', 'saveFundAccount', row('6222999988887777666'))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(h.writes()).toBe(before)
  })
})

describe('credit information', () => {
  it('is entered by the district centre and read by owners', async () => {
    expect(
      (
        await h.call('districtCentre', 'committee', 'saveCreditBasic', {
          communityId: own(),
          establishedOn: '2018-06-01',
          termStart: '2023-03-01',
          termEnd: '2028-02-28',
          filingNo: '南山备2023-001',
        })
      ).ok,
    ).toBe(true)
    const bad = await h.call('districtCentre', 'committee', 'addCreditRecord', {
      communityId: own(),
      kind: 'bad',
      occurredOn: '2024-02-10',
      reason: '未按期公开账目',
      sourceName: '区住房中心通报',
      source: { fileID: `cloud://local.bucket/committee/${own()}/fd/通报.pdf`, name: '通报.pdf' },
    })
    expect(bad.ok).toBe(true)
    const credit = await h.call('owner', 'committee', 'getCredit', { communityId: own() })
    expect(credit).toMatchObject({
      ok: true,
      data: {
        communityName: '甲花园',
        basic: {
          committeeName: '甲花园业主委员会',
          filingNo: '南山备2023-001',
          termStart: '2023-03-01',
          directorName: 'director人员',
          memberCount: 1,
        },
        good: [expect.objectContaining({ reason: '按时公开账目' })],
        bad: [
          expect.objectContaining({
            reason: '未按期公开账目',
            source: { fileID: `cloud://local.bucket/committee/${own()}/fd/通报.pdf`, name: '通报.pdf' },
          }),
        ],
      },
    })
  })

  it('is voided, never deleted, with a reason', async () => {
    const credit = await h.call('director', 'committee', 'getCredit', { communityId: own() })
    const recordId = credit.ok ? credit.data.bad[0].id : ''
    expect(await h.call('director', 'committee', 'voidCreditRecord', { recordId, reason: '错误' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const voided = await h.call('districtCentre', 'committee', 'voidCreditRecord', { recordId, reason: '录入错误' })
    expect(voided).toMatchObject({ ok: true, data: { voided: true, voidReason: '录入错误' } })
    const after = await h.call('owner', 'committee', 'getCredit', { communityId: own() })
    expect(after.ok && after.data.bad[0]).toMatchObject({ id: recordId, voided: true })
  })

  it("is entered only by the district centre of the community's district", async () => {
    const before = h.writes()
    const input = { communityId: h.world.community('other'), kind: 'good', occurredOn: '2024-02-10', reason: '表扬', sourceName: '通报' }
    expect(await h.call('districtCentre', 'committee', 'addCreditRecord', input)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call('cityCentre', 'committee', 'addCreditRecord', input)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(h.writes()).toBe(before)
  })
})
