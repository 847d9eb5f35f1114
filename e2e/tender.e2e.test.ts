/**
 * H5 end to end, in headless Chromium against the local emulator and the demo seed: the director 赵志强 has
 * registered a tender project; the city platform's signed push moves its timeline and gives the committee a
 * to-do, while a push with a bad signature changes nothing.
 */
import { randomUUID } from 'node:crypto'
import { DEMO } from '../seed/index'
import { LOCAL_TENDER_SECRET } from '../server/tender/push'
import { pushHeaders } from '../server/tender/signature'
import { describeH5, must, useH5 } from './h5'
import { button } from './pageActions'

const PROJECT_NO = 'ZB2026-0088'
const PROJECT_ID = `tp-${PROJECT_NO}`
const PAGE = `/packages/tender/pages/project/index?id=${PROJECT_ID}`

describeH5('招标投标管理: a signed push moves the timeline (H5)', () => {
  jest.setTimeout(60_000)
  const h5 = useH5({
    personas: { director: DEMO.director.openid },
    setup: async (emu) => {
      must(
        await emu.call(
          'tender',
          { action: 'register', communityId: DEMO.community.id, projectNo: PROJECT_NO, title: '小区电梯更新改造工程' },
          {
            openid: DEMO.director.openid,
          },
        ),
      )
    },
    pageTimeoutMs: 15_000,
  })

  const post = async (stage: string, secret: string, details: object = {}) => {
    const raw = JSON.stringify({ projectNo: PROJECT_NO, stage, version: 1, occurredAt: h5.emu.clock.now(), details })
    const res = await fetch(`${h5.emu.url}/http/tenderPush`, {
      method: 'POST',
      headers: pushHeaders(secret, raw, h5.emu.clock.now(), randomUUID()),
      body: raw,
    })
    return res.status
  }

  test('the timeline shows the pushed stage with its sync time, and a badly signed push changes nothing', async () => {
    const d = h5.pages.director
    await h5.open(d, PAGE)
    await d.locator('.list-card__meta:visible', { hasText: '等待招标平台同步' }).waitFor()

    expect(await post('filingApplied', LOCAL_TENDER_SECRET)).toBe(200)
    expect(await post('filingReviewed', 'a-forged-secret')).toBe(401)

    await h5.open(d, PAGE)
    await d.locator('.tender__step-title:visible', { hasText: '招标文件备案申请' }).waitFor()
    await d.locator('.tender__step:visible', { hasText: '同步于' }).first().waitFor()
    expect(await d.locator('.tender__step-title:visible', { hasText: '备案审核' }).count()).toBe(0)
    const todos = await h5.emu.query<{ status: string; kind: string }>('todos', { _id: `todo:tenderStage:${PROJECT_ID}` })
    expect(todos).toMatchObject([{ status: 'open', kind: 'tenderStage' }])
  })

  test('the director turns on 接收进度提醒; the next stage reaches her once, and a broken statutory clock shows in plain words', async () => {
    const d = h5.pages.director
    await h5.open(d, PAGE)
    await button(d, '接收进度提醒').click()
    await d.locator('.tender__alerts:visible', { hasText: '已开启' }).waitFor()
    expect(await h5.emu.query('subscriptions', { openid: DEMO.director.openid, templateId: 'local-tender-stage' })).toMatchObject([
      { remaining: 1 },
    ])

    const now = h5.emu.clock.now()
    expect(await post('filingReviewed', LOCAL_TENDER_SECRET, { reviewResult: 'approved' })).toBe(200)
    // Ten days from issuing the documents to the deadline: the 20 days of the law are broken.
    expect(await post('noticePublished', LOCAL_TENDER_SECRET, { documentsIssuedAt: now, bidDeadline: now + 10 * 86_400_000 })).toBe(200)
    const messages = (await h5.emu.outbox('subscribe')).filter((m) => m.templateId === 'local-tender-stage')
    expect(messages.map((m) => [m.to, m.data.thing2.value])).toEqual([[DEMO.director.openid, '备案审核']])

    await h5.open(d, PAGE)
    await d.locator('.tender__warning:visible').first().waitFor()
    const shown = await d.locator('.tender__warning:visible').allInnerTexts()
    expect(shown.join('')).toMatch(/20/)
    expect(shown.join('')).not.toMatch(/[A-Za-z]/)
  })
})
