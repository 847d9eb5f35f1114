/**
 * H5 end to end, in headless Chromium against the local emulator and the demo seed: the district
 * centre (何静) goes from her home page through 辖区小区 to 桃源居·翠湖苑, adds a bad credit record
 * with its source document, and the owner 王秀兰 sees it under 信用信息; the district centre then
 * voids it with a reason, and the owner sees it marked voided with that reason.
 */
import { DEMO } from '../seed/index'
import { describeH5, useH5 } from './h5'
import { button, confirmDialog, field, waitForToast } from './pageActions'

const REASON = '未按期公开2023年度共有资金收支情况'
const SOURCE_NAME = '南山区住房中心通报〔2024〕7号'
const SOURCE_FILE = { name: '通报.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% 通报\n') }
const VOID_REASON = '录入重复'

const PAGES = {
  home: '/pages/home/index',
  govCredit: `/packages/gov/pages/credit/index?communityId=${DEMO.community.id}`,
  ownerCredit: '/packages/committee/pages/credit/index',
  govCommunity: `/packages/gov/pages/community/index?communityId=${DEMO.community.id}`,
}

describeH5("the street office and the district centre keep a committee's records (H5)", () => {
  jest.setTimeout(60_000)
  const h5 = useH5({
    personas: { district: DEMO.districtCentre.openid, owner: DEMO.owner.openid, street: DEMO.streetReviewer.openid },
    pageTimeoutMs: 15_000,
  })

  test("she finds 桃源居·翠湖苑 among her district's communities and adds a bad record with its source", async () => {
    const d = h5.pages.district
    await h5.open(d, PAGES.home)
    await d.locator('.at-list__item:visible', { hasText: '辖区小区' }).click()
    // Both demo communities are in 南山区; the district centre reaches them both.
    await d.locator('.gov-entry:visible', { hasText: DEMO.secondCommunity.name }).waitFor()
    await d.locator('.gov-entry:visible', { hasText: DEMO.community.name }).click()
    await d.locator('.gov-header:visible', { hasText: DEMO.community.street }).waitFor()
    await d.locator('.gov-entry:visible', { hasText: '信用信息维护' }).click()
    await button(d, '添加不良信息').click()

    await field(d, '如：区住房中心通报').fill(SOURCE_NAME)
    await d.locator('textarea[placeholder="请写明发生了什么（必填）"]').fill(REASON)
    const [chooser] = await Promise.all([d.waitForEvent('filechooser'), button(d, '上传依据文件').click()])
    await chooser.setFiles(SOURCE_FILE)
    await d.locator('.file-list__name:visible', { hasText: SOURCE_FILE.name }).waitFor()
    await button(d, '保存').click()

    await waitForToast(d, '已添加')
    await d.locator('.gov-record:visible', { hasText: REASON }).waitFor()
    const [record] = await h5.emu.query<{ kind: string; sourceName: string; source: { name: string } | null }>('creditRecords', {
      reason: REASON,
    })
    expect(record).toMatchObject({ kind: 'bad', sourceName: SOURCE_NAME, source: { name: SOURCE_FILE.name } })
  })

  test('the owner sees it under 信用信息 → 不良信息, with its source', async () => {
    const o = h5.pages.owner
    await h5.open(o, PAGES.ownerCredit)
    await o.locator('.at-segmented-control__item', { hasText: '不良信息' }).click()
    const card = o.locator('.list-card:visible', { hasText: REASON })
    await card.getByText(`依据：${SOURCE_NAME}`).waitFor()
    await card.getByText(SOURCE_FILE.name).waitFor()
  })

  test('she voids it with a reason; the owner sees it voided, and why', async () => {
    const d = h5.pages.district
    await h5.open(d, PAGES.govCredit)
    await button(d.locator('.gov-record:visible', { hasText: REASON }), '作废').click()
    await d.locator('.gov-void__reason textarea').fill(VOID_REASON)
    await confirmDialog(d)
    await waitForToast(d, '已作废')
    await d.locator('.gov-record:visible', { hasText: REASON }).getByText(`作废原因：${VOID_REASON}`).waitFor()

    const o = h5.pages.owner
    await h5.open(o, PAGES.ownerCredit)
    await o.locator('.at-segmented-control__item', { hasText: '不良信息' }).click()
    const card = o.locator('.list-card:visible', { hasText: REASON })
    await card.getByText('已作废').waitFor()
    await card.getByText(`作废原因：${VOID_REASON}`).waitFor()
  })

  test('the street office enters a filing and the district centre a training result; both show under 信息综合查询', async () => {
    const s = h5.pages.street
    await h5.open(s, PAGES.govCommunity)
    await s.locator('.gov-entry:visible', { hasText: '信息综合查询' }).waitFor()
    // Training results are entered by the district and city centres only.
    expect(await s.locator('.gov-entry', { hasText: '录入培训结果' }).count()).toBe(0)
    await s.locator('.gov-entry:visible', { hasText: '录入备案' }).click()
    await field(s, '如：南山备2024-012').fill('南山桃源备2024-031')
    for (const label of ['任期开始', '任期结束']) {
      await s.locator('.form__row:visible', { hasText: label }).locator('.form__value').click()
      await s.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
    }
    await button(s, '保存').click()
    await waitForToast(s, '备案已录入')
    const [filing] = await h5.emu.query<{ note: string; status: string }>('filings', {
      communityId: DEMO.community.id,
      note: { $regex: '南山桃源备2024-031' },
    })
    expect(filing).toMatchObject({ status: 'filed', note: '备案编号：南山桃源备2024-031' })

    // Filed today, so it is the newest filing; its detail shows the number.
    await s.locator('.gov-entry:visible', { hasText: '信息综合查询' }).click()
    await s.locator('.list-card:visible').first().click()
    await s.getByText('备案编号：南山桃源备2024-031').waitFor()

    const d = h5.pages.district
    await h5.open(d, PAGES.govCommunity)
    await d.locator('.gov-entry:visible', { hasText: '录入培训结果' }).click()
    await field(d, '参加培训的人员').fill(DEMO.director.name)
    await field(d, '如：物业管理条例').fill('业主大会议事规则')
    await button(d, '保存').click()
    await waitForToast(d, '培训结果已录入')

    await d.locator('.gov-entry:visible', { hasText: '信息综合查询' }).click()
    await d.locator('.at-segmented-control__item:visible', { hasText: '培训结果' }).click()
    await d.locator('.list-card:visible', { hasText: '业主大会议事规则' }).getByText(DEMO.director.name).waitFor()
  })
})
