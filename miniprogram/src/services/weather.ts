import type { WeatherApi } from '@core/api/weather'
import type { InputOf } from '@core/api/contract'
import { cloudFunction } from './cloud'

/** The `weather` function: place search, the weather of a place, the warnings in force in the community's district. */
const weather = cloudFunction<WeatherApi>('weather')
type In<A extends keyof WeatherApi> = InputOf<WeatherApi, A>

export const searchPlaces = (input: In<'search'>) => weather('search', input)
export const getForecast = (input: In<'forecast'>) => weather('forecast', input)
export const getWarnings = (input: In<'warnings'>) => weather('warnings', input)
