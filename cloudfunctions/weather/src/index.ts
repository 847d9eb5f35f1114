import { WEATHER_ERRORS, WEATHER_LABELS, weatherApi } from '../../../core/api/weather'
import { defineFunction } from '../../../server/handler'
import { forecast, search, warnings } from '../../../server/weather/forecast'

/** 小区气象公告栏: search a place, the weather now, the next days and the warnings in force. */
export const main = defineFunction(
  'weather',
  weatherApi,
  { errors: WEATHER_ERRORS, labels: WEATHER_LABELS },
  { search, forecast, warnings },
)
