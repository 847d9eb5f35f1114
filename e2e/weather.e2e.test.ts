/**
 * H5 end to end, in headless Chromium against the local emulator (local weather adapter) and the demo
 * seed: on a rainstorm day the owner 王秀兰 sees the warning banner on her home page, opens 小区气象公告栏
 * (her district, 南山, first), types 福田, picks it from the matches, taps 确定选择 and reads 福田's weather
 * now, the next days, the warning in force and the attribution.
 */
import { joinBeijing } from '../core/format'
import { DEMO } from '../seed/index'
import { describeH5, useH5 } from './h5'
import { button, choose, field } from './pageActions'

/** 2026-07-15 is a day of the local data set's rainstorm warning (08:00–20:00 Beijing, server/ports/localWeather.ts). */
const RAIN_DAY_NOON = joinBeijing('2026-07-15', '12:00')!

describeH5('小区气象公告栏: keyword → match → 确定选择 → the weather (H5)', () => {
  jest.setTimeout(60_000)
  const h5 = useH5({
    personas: { owner: DEMO.owner.openid },
    setup: async (emu) => emu.clock.set(RAIN_DAY_NOON),
    pageTimeoutMs: 15_000,
  })

  test('the home page warns of the rainstorm, and the board shows the chosen place', async () => {
    const o = h5.pages.owner
    await h5.open(o, '/pages/home/index')
    await o.locator('.yw-warnings__item:visible', { hasText: '暴雨黄色预警' }).waitFor()

    await o.locator('.at-list__item:visible', { hasText: '小区气象公告栏' }).click()
    await o.locator('.weather__place-name:visible', { hasText: '南山' }).waitFor()

    await field(o, '输入地名，如 福田').fill('福田')
    await button(o, '搜索').click()
    await choose(o, '福田（广东省 深圳市）')
    await button(o, '确定选择').click()

    await o.locator('.weather__place-name:visible', { hasText: '福田' }).waitFor()
    await o.locator('.weather__temp:visible', { hasText: '°C' }).waitFor()
    await o.locator('.weather__day-name:visible', { hasText: '今天' }).waitFor()
    expect(await o.locator('.weather__day:visible').count()).toBe(7)
    await o.locator('.yw-warnings__item:visible', { hasText: '深圳市气象台发布暴雨黄色预警' }).waitFor()
    await o.locator('.weather__attribution:visible', { hasText: '天气服务由和风天气驱动' }).waitFor()
    // Only the places someone chose are kept, never the matches of a search.
    const kept = await h5.emu.query<{ _id: string }>('weatherCache', { kind: 'place' })
    expect(kept.map((d) => d._id)).toEqual(['weather:place:101280603'])
  })
})
