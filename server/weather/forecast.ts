import type { z } from 'zod'
import {
  WEATHER_ATTRIBUTION,
  type PlaceView,
  type WeatherDayView,
  type WeatherNowView,
  type WeatherWarningView,
  type weatherApi,
} from '../../core/api/weather'
import { collection, firstRow } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { getWeatherPort, WeatherError, type WeatherPort } from '../ports/weather'
import { cached } from './cache'

type In<A extends keyof typeof weatherApi> = z.output<(typeof weatherApi)[A]['input']>

/** Runs a port call, answering its refusal with the declared code (and its sentence). */
async function asked<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (e) {
    if (e instanceof WeatherError) {
      console.warn(`weather: ${e.code} ${e.message}`)
      fail(e.code)
    }
    throw e
  }
}

/**
 * A community's own place: its district (the community document's `district`, e.g. "南山区"), found once
 * among Shenzhen's places and kept. The lookup asks for the district in Shenzhen first.
 */
async function districtPlace(ctx: Ctx, port: WeatherPort, communityId: string): Promise<PlaceView> {
  const community = await firstRow(collection(ctx.db, 'communities').where({ _id: communityId }).field({ district: true }).limit(1))
  const district = community?.district || '深圳'
  const place = await cached(ctx.db, 'district', district, ctx.now(), async () => {
    const matches = await port.lookup(district)
    return matches.find((p) => p.area.includes('深圳')) ?? matches[0] ?? null
  })
  if (!place) fail('WEATHER_PLACE_UNKNOWN')
  return place
}

/** The place a person chose (by id, as the search answered it), or the community's district. */
async function placeFor(ctx: Ctx, port: WeatherPort, communityId: string, placeId: string | undefined): Promise<PlaceView> {
  if (!placeId) return districtPlace(ctx, port, communityId)
  const place = await cached(ctx.db, 'place', placeId, ctx.now(), () => port.place(placeId))
  if (!place) fail('WEATHER_PLACE_UNKNOWN')
  return place
}

/** 搜索: the places matching a keyword. Matches are answered, never stored. */
export async function search(input: In<'search'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const port = getWeatherPort()
  const places = await asked(() => port.lookup(input.keyword))
  return ok({ places })
}

const warningsOf = (ctx: Ctx, port: WeatherPort, placeId: string) =>
  cached<WeatherWarningView[]>(ctx.db, 'warnings', placeId, ctx.now(), () => port.warnings(placeId))

/** 确定选择 → the weather now, the next days and the warnings in force at the chosen place (or the district). */
export async function forecast(input: In<'forecast'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const port = getWeatherPort()
  return asked(async () => {
    const place = await placeFor(ctx, port, input.communityId, input.placeId)
    const [now, days, warnings] = await Promise.all([
      cached<WeatherNowView>(ctx.db, 'now', place.id, ctx.now(), () => port.now(place.id)),
      cached<WeatherDayView[]>(ctx.db, 'days', place.id, ctx.now(), () => port.days(place.id)),
      warningsOf(ctx, port, place.id),
    ])
    return ok({ place, now, days, warnings: inForce(warnings, ctx.now()), attribution: WEATHER_ATTRIBUTION })
  })
}

/** The home page's banner: the warnings in force in the community's district. */
export async function warnings(input: In<'warnings'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const port = getWeatherPort()
  return asked(async () => {
    const place = await districtPlace(ctx, port, input.communityId)
    return ok({ place, warnings: inForce(await warningsOf(ctx, port, place.id), ctx.now()) })
  })
}

/** A cached warning may have ended since it was fetched. */
function inForce(list: WeatherWarningView[], nowMs: number): WeatherWarningView[] {
  return list.filter((w) => w.endsAt === null || w.endsAt > nowMs)
}
