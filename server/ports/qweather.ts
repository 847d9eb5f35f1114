import { createPrivateKey, sign } from 'node:crypto'
import type { PlaceView, WeatherDayView, WeatherWarningView } from '../../core/api/weather'
import { readEnv, type EnvReader } from '../env'
import { getJson, type GetJson } from './https'
import { WeatherError, type WeatherErrorCode, type WeatherPort } from './weather'

/**
 * QWeather (和风天气) credentials: the account's own API host (控制台 → 设置) and either a JWT credential
 * (Ed25519 private key, its credential id and the project id; preferred) or an API key.
 */
export type QWeatherAuth = { kind: 'apiKey'; key: string } | { kind: 'jwt'; keyId: string; projectId: string; privateKeyPem: string }

export interface QWeatherConfig {
  /** e.g. "abcxyz.re.qweatherapi.com" (no scheme). */
  host: string
  auth: QWeatherAuth
}

export function qweatherConfigFromEnv(env: EnvReader = readEnv): QWeatherConfig {
  const host = env('QWEATHER_API_HOST')
    ?.replace(/^https?:\/\//, '')
    .replace(/\/+$/, '')
  if (!host) throw new WeatherError('WEATHER_ACCOUNT', 'QWEATHER_API_HOST is not set: the weather port needs it in production')
  const privateKeyPem = env('QWEATHER_PRIVATE_KEY')
  if (privateKeyPem) {
    const keyId = env('QWEATHER_KEY_ID')
    const projectId = env('QWEATHER_PROJECT_ID')
    if (!keyId || !projectId)
      throw new WeatherError('WEATHER_ACCOUNT', 'QWEATHER_PRIVATE_KEY is set but QWEATHER_KEY_ID or QWEATHER_PROJECT_ID is not')
    // A PEM pasted into one line of .env keeps its line breaks as "\n".
    return { host, auth: { kind: 'jwt', keyId, projectId, privateKeyPem: privateKeyPem.replace(/\\n/g, '\n') } }
  }
  const key = env('QWEATHER_API_KEY')
  if (!key) throw new WeatherError('WEATHER_ACCOUNT', 'neither QWEATHER_PRIVATE_KEY nor QWEATHER_API_KEY is set')
  return { host, auth: { kind: 'apiKey', key } }
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url')

/** How long a signed token lives; QWeather accepts at most 24 h. */
const JWT_SECONDS = 900

/**
 * A QWeather JWT: header {alg: EdDSA, kid}, payload {sub: project id, iat 30 s back against clock skew, exp},
 * signed with Ed25519 (node:crypto; Ed25519 takes no separate digest, hence `null`).
 */
export function qweatherJwt(auth: Extract<QWeatherAuth, { kind: 'jwt' }>, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000) - 30
  const header = base64url(JSON.stringify({ alg: 'EdDSA', kid: auth.keyId }))
  const payload = base64url(JSON.stringify({ sub: auth.projectId, iat, exp: iat + JWT_SECONDS }))
  const signature = sign(null, Buffer.from(`${header}.${payload}`), createPrivateKey(auth.privateKeyPem))
  return `${header}.${payload}.${base64url(signature)}`
}

function authHeaders(auth: QWeatherAuth, nowMs: number): Record<string, string> {
  return auth.kind === 'apiKey' ? { 'X-QW-Api-Key': auth.key } : { Authorization: `Bearer ${qweatherJwt(auth, nowMs)}` }
}

/** QWeather's status codes (the v7 body's `code`, or the HTTP status of the newer error body) → ours. */
function codeFor(status: number): WeatherErrorCode {
  if (status === 400 || status === 404) return 'WEATHER_PLACE_UNKNOWN'
  if (status === 401 || status === 402 || status === 403) return 'WEATHER_ACCOUNT'
  if (status === 429) return 'WEATHER_BUSY'
  return 'WEATHER_UNAVAILABLE'
}

/** The fields of QWeather's answers this adapter reads (values are strings on the wire). */
interface V7Answer {
  code?: string
  location?: { id: string; name: string; adm1: string; adm2: string; country: string }[]
  now?: {
    obsTime: string
    temp: string
    feelsLike: string
    text: string
    windDir: string
    windScale: string
    humidity: string
    precip: string
  }
  daily?: {
    fxDate: string
    tempMax: string
    tempMin: string
    textDay: string
    textNight: string
    windDirDay: string
    windScaleDay: string
    precip: string
  }[]
  warning?: {
    id: string
    sender?: string
    title: string
    startTime?: string
    endTime?: string
    status?: string
    severityColor?: string
    typeName: string
    text: string
  }[]
  error?: { status: number; title: string; detail?: string }
}

const COLOR_LABELS = { blue: '蓝色', yellow: '黄色', orange: '橙色', red: '红色', white: '白色' } as const
type Color = keyof typeof COLOR_LABELS

function colorOf(severityColor: string | undefined): Color {
  const c = (severityColor ?? '').toLowerCase()
  return c in COLOR_LABELS ? (c as Color) : c === 'black' ? 'red' : 'white'
}

const instant = (text: string | undefined): number | null => {
  if (!text) return null
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? null : ms
}
const num = (text: string | undefined): number => {
  const n = Number(text)
  return Number.isFinite(n) ? n : 0
}

function placeView(p: NonNullable<V7Answer['location']>[number]): PlaceView {
  const area = [p.adm1, p.adm2 === p.name ? '' : p.adm2].filter((a) => a && a !== p.name).join(' ')
  return { id: p.id, name: p.name, area }
}

/**
 * Production: QWeather's API on the account's host — city lookup (GeoAPI v2), weather now and 7-day (v7),
 * weather warnings now (v7). Answers are read for their `code`; "204" (no data) is an empty answer.
 */
export function qweather(config: QWeatherConfig, get: GetJson = getJson, clock: () => number = Date.now): WeatherPort {
  async function call(path: string, query: Record<string, string>): Promise<V7Answer | null> {
    const url = `https://${config.host}${path}?${new URLSearchParams(query).toString()}`
    let answer
    try {
      answer = await get(url, authHeaders(config.auth, clock()))
    } catch (e) {
      throw new WeatherError('WEATHER_UNAVAILABLE', `${path}: ${(e as Error).message}`)
    }
    const body = (answer.body ?? {}) as V7Answer
    if (answer.status !== 200) {
      throw new WeatherError(
        codeFor(body.error?.status ?? answer.status),
        `${path}: HTTP ${answer.status} ${body.error?.title ?? ''} ${body.error?.detail ?? ''}`,
      )
    }
    if (body.code === '204') return null
    if (body.code !== '200') throw new WeatherError(codeFor(Number(body.code)), `${path}: code ${body.code}`)
    return body
  }

  async function lookup(location: string, number: number): Promise<PlaceView[]> {
    const body = await call('/geo/v2/city/lookup', { location, range: 'cn', number: String(number), lang: 'zh' })
    return (body?.location ?? []).map(placeView)
  }

  return {
    lookup: (keyword) => lookup(keyword, 10),
    async place(placeId) {
      try {
        return (await lookup(placeId, 1))[0] ?? null
      } catch (e) {
        if (e instanceof WeatherError && e.code === 'WEATHER_PLACE_UNKNOWN') return null
        throw e
      }
    },
    async now(placeId) {
      const n = (await call('/v7/weather/now', { location: placeId, lang: 'zh' }))?.now
      if (!n) throw new WeatherError('WEATHER_PLACE_UNKNOWN', `/v7/weather/now: no data for ${placeId}`)
      return {
        observedAt: instant(n.obsTime) ?? clock(),
        temp: num(n.temp),
        feelsLike: num(n.feelsLike),
        text: n.text,
        windDir: n.windDir,
        windScale: n.windScale,
        humidity: num(n.humidity),
        precip: num(n.precip),
      }
    },
    async days(placeId) {
      const daily = (await call('/v7/weather/7d', { location: placeId, lang: 'zh' }))?.daily ?? []
      return daily.map((d): WeatherDayView => ({
        date: d.fxDate,
        tempMax: num(d.tempMax),
        tempMin: num(d.tempMin),
        textDay: d.textDay,
        textNight: d.textNight,
        windDirDay: d.windDirDay,
        windScaleDay: d.windScaleDay,
        precip: num(d.precip),
      }))
    },
    async warnings(placeId) {
      const list = (await call('/v7/warning/now', { location: placeId, lang: 'zh' }))?.warning ?? []
      return list
        .filter((w) => w.status !== 'cancel')
        .map((w): WeatherWarningView => {
          const color = colorOf(w.severityColor)
          return {
            id: w.id,
            title: w.title,
            typeName: w.typeName,
            color,
            colorLabel: COLOR_LABELS[color],
            sender: w.sender ?? '',
            startsAt: instant(w.startTime),
            endsAt: instant(w.endTime),
            text: w.text,
          }
        })
    },
  }
}
