/**
 * H5 end to end: the 消息 tab of the street reviewer. A vote the director submitted (set up by
 * function calls; vote.e2e.test.ts drafts one through the pages) is her to-do; 办理 opens the vote,
 * she approves it there, and back on 消息 the review has left 待办 for 已办, where its history
 * shows (待办 now holds the statistics confirmation the approval opened).
 */
import type { Page } from 'playwright-core'
import { DEMO } from '../seed/index'
import { DAY, describeH5, must, useH5 } from './h5'
import { button, confirmDialog } from './pageActions'

const TITLE = '关于增设电动自行车充电桩的表决'

describeH5("the street reviewer's 消息 tab (H5)", () => {
  const h5 = useH5({
    personas: { reviewer: DEMO.streetReviewer.openid },
    async setup(emu) {
      const now = emu.clock.now()
      const as = { openid: DEMO.director.openid }
      const draft = must(
        await emu.call<{ id: string }>(
          'manageVote',
          {
            action: 'createDraft',
            communityId: DEMO.community.id,
            title: TITLE,
            description: '在3栋架空层增设充电桩。',
            items: [{ text: '同意增设电动自行车充电桩', class: 'ordinary' }],
            scope: { kind: 'community' },
            startAt: now + DAY,
            endAt: now + 8 * DAY,
            followMajorityCounts: false,
          },
          as,
        ),
      )
      must(await emu.call('manageVote', { action: 'submit', voteId: draft.id }, as))
    },
  })
  const todo = (p: Page) => p.locator('.todo:visible', { hasText: TITLE })

  test('the submitted vote is on 待办, with the count on the tab', async () => {
    const p = h5.pages.reviewer
    await h5.open(p, '/pages/messages/index')
    await todo(p).locator('.todo__title', { hasText: '审核投票申请' }).waitFor()
    await p.locator('.messages__tab--on', { hasText: '待办' }).locator('.messages__count', { hasText: /^1$/ }).waitFor()
    // People read roles and names, never ids.
    expect(await todo(p).innerText()).not.toMatch(/todo:|dev-/)
  })

  test('办理 opens the vote; once approved it leaves 待办 for 已办 with its history', async () => {
    const p = h5.pages.reviewer
    await button(todo(p), '办理').click()
    await button(p, '审核通过').click()
    await confirmDialog(p)
    await p.locator('.yw-state-tag', { hasText: '审核通过' }).waitFor()

    await h5.open(p, '/pages/messages/index')
    // The review has left 待办; what waits now is the confirmation of the statistics to come.
    await todo(p).locator('.todo__title', { hasText: '确认投票统计结果' }).waitFor()
    expect(await todo(p).count()).toBe(1)
    await expect(todo(p).locator('.todo__title', { hasText: '审核投票申请' }).count()).resolves.toBe(0)
    await p.locator('.messages__tab', { hasText: '已办' }).click()
    await todo(p).locator('.todo__outcome', { hasText: '审核通过' }).waitFor()
    await button(todo(p), '办理记录').click()
    await todo(p).locator('.todo__event', { hasText: '业委会主任 发起' }).waitFor()
    await todo(p).locator('.todo__event', { hasText: '街道办审核人 办理：审核通过' }).waitFor()
  }, 60_000)
})
