/**
 * H5 end to end: an elderly owner's reading of the app. A walk through the app's pages (an owner,
 * the director, the street reviewer; the H5 date picker open) is measured at 320 and 390 px wide,
 * first at normal size, then after 我的 → 大字模式: no tappable element under 44 px high, no text
 * under 16 px (the tab bar's labels excepted), nothing wider than the screen, no text cut off.
 */
import type { Page } from 'playwright-core'
import { DEMO } from '../seed/index'
import { DAY, describeH5, must, useH5 } from './h5'
import { measurePage, type PageProblems } from './measure'
import { tappableSelector } from './tappables'

const WIDTHS = [320, 390] as const
const TITLE = '关于增设电动自行车充电桩的表决'

type Persona = 'owner' | 'director' | 'reviewer'

const COMMUNITY = DEMO.community.id
/** The walk: who opens which page (hash route). `{vote}` is the draft the setup makes. */
const WALK: Array<{ as: Persona; path: string }> = [
  { as: 'owner', path: '/pages/home/index' },
  { as: 'owner', path: '/pages/messages/index' },
  { as: 'owner', path: '/pages/mine/index' },
  { as: 'owner', path: '/packages/account/pages/privacy/index' },
  { as: 'owner', path: '/packages/vote/pages/open/index' },
  { as: 'owner', path: '/packages/vote/pages/my-ballots/index' },
  { as: 'owner', path: '/packages/account/pages/delegates/index' },
  { as: 'owner', path: '/packages/account/pages/delegate-bind/index' },
  { as: 'owner', path: '/packages/account/pages/face/index' },
  { as: 'owner', path: '/packages/account/pages/me/index' },
  { as: 'owner', path: '/packages/bind/pages/owner/index' },
  { as: 'owner', path: '/packages/committee/pages/credit/index' },
  { as: 'owner', path: '/packages/verify/pages/index/index' },
  { as: 'director', path: '/pages/home/index' },
  { as: 'director', path: '/packages/account/pages/staff/index' },
  { as: 'director', path: '/packages/account/pages/people/index' },
  { as: 'director', path: '/packages/account/pages/staff-bind/index' },
  { as: 'director', path: `/packages/committee/pages/members/index?communityId=${COMMUNITY}` },
  { as: 'director', path: `/packages/committee/pages/member-edit/index?communityId=${COMMUNITY}` },
  { as: 'director', path: `/packages/committee/pages/records/index?communityId=${COMMUNITY}` },
  { as: 'director', path: `/packages/committee/pages/meetings/index?communityId=${COMMUNITY}` },
  { as: 'director', path: `/packages/committee/pages/meeting-edit/index?communityId=${COMMUNITY}` },
  { as: 'director', path: `/packages/committee/pages/funds/index?communityId=${COMMUNITY}` },
  { as: 'director', path: `/packages/vote/pages/manage/index?communityId=${COMMUNITY}` },
  { as: 'director', path: `/packages/vote/pages/edit/index?communityId=${COMMUNITY}` },
  { as: 'director', path: '/packages/vote/pages/detail/index?voteId={vote}&as=committee' },
  { as: 'reviewer', path: '/packages/vote/pages/review/index' },
  { as: 'reviewer', path: '/packages/gov/pages/communities/index' },
  { as: 'reviewer', path: `/packages/gov/pages/community/index?communityId=${COMMUNITY}` },
  { as: 'reviewer', path: `/packages/gov/pages/credit/index?communityId=${COMMUNITY}` },
  { as: 'reviewer', path: `/packages/gov/pages/filing-add/index?communityId=${COMMUNITY}` },
]

describeH5('large text and large tap targets on every page of a walk (H5)', () => {
  jest.setTimeout(300_000)
  let voteId = ''
  const h5 = useH5({
    personas: { owner: DEMO.owner.openid, director: DEMO.director.openid, reviewer: DEMO.streetReviewer.openid },
    pageTimeoutMs: 20_000,
    async setup(emu) {
      const now = emu.clock.now()
      const draft = must(
        await emu.call<{ id: string }>(
          'manageVote',
          {
            action: 'createDraft',
            communityId: COMMUNITY,
            title: TITLE,
            description: '在3栋架空层增设充电桩。',
            items: [{ text: '同意增设电动自行车充电桩', class: 'ordinary' }],
            scope: { kind: 'community' },
            startAt: now + DAY,
            endAt: now + 8 * DAY,
            followMajorityCounts: false,
          },
          { openid: DEMO.director.openid },
        ),
      )
      voteId = draft.id
    },
  })
  const selector = tappableSelector()

  /** Opens a page and waits until what it loads has come (no 正在加载… left). */
  async function openSettled(page: Page, pagePath: string): Promise<void> {
    await h5.open(page, pagePath.replace('{vote}', voteId))
    await page.locator('.taro_page:visible').first().waitFor()
    await page.waitForLoadState('networkidle')
    await page.waitForFunction(
      () => !Array.from(document.querySelectorAll('.remote-view__hint')).some((e) => e.textContent?.includes('正在加载')),
    )
  }

  async function walk(): Promise<PageProblems[]> {
    const found: PageProblems[] = []
    for (const width of WIDTHS) {
      for (const step of WALK) {
        const page = h5.pages[step.as]
        await page.setViewportSize({ width, height: 800 })
        await openSettled(page, step.path)
        found.push(await measurePage(page, `${step.as} ${step.path} @${width}`, selector))
        if (step.path.includes('meeting-edit')) {
          // The H5 date picker, open: its 取消 / 确定 are measured too.
          await page.locator('.form__row:visible', { hasText: '会议日期' }).click()
          await page.locator('.weui-picker__action:visible').first().waitFor()
          found.push(await measurePage(page, `date picker @${width}`, selector))
        }
      }
    }
    return found.filter((p) => p.problems.length > 0)
  }

  async function rootFontPx(page: Page): Promise<number> {
    return page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  }

  test('at normal size', async () => {
    expect(await walk()).toEqual([])
    expect(await rootFontPx(h5.pages.owner)).toBe(16)
  })

  test('an input takes the focus from its whole row, its label included', async () => {
    const page = h5.pages.owner
    await openSettled(page, '/packages/bind/pages/owner/index')
    await page.locator('.at-input__title:visible', { hasText: '姓名' }).click()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe('请输入姓名')
  })

  test('after 我的 → 大字模式 (kept across reloads, text a quarter larger)', async () => {
    for (const persona of ['owner', 'director', 'reviewer'] as const) {
      const page = h5.pages[persona]
      await openSettled(page, '/pages/mine/index')
      await page.locator('.mine__switch:visible').click()
      await page.locator('.mine__switch:visible[aria-checked="true"]').waitFor()
    }
    await openSettled(h5.pages.owner, '/pages/home/index')
    expect(await rootFontPx(h5.pages.owner)).toBe(20)
    expect(await walk()).toEqual([])
  })
})
