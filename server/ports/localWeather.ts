import { createHash } from 'node:crypto'
import type { PlaceView, WeatherDayView, WeatherWarningView } from '../../core/api/weather'
import { addDays, formatDay, joinBeijing } from '../../core/format'
import { LOCAL_PLACES, SKIES, WINDS, type LocalPlace } from './localWeatherData'
import { WeatherError, type WeatherPort } from './weather'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** A stable number 0…n-1 from the words given: the same place, day and hour read the same every time. */
function pick(n: number, ...words: (string | number)[]): number {
  return createHash('sha256').update(words.join('|')).digest().readUInt32BE(0) % n
}

const view = (p: LocalPlace): PlaceView => ({ id: p.id, name: p.name, area: `${p.adm1}${p.adm1 === p.adm2 ? '' : ` ${p.adm2}`}` })

function placeOf(placeId: string): LocalPlace {
  const place = LOCAL_PLACES.find((p) => p.id === placeId)
  if (!place) throw new WeatherError('WEATHER_PLACE_UNKNOWN', `no local place ${placeId}`)
  return place
}

const monthOf = (day: string) => Number(day.slice(5, 7)) - 1

function dayOf(place: LocalPlace, date: string): WeatherDayView {
  const high = place.highs[monthOf(date)] + pick(5, place.id, date, 'high') - 2
  const sky = SKIES[pick(SKIES.length, place.id, date, 'sky')]
  const night = SKIES[pick(SKIES.length, place.id, date, 'night')]
  return {
    date,
    tempMax: high,
    tempMin: high - place.spread + pick(3, place.id, date, 'low'),
    textDay: sky.text,
    textNight: night.text,
    windDirDay: WINDS[pick(WINDS.length, place.id, date, 'wind')],
    windScaleDay: String(1 + pick(3, place.id, date, 'scale')),
    precip: sky.precip * 8,
  }
}

/**
 * The demo's warnings, on a schedule anyone can reckon: on the coast, a rainstorm warning (暴雨黄色预警)
 * from 08:00 to 20:00 Beijing time on every third day (days since 1970 divisible by 3), and a typhoon
 * warning (台风蓝色预警) all day on every seventh.
 */
export function localWarningsAt(placeId: string, nowMs: number): WeatherWarningView[] {
  const place = LOCAL_PLACES.find((p) => p.id === placeId)
  if (!place?.coastal) return []
  const today = formatDay(nowMs)
  const midnight = joinBeijing(today) ?? nowMs
  /** Beijing days since 1970-01-01. */
  const dayNumber = Math.round((midnight + 8 * HOUR) / DAY)
  const sender = `${place.adm2.replace(/市$/, '')}市气象台`
  const found: WeatherWarningView[] = []
  const rainFrom = midnight + 8 * HOUR
  const rainTo = midnight + 20 * HOUR
  if (dayNumber % 3 === 0 && nowMs >= rainFrom && nowMs < rainTo) {
    found.push({
      id: `local-rain-${place.id}-${today}`,
      title: `${sender}发布暴雨黄色预警`,
      typeName: '暴雨',
      color: 'yellow',
      colorLabel: '黄色',
      sender,
      startsAt: rainFrom,
      endsAt: rainTo,
      text: '预计未来6小时内本区将出现50毫米以上降雨，请注意防范，减少外出，远离低洼地段。',
    })
  }
  if (dayNumber % 7 === 0) {
    found.push({
      id: `local-typhoon-${place.id}-${today}`,
      title: `${sender}发布台风蓝色预警`,
      typeName: '台风',
      color: 'blue',
      colorLabel: '蓝色',
      sender,
      startsAt: midnight,
      endsAt: midnight + DAY,
      text: '受台风影响，未来24小时内本区平均风力可达6级以上，请收好阳台物品，加固户外设施。',
    })
  }
  return found
}

/**
 * Local: the shipped data set (localWeatherData.ts). Each day of each place reads the same all day; the
 * current reading moves with the hour of the clock (the emulator's, so tests can set it).
 */
export function localWeather(clock: () => number): WeatherPort {
  return {
    async lookup(keyword) {
      const k = keyword.trim().replace(/[市区县]$/, '')
      return LOCAL_PLACES.filter((p) => p.name.includes(k) || k.includes(p.name) || p.adm2.startsWith(k)).map(view)
    },
    async place(placeId) {
      const place = LOCAL_PLACES.find((p) => p.id === placeId)
      return place ? view(place) : null
    },
    async now(placeId) {
      const place = placeOf(placeId)
      const at = clock()
      const today = dayOf(place, formatDay(at))
      const hour = Math.floor(at / HOUR)
      // Warmest at 14:00 Beijing (06:00 UTC), coolest twelve hours off.
      const warmth = (1 + Math.cos(((hour % 24) - 6) * (Math.PI / 12))) / 2
      const temp = Math.round(today.tempMin + (today.tempMax - today.tempMin) * warmth)
      const sky = SKIES[pick(SKIES.length, place.id, hour, 'sky-now')]
      return {
        observedAt: hour * HOUR,
        temp,
        feelsLike: temp + pick(3, place.id, hour, 'feels') - 1,
        text: sky.text,
        windDir: WINDS[pick(WINDS.length, place.id, hour, 'wind')],
        windScale: String(1 + pick(3, place.id, hour, 'scale')),
        humidity: 55 + pick(40, place.id, hour, 'humidity'),
        precip: sky.precip,
      }
    },
    async days(placeId) {
      const place = placeOf(placeId)
      const today = formatDay(clock())
      return Array.from({ length: 7 }, (_, i) => dayOf(place, addDays(today, i)))
    },
    async warnings(placeId) {
      placeOf(placeId)
      return localWarningsAt(placeId, clock())
    },
  }
}
