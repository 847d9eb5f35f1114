import { joinBeijing } from '../../core/format'
import { getDb } from '../cloud'
import { localWarningsAt } from '../ports/localWeather'
import { startHarness, type Harness } from '../testing/harness'
import { cached, WEATHER_TTL_MS } from './cache'

/** 小区气象公告栏 through the real function on the emulator, with the local weather adapter. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('wx')
  h.emulator.clock.set(RAIN_DAY_NOON)
})
afterAll(async () => {
  await h?.close()
})

/** 2026-07-15 is Beijing day 20649 (divisible by 3, not by 7): the demo's rainstorm day, warning 08:00–20:00. */
const RAIN_DAY_NOON = joinBeijing('2026-07-15', '12:00')!
const NANSHAN = '101280604'
const FUTIAN = '101280603'
const own = () => h.world.community('own')
const cacheDoc = async (kind: string, key: string) => (await h.emulator.query('weatherCache', { _id: `weather:${kind}:${key}` }))[0]

describe('search → 确定选择 → the weather', () => {
  it('finds places by keyword, stores none of the matches', async () => {
    const found = await h.call('owner', 'weather', 'search', { communityId: own(), keyword: '深圳' })
    expect(found.ok).toBe(true)
    if (!found.ok) return
    expect(found.data.places.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['深圳', '南山', '福田']))
    expect(await h.emulator.query('weatherCache')).toEqual([])
  })

  it('shows the chosen place: now, seven days, the warnings in force and the attribution', async () => {
    const seen = await h.call('member', 'weather', 'forecast', { communityId: own(), placeId: FUTIAN })
    expect(seen).toMatchObject({
      ok: true,
      data: { place: { id: FUTIAN, name: '福田', area: '广东省 深圳市' }, attribution: '天气服务由和风天气驱动' },
    })
    if (!seen.ok) return
    expect(seen.data.days).toHaveLength(7)
    expect(seen.data.days[0].date).toBe('2026-07-15')
    expect(seen.data.now.temp).toBeGreaterThanOrEqual(seen.data.days[0].tempMin)
    expect(seen.data.now.temp).toBeLessThanOrEqual(seen.data.days[0].tempMax)
    expect(seen.data.warnings.map((w: { title: string }) => w.title)).toEqual(['深圳市气象台发布暴雨黄色预警'])
  })

  it("without a place shows the community's district (甲花园 is in 南山区)", async () => {
    const seen = await h.call('owner', 'weather', 'forecast', { communityId: own() })
    expect(seen).toMatchObject({ ok: true, data: { place: { id: NANSHAN, name: '南山' } } })
  })

  it('gives the home banner the warnings in force in the district, and none once they end', async () => {
    const during = await h.call('owner', 'weather', 'warnings', { communityId: own() })
    expect(during).toMatchObject({ ok: true, data: { place: { name: '南山' }, warnings: [{ typeName: '暴雨', colorLabel: '黄色' }] } })
    h.emulator.clock.set(joinBeijing('2026-07-15', '21:00')!)
    try {
      // Still within the cached answer's time, but the warning itself ended at 20:00.
      const after = await h.call('owner', 'weather', 'warnings', { communityId: own() })
      expect(after).toMatchObject({ ok: true, data: { warnings: [] } })
    } finally {
      h.emulator.clock.set(RAIN_DAY_NOON)
    }
  })
})

