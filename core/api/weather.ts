import { z } from 'zod'
import { action } from './contract'
import { Id } from '../schemas/common'
import { Label } from '../schemas/text'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'

/**
 * 小区气象公告栏 (manual 十三): type a keyword, pick a place from the matches, 确定选择, see the weather
 * now, the next days and the active warnings. Without a chosen place a community sees its district.
 */

/** A place the weather service knows: its id is the service's location id (opaque to people). */
export interface PlaceView {
  id: string
  name: string
  /** Where it lies, e.g. "广东省 深圳市". */
  area: string
}

export interface WeatherNowView {
  /** When the service observed it. */
  observedAt: number
  /** °C */
  temp: number
  feelsLike: number
  text: string
  windDir: string
  /** e.g. "3" (级). */
  windScale: string
  /** % */
  humidity: number
  /** mm in the last hour */
  precip: number
}

export interface WeatherDayView {
  /** 'YYYY-MM-DD', Beijing. */
  date: string
  tempMax: number
  tempMin: number
  textDay: string
  textNight: string
  windDirDay: string
  windScaleDay: string
  /** mm */
  precip: number
}

export interface WeatherWarningView {
  id: string
  /** The sender's headline, e.g. "深圳市气象台发布暴雨黄色预警". */
  title: string
  /** e.g. "暴雨". */
  typeName: string
  /** 蓝色 / 黄色 / 橙色 / 红色 / 白色. */
  colorLabel: string
  /** blue / yellow / orange / red / white: the banner's colour (a style, not shown as text). */
  color: 'blue' | 'yellow' | 'orange' | 'red' | 'white'
  sender: string
  startsAt: number | null
  endsAt: number | null
  text: string
}

export interface WeatherView {
  place: PlaceView
  now: WeatherNowView
  days: WeatherDayView[]
  warnings: WeatherWarningView[]
  /** The required attribution, shown with the data: "天气服务由和风天气驱动". */
  attribution: string
}

export interface WarningsView {
  place: PlaceView
  warnings: WeatherWarningView[]
}

/** A keyword as a person types it: one line, a place name (QWeather needs at least one character). */
const Keyword = Label(20, '请输入地名关键词')

/** The `weather` cloud function. */
export const weatherApi = {
  search: action(z.object({ communityId: Id, keyword: Keyword })).returns<{ places: PlaceView[] }>(),
  forecast: action(
    z.object({
      communityId: Id,
      placeId: z
        .string()
        .regex(/^[0-9A-Za-z]{1,20}$/, '地点无效')
        .optional(),
    }),
  ).returns<WeatherView>(),
  warnings: action(z.object({ communityId: Id })).returns<WarningsView>(),
}
export type WeatherApi = typeof weatherApi

export const WEATHER_ATTRIBUTION = '天气服务由和风天气驱动'

export const WEATHER_ERRORS = {
  WEATHER_PLACE_UNKNOWN: '没有找到这个地点，请重新搜索后选择。',
  WEATHER_UNAVAILABLE: '天气服务暂时无法使用，请稍后再试。',
  WEATHER_BUSY: '天气查询过于频繁，请稍后再试。',
  WEATHER_ACCOUNT: '天气服务的账号设置有误或额度已用完，请联系平台管理员。',
} as const satisfies ErrorSentences

export const WEATHER_LABELS: FieldLabels = { communityId: '小区', keyword: '关键词', placeId: '地点' }
