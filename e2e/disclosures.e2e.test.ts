/**
 * H5 end to end, in headless Chromium against the local emulator and the demo seed: the director
 * publishes a disclosure on the real pages, an owner finds and reads it, the director voids it with
 * a reason, and the owner sees it voided with that reason. A filled template with one bad row,
 * picked on the import page, imports nothing and names the row. Then the property project manager's
 * transfer notice reaches the owner with the year's total.
 */
import type { Page } from 'playwright-core'
import { DEMO } from '../seed/index'
import { addDays, formatDay } from '../core/format/time'
import { filledTemplate } from '../server/testing/disclosureFixtures'
import { describeH5, must, useH5 } from './h5'
import { button, field } from './pageActions'

/** An input of the page on top (H5 keeps the list page's filter with the same placeholder hidden underneath). */
const visibleField = (page: Page, placeholder: string) => page.locator(`input[placeholder="${placeholder}"]:visible`).first()

const TITLE = '2026年第四季度保洁服务安排'
const REASON = '服务时间写错，另行发布'
const PAGES = {
  list: '/packages/disclosures/pages/list/index',
  import: '/packages/disclosures/pages/import/index',
  transfers: '/packages/disclosures/pages/transfers/index',
}

describeH5('信息公开 and 大额资金转账公示 (H5)', () => {
  jest.setTimeout(90_000)
  const h5 = useH5({
    personas: { director: DEMO.director.openid, owner: DEMO.owner.openid },
    pageTimeoutMs: 20_000,
  })

  test('the director publishes; the owner lists and reads it', async () => {
    const director = h5.pages.director
    await h5.open(director, PAGES.list)
    await button(director, '发布信息公开').click()
    await field(director, '请输入标题').fill(TITLE)
    await visibleField(director, '如 2026年第三季度').fill('2026年第四季度')
    await director.locator('textarea[placeholder="请输入公开的内容"]').fill('每日保洁两次，周末一次。')
    await button(director, '发布').click()
    await director.locator('.detail__text', { hasText: TITLE }).waitFor()
    await director.locator('.list-card__tag', { hasText: '已发布' }).first().waitFor()

    const owner = h5.pages.owner
    await h5.open(owner, PAGES.list)
    await owner.locator('.disclosure-card', { hasText: TITLE }).click()
    await owner.locator('.detail__text', { hasText: TITLE }).waitFor()
    await owner.locator('.detail__value:visible', { hasText: '物业服务事项' }).first().waitFor()
    expect(await owner.locator('.at-button', { hasText: '作废' }).count()).toBe(0)
  })

  test('the director voids it with a reason; the owner sees it voided, with why', async () => {
    const director = h5.pages.director
    await h5.open(director, PAGES.list)
    await director.locator('.disclosure-card', { hasText: TITLE }).click()
    await button(director, '作废').click()
    await director.locator('.reason-modal__input textarea').fill(REASON)
    await director.locator('.reason-modal__confirm', { hasText: '确认作废' }).click()
    await director.locator('.voided-note', { hasText: REASON }).waitFor()

    const owner = h5.pages.owner
    await h5.open(owner, PAGES.list)
    const card = owner.locator('.disclosure-card', { hasText: TITLE })
    await card.locator('.list-card__tag', { hasText: '已作废' }).waitFor()
    await card.click()
    await owner.locator('.voided-note', { hasText: `此信息已作废：${REASON}` }).waitFor()
    const [doc] = await h5.emu.query<{ status: string; voided: { reason: string } }>('disclosures', { title: TITLE })
    expect(doc).toMatchObject({ status: 'voided', voided: { reason: REASON } })
  })

  test('a template with one bad row imports nothing and names the row', async () => {
    const until = addDays(formatDay(h5.emu.clock.now()), 20)
    const row = (title: string, category = '物业服务事项') => ({
      category,
      title,
      period: '2026年第四季度',
      body: '保洁、绿化',
      displayUntil: until,
    })
    const buffer = await filledTemplate([row('导入一'), row('导入二', '随便写'), row('导入三')])
    const director = h5.pages.director
    await h5.open(director, `${PAGES.import}?communityId=${encodeURIComponent(DEMO.community.id)}`)
    const [chooser] = await Promise.all([director.waitForEvent('filechooser'), button(director, '选择文件').click()])
    await chooser.setFiles({
      name: '信息公开导入.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    })
    await director.locator('.import-problem', { hasText: '第4行：公开类别“随便写”不在可选的类别中' }).waitFor()
    expect(await director.locator('.import-problem').count()).toBe(1)
    expect(await director.locator('.at-button', { hasText: '确认导入' }).count()).toBe(0)
    const imported = await h5.emu.query('disclosures', { communityId: DEMO.community.id, importId: { $ne: null } })
    expect(imported).toEqual([])
    expect(await h5.emu.query('disclosureImports', { communityId: DEMO.community.id })).toEqual([])
  })

  test('a transfer the property manager publishes reaches the owner with the year’s total', async () => {
    // The demo's common-fund account, or one made for this run.
    let [account] = await h5.emu.query<{ _id: string }>('fundAccounts', { communityId: DEMO.community.id, status: 'active' })
    if (!account) {
      account = { _id: 'e2e-fund' }
      await h5.emu.insert('fundAccounts', [
        {
          _id: account._id,
          communityId: DEMO.community.id,
          bank: '工商银行',
          accountName: '业主大会',
          accountNumber: '6222000011112222333',
          signedOn: '2024-02-01',
          status: 'active',
          updatedAt: new Date(),
        },
      ])
    }
    const year = new Date(h5.emu.clock.now()).getUTCFullYear()
    must(
      await h5.emu.call(
        'disclosures',
        {
          action: 'publishTransfer',
          communityId: DEMO.community.id,
          accountId: account._id,
          amountFen: 12_345_600,
          payeeName: '深圳某电梯工程公司',
          payeeAccount: '6222000099998888',
          purpose: '电梯大修',
          basisKind: 'contract',
          basisRef: '电梯维修合同第3号',
          plannedOn: `${year}-06-30`,
        },
        { openid: DEMO.propertyManager.openid },
      ),
    )
    const owner = h5.pages.owner
    await h5.open(owner, PAGES.transfers)
    await owner.locator('.transfers__totals', { hasText: '电梯大修' }).getByText('123,456.00元（1笔）').waitFor()
    await owner.locator('.list-card', { hasText: '深圳某电梯工程公司' }).waitFor()
  })
})
