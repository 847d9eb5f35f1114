import type { WeatherCacheKind } from '../collections/weather'
import { collection, firstRow, type Tx } from '../db'

const MINUTE = 60_000

/**
 * How long each answer is served from the database before the service is asked again: readings now
 * 20 minutes and warnings 15 (QWeather refreshes them every 10–20), the 7-day forecast 3 hours (refreshed a
 * few times a day), a chosen place and a district's place a week (names and ids hardly ever change).
 */
export const WEATHER_TTL_MS: Record<WeatherCacheKind, number> = {
  now: 20 * MINUTE,
  warnings: 15 * MINUTE,
  days: 180 * MINUTE,
  place: 7 * 24 * 60 * MINUTE,
  district: 7 * 24 * 60 * MINUTE,
}

/**
 * The cached answer for (kind, key) while fresh, else `fetch`'s, stored for the kind's time. A failed fetch
 * and an empty answer (null: a place the service does not know) store nothing, so made-up ids leave no
 * documents; two callers racing both fetch and the later write wins (same data, no harm).
 */
export async function cached<T>(db: Tx, kind: WeatherCacheKind, key: string, nowMs: number, fetch: () => Promise<T>): Promise<T> {
  const id = `weather:${kind}:${key}`
  const hit = await firstRow(collection(db, 'weatherCache').where({ _id: id }).limit(1))
  if (hit && new Date(hit.expiresAt).getTime() > nowMs) return hit.data as T
  const data = await fetch()
  if (data === null || data === undefined) return data
  await collection(db, 'weatherCache')
    .doc(id)
    .set({ data: { kind, key, data, fetchedAt: new Date(nowMs), expiresAt: new Date(nowMs + WEATHER_TTL_MS[kind]) } })
  return data
}
