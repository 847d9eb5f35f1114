/**
 * H5 end to end, in headless Chromium against the local emulator and the demo seed: the committee member 周敏
 * opens the demo course 业主大会和业委会基础知识 (a 10-second video in the emulator's storage) from 宣传培训,
 * plays part of it (the real <video>, muted), reloads and finds the player back at the saved position with her
 * progress; jumping ahead to the end does not complete the course; watching it through does (已完成), and her
 * 完成必修课程 to-do closes.
 */
import type { Locator, Page } from 'playwright-core'
import { DEMO } from '../seed/index'
import { DEMO_COURSE } from '../seed/trainingDemo'
import { describeH5, useH5 } from './h5'

const member = DEMO.members[0]

describeH5('宣传培训: a committee member watches the demo course (H5)', () => {
  jest.setTimeout(120_000)
  const h5 = useH5({ personas: { member: member.openid }, pageTimeoutMs: 30_000 })

  const courseId = async () => {
    const [course] = await h5.emu.query<{ _id: string }>('courses', { title: DEMO_COURSE.title })
    return course._id
  }
  const progress = async () => {
    const [p] = await h5.emu.query<{ position: number; completedAt: unknown }>('courseProgress', {
      _id: `progress:${await courseId()}:${member.openid}`,
    })
    return p
  }
  const video = (p: Page) => p.locator('video').first()
  const progressText = (p: Page) => p.locator('.training__progress:visible')
  const play = (v: Locator) =>
    v.evaluate(async (el: HTMLVideoElement) => {
      el.muted = true
      await el.play()
    })

  test('progress survives a reload, seeking ahead does not complete, watching through does', async () => {
    const m = h5.pages.member
    await h5.open(m, '/pages/home/index')
    await m.locator('.at-list__item:visible', { hasText: '宣传培训' }).click()
    await m.locator('.list-card:visible', { hasText: DEMO_COURSE.title }).click()
    await progressText(m).filter({ hasText: '已学 0%' }).waitFor()

    // The cloud:// file id plays from the emulator's storage.
    const v = video(m)
    expect(await v.evaluate((el: HTMLVideoElement) => el.currentSrc)).toContain(`/storage/${DEMO_COURSE.cloudPath}`)
    await play(v)
    await m.waitForFunction((el) => (el as HTMLVideoElement).currentTime >= 4, await v.elementHandle())
    await v.evaluate((el: HTMLVideoElement) => el.pause())
    await progressText(m)
      .filter({ hasText: /已学 [1-9]\d%/ })
      .waitFor()
    const watched = (await progressText(m).innerText()).trim()
    const saved = (await progress()).position
    expect(saved).toBeGreaterThan(3)

    // Reload: the player starts where she stopped, and shows the same progress.
    await h5.open(m, `/packages/training/pages/course/index?id=${await courseId()}&communityId=${DEMO.community.id}`)
    await progressText(m).filter({ hasText: watched }).waitFor()
    const resumed = video(m)
    await m.waitForFunction(
      ([el, at]) => (el as HTMLVideoElement).readyState >= 1 && Math.abs((el as HTMLVideoElement).currentTime - (at as number)) < 0.5,
      [await resumed.elementHandle(), saved] as const,
    )

    // Jump to just before the end and let it finish: only the last moment counts, the course is not complete.
    await resumed.evaluate(async (el: HTMLVideoElement) => {
      el.muted = true
      el.currentTime = el.duration - 0.5
      await el.play()
    })
    await m.waitForFunction(() => document.querySelector('video')?.ended === true)
    await waitUntil(async () => (await progress()).position > DEMO_COURSE.durationS - 1)
    expect((await progress()).completedAt).toBeNull()
    await progressText(m)
      .filter({ hasText: /已学 [1-8]\d%/ })
      .waitFor()
    expect(await m.locator('.training__done:visible').count()).toBe(0)

    // Back to the start and through to the end: 已完成, and her 完成必修课程 to-do is done.
    await resumed.evaluate(async (el: HTMLVideoElement) => {
      el.currentTime = 0
      await el.play()
    })
    await m.locator('.training__done:visible', { hasText: '已完成' }).waitFor({ timeout: 60_000 })
    const [todo] = await h5.emu.query<{ status: string; outcome: string }>('todos', {
      _id: `todo:trainingRequired:${await courseId()}:${DEMO.community.id}:${member.openid}`,
    })
    expect(todo).toMatchObject({ status: 'done', outcome: 'completed' })
  })
})

/** Polls a server-side condition (the report the page sent has landed); the test's timeout bounds it. */
async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 100))
}
