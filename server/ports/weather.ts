import type { PlaceView, WeatherDayView, WeatherNowView, WeatherWarningView } from '../../core/api/weather'
import { isLocal } from '../cloud'
import { now } from '../context'
import { localWeather } from './localWeather'
import { qweather, qweatherConfigFromEnv } from './qweather'

/**
 * The weather source (小区气象公告栏): QWeather (和风天气) in production, a shipped data set locally.
 * Every method answers in the product's own shapes; a refusal throws `WeatherError` with a declared code.
 */
export interface WeatherPort {
  /** Places matching a keyword, in China, best first (at most 10). */
  lookup(keyword: string): Promise<PlaceView[]>
  /** One place by its id; null when the service does not know it. */
  place(placeId: string): Promise<PlaceView | null>
  now(placeId: string): Promise<WeatherNowView>
  /** Today and the next six days. */
  days(placeId: string): Promise<WeatherDayView[]>
  /** The warnings in force now (cancelled ones left out). */
  warnings(placeId: string): Promise<WeatherWarningView[]>
}

export type WeatherErrorCode = 'WEATHER_PLACE_UNKNOWN' | 'WEATHER_UNAVAILABLE' | 'WEATHER_BUSY' | 'WEATHER_ACCOUNT'

export class WeatherError extends Error {
  constructor(
    readonly code: WeatherErrorCode,
    detail: string,
  ) {
    super(detail)
  }
}

/** The adapter for where we run: the shipped data set locally (readings follow the emulator's clock), QWeather in production. */
export function getWeatherPort(): WeatherPort {
  return isLocal() ? localWeather(now) : qweather(qweatherConfigFromEnv())
}
