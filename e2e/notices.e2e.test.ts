/**
 * H5 end to end: 通知消息. The district centre (何静) publishes a notice needing a reply through the
 * pages; the director (赵志强) sees the badge on the 消息 tab, finds it under 我接收的消息 and as a
 * 待办, handles it from its page with a reply, and it moves to 已办; the centre's dashboard shows it
 * replied. A notice needing no reply (published by a call) shows read once the director opened it.
 */
import type { Page } from 'playwright-core'
import { DEMO } from '../seed/index'
import { describeH5, must, useH5 } from './h5'
import { button, choose, field } from './pageActions'

const TITLE = '关于开展高空抛物隐患排查的通知'
const PLAIN = '关于垃圾分类宣传周的通知'

describeH5('通知消息 (H5)', () => {
  const h5 = useH5({
    personas: { centre: DEMO.districtCentre.openid, director: DEMO.director.openid },
    async setup(emu) {
      const as = { openid: DEMO.districtCentre.openid }
      const draft = must(
        await emu.call<{ id: string }>(
          'notices',
          {
            action: 'saveDraft',
            title: PLAIN,
            body: '请各小区张贴宣传材料。',
            replyRequired: false,
            target: { kind: 'district', district: DEMO.community.district },
          },
          as,
        ),
      )
      must(await emu.call('notices', { action: 'publishNotice', noticeId: draft.id }, as))
    },
  })
  const noticeId = async (title: string) => (await h5.emu.query<{ _id: string }>('notices', { title }))[0]._id
  const dashboard = async (p: Page, title: string) => {
    await h5.open(p, `/packages/notices/pages/dashboard/index?noticeId=${await noticeId(title)}`)
    return p.locator('.nt-card:visible', { hasText: '接收情况' }).locator('.nt-card__status')
  }

  test('the district centre publishes a notice that needs a reply', async () => {
    const p = h5.pages.centre
    await h5.open(p, '/packages/notices/pages/edit/index')
    await field(p, '通知标题').fill(TITLE)
    await p.locator('textarea[placeholder="通知内容"]:visible').fill('请于一周内排查并回复排查情况。')
    await choose(p, '需要回复')
    await choose(p, '整个区')
    await button(p, '发布').click()
    await p.locator('.nt-card__title:visible', { hasText: '接收情况' }).waitFor()
    expect(await p.locator('.nt-card__status:visible').first().innerText()).toMatch(/已回复0/)
  }, 60_000)

  test('the director sees the badge and the notice on the 消息 tab, and handles its to-do with a reply', async () => {
    const p = h5.pages.director
    await h5.open(p, '/pages/home/index')
    await p.locator('.weui-badge:visible').first().waitFor()
    await h5.open(p, '/pages/messages/index')
    const row = p.locator('.todo:visible', { hasText: TITLE })
    await row.locator('.todo__outcome', { hasText: '未读' }).waitFor()
    expect(await row.innerText()).not.toMatch(/notice-|dev-/)

    await p.locator('.messages__tab', { hasText: '待办' }).click()
    const todo = p.locator('.todo:visible', { hasText: '回复通知' }).filter({ hasText: TITLE })
    await button(todo, '办理').click()
    await p.locator('.nt-card__status:visible', { hasText: '本小区：已读' }).waitFor()
    await p.locator('textarea[placeholder="请填写回复内容"]:visible').fill('已完成排查，未发现隐患。')
    await button(p, '提交回复').click()
    await p
      .locator('.nt-card:visible', { hasText: '当前回复' })
      .locator('.nt-card__body', { hasText: '已完成排查，未发现隐患。' })
      .waitFor()

    await h5.open(p, '/pages/messages/index')
    await p.locator('.messages__tab', { hasText: '已办' }).click()
    await p.locator('.todo:visible', { hasText: TITLE }).locator('.todo__outcome', { hasText: '已回复' }).waitFor()
  }, 60_000)

  test("the centre's dashboard shows it replied", async () => {
    const status = await dashboard(h5.pages.centre, TITLE)
    await status.filter({ hasText: '已回复1' }).waitFor()
  }, 60_000)

  test('a notice needing no reply shows read once the director opened it', async () => {
    const p = h5.pages.director
    await h5.open(p, '/pages/messages/index')
    await p.locator('.todo:visible', { hasText: PLAIN }).click()
    await p.locator('.nt-card__status:visible', { hasText: '本小区：已读' }).waitFor()
    const status = await dashboard(h5.pages.centre, PLAIN)
    await status.filter({ hasText: '已读1' }).waitFor()
  }, 60_000)
})