describe('the cache', () => {
  it('serves readings from the database within their time and asks the service again after', async () => {
    h.emulator.clock.set(RAIN_DAY_NOON + 3_600_000)
    const first = await h.call('owner', 'weather', 'forecast', { communityId: own(), placeId: '101280605' })
    expect(first.ok).toBe(true)
    const fetchedNow = (await cacheDoc('now', '101280605')).fetchedAt
    const fetchedDays = (await cacheDoc('days', '101280605')).fetchedAt

    h.emulator.clock.advance(WEATHER_TTL_MS.warnings - 60_000)
    const writes = h.writes()
    const again = await h.call('owner', 'weather', 'forecast', { communityId: own(), placeId: '101280605' })
    expect(again).toEqual(first)
    expect(h.writes()).toBe(writes)

    h.emulator.clock.advance(WEATHER_TTL_MS.now)
    const later = await h.call('owner', 'weather', 'forecast', { communityId: own(), placeId: '101280605' })
    expect(later.ok).toBe(true)
    expect((await cacheDoc('now', '101280605')).fetchedAt).not.toEqual(fetchedNow)
    expect((await cacheDoc('days', '101280605')).fetchedAt).toEqual(fetchedDays)
  })

  it('counts one fetch per kind and place while fresh', async () => {
    let fetches = 0
    const fetch = async () => (fetches++, { temp: 30 })
    const at = h.emulator.clock.now()
    await cached(getDb(), 'now', 'count-test', at, fetch)
    await cached(getDb(), 'now', 'count-test', at + 60_000, fetch)
    await cached(getDb(), 'now', 'count-test', at + WEATHER_TTL_MS.now - 1, fetch)
    expect(fetches).toBe(1)
    expect(await cached(getDb(), 'now', 'count-test', at + WEATHER_TTL_MS.now, fetch)).toEqual({ temp: 30 })
    expect(fetches).toBe(2)
  })
})

describe('bad input and unknown places', () => {
  it.each([
    [{ keyword: '' }, '关键词：请输入地名关键词'],
    [{ keyword: '深圳\n南山' }, '关键词：不能包含换行或控制字符'],
    [{ keyword: '很'.repeat(21) }, '关键词：太长，不能超过20个字'],
  ])('refuses %p with a Chinese sentence, writing nothing', async (input, message) => {
    const before = h.writes()
    const answer = await h.call('owner', 'weather', 'search', { communityId: own(), ...input })
    expect(answer).toEqual({ ok: false, code: 'INVALID_INPUT', message })
    expect(h.writes()).toBe(before)
  })

  it('answers WEATHER_PLACE_UNKNOWN for a place the service does not know, and stores nothing for it', async () => {
    const answer = await h.call('owner', 'weather', 'forecast', { communityId: own(), placeId: '999999999' })
    expect(answer).toEqual({ ok: false, code: 'WEATHER_PLACE_UNKNOWN', message: '没有找到这个地点，请重新搜索后选择。' })
    expect(await h.emulator.query('weatherCache', { key: '999999999' })).toEqual([])
  })

  it('refuses a malformed place id', async () => {
    const answer = await h.call('owner', 'weather', 'forecast', { communityId: own(), placeId: '../x' })
    expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '地点：地点无效' })
  })
})

describe('the local schedule of warnings', () => {
  it('puts a rainstorm warning on every third day from 08:00 to 20:00 and a typhoon on every seventh, on the coast only', () => {
    // Days since 1970 (Beijing): 2026-07-15 is 20649 (÷3), 2026-07-16 is 20650 (÷7), 2026-07-17 is 20651 (neither).
    expect(localWarningsAt(NANSHAN, joinBeijing('2026-07-15', '07:59')!)).toEqual([])
    expect(localWarningsAt(NANSHAN, joinBeijing('2026-07-15', '08:00')!).map((w) => w.typeName)).toEqual(['暴雨'])
    expect(localWarningsAt(NANSHAN, joinBeijing('2026-07-15', '20:00')!)).toEqual([])
    expect(localWarningsAt(NANSHAN, joinBeijing('2026-07-16', '03:00')!).map((w) => w.typeName)).toEqual(['台风'])
    expect(localWarningsAt(NANSHAN, joinBeijing('2026-07-17', '12:00')!)).toEqual([])
    expect(localWarningsAt('101010100', joinBeijing('2026-07-15', '12:00')!)).toEqual([])
  })
})
