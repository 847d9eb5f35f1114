import { generateKeyPairSync, verify } from 'node:crypto'
import { envFrom } from '../env'
import type { GetJson } from './https'
import { qweather, qweatherConfigFromEnv, qweatherJwt, type QWeatherConfig } from './qweather'
import { WeatherError } from './weather'

/* Answers in QWeather's documented shapes (values are strings on the wire). */
const LOOKUP = {
  code: '200',
  location: [
    {
      name: '南山',
      id: '101280604',
      lat: '22.53122',
      lon: '113.92942',
      adm2: '深圳',
      adm1: '广东省',
      country: '中国',
      tz: 'Asia/Shanghai',
      utcOffset: '+08:00',
      isDst: '0',
      type: 'city',
      rank: '25',
      fxLink: 'https://www.qweather.com/weather/nanshan-101280604.html',
    },
  ],
  refer: { sources: ['QWeather'], license: ['QWeather Developers License'] },
}
const NOW = {
  code: '200',
  updateTime: '2026-07-15T14:42+08:00',
  fxLink: 'https://www.qweather.com/weather/nanshan-101280604.html',
  now: {
    obsTime: '2026-07-15T14:36+08:00',
    temp: '31',
    feelsLike: '35',
    icon: '101',
    text: '多云',
    wind360: '135',
    windDir: '东南风',
    windScale: '3',
    windSpeed: '15',
    humidity: '72',
    precip: '0.0',
    pressure: '1002',
    vis: '22',
    cloud: '60',
    dew: '25',
  },
  refer: { sources: ['QWeather'], license: ['QWeather Developers License'] },
}
const DAY = (fxDate: string) => ({
  fxDate,
  sunrise: '05:50',
  sunset: '19:12',
  moonrise: '10:55',
  moonset: '23:28',
  moonPhase: '峨眉月',
  moonPhaseIcon: '801',
  tempMax: '33',
  tempMin: '27',
  iconDay: '302',
  textDay: '雷阵雨',
  iconNight: '151',
  textNight: '多云',
  wind360Day: '180',
  windDirDay: '南风',
  windScaleDay: '1-3',
  windSpeedDay: '3',
  wind360Night: '180',
  windDirNight: '南风',
  windScaleNight: '1-3',
  windSpeedNight: '3',
  humidity: '80',
  precip: '12.5',
  pressure: '1000',
  vis: '24',
  cloud: '55',
  uvIndex: '9',
})
const SEVEN_DAYS = { code: '200', updateTime: '2026-07-15T13:35+08:00', daily: ['2026-07-15', '2026-07-16'].map(DAY) }
const WARNINGS = {
  code: '200',
  updateTime: '2026-07-15T14:50+08:00',
  warning: [
    {
      id: '10128060420260715140000000000001',
      sender: '深圳市气象台',
      pubTime: '2026-07-15T14:00+08:00',
      title: '深圳市气象台发布暴雨黄色预警',
      startTime: '2026-07-15T14:00+08:00',
      endTime: '2026-07-15T20:00+08:00',
      status: 'active',
      level: '',
      severity: 'Moderate',
      severityColor: 'Yellow',
      type: '11B03',
      typeName: '暴雨',
      urgency: '',
      certainty: '',
      text: '预计未来6小时内我市将出现50毫米以上降雨。',
      related: '',
    },
    {
      id: '10128060420260714080000000000002',
      sender: '深圳市气象台',
      pubTime: '2026-07-15T09:00+08:00',
      title: '深圳市气象台解除台风蓝色预警',
      startTime: '2026-07-14T08:00+08:00',
      endTime: '2026-07-15T09:00+08:00',
      status: 'cancel',
      severity: 'Minor',
      severityColor: 'Blue',
      type: '11B01',
      typeName: '台风',
      text: '台风已远离。',
    },
  ],
}

const CONFIG: QWeatherConfig = { host: 'abcxyz.re.qweatherapi.com', auth: { kind: 'apiKey', key: 'KEY123' } }

/** A fake transport: answers by path, records every request. */
function transport(answers: Record<string, { status?: number; body: unknown }>) {
  const seen: { url: URL; headers: Record<string, string> }[] = []
  const get: GetJson = async (url, headers = {}) => {
    const u = new URL(url)
    seen.push({ url: u, headers })
    const answer = answers[u.pathname]
    if (!answer) throw new Error(`connect ECONNREFUSED ${u.host}`)
    return { status: answer.status ?? 200, body: answer.body }
  }
  return { get, seen }
}

describe('qweather (production adapter) against the documented answers', () => {
  it('looks places up in China on the account host with the API key header', async () => {
    const t = transport({ '/geo/v2/city/lookup': { body: LOOKUP } })
    const places = await qweather(CONFIG, t.get).lookup('南山')
    expect(places).toEqual([{ id: '101280604', name: '南山', area: '广东省 深圳' }])
    expect(t.seen[0].url.host).toBe('abcxyz.re.qweatherapi.com')
    expect(t.seen[0].url.protocol).toBe('https:')
    expect(t.seen[0].url.searchParams.get('location')).toBe('南山')
    expect(t.seen[0].url.searchParams.get('range')).toBe('cn')
    expect(t.seen[0].headers['X-QW-Api-Key']).toBe('KEY123')
  })

  it('reads now, the 7-day forecast and the warnings in force (cancelled ones left out)', async () => {
    const t = transport({ '/v7/weather/now': { body: NOW }, '/v7/weather/7d': { body: SEVEN_DAYS }, '/v7/warning/now': { body: WARNINGS } })
    const port = qweather(CONFIG, t.get)
    expect(await port.now('101280604')).toEqual({
      observedAt: Date.parse('2026-07-15T06:36:00Z'),
      temp: 31,
      feelsLike: 35,
      text: '多云',
      windDir: '东南风',
      windScale: '3',
      humidity: 72,
      precip: 0,
    })
    const days = await port.days('101280604')
    expect(days).toHaveLength(2)
    expect(days[0]).toEqual({
      date: '2026-07-15',
      tempMax: 33,
      tempMin: 27,
      textDay: '雷阵雨',
      textNight: '多云',
      windDirDay: '南风',
      windScaleDay: '1-3',
      precip: 12.5,
    })
    expect(await port.warnings('101280604')).toEqual([
      {
        id: '10128060420260715140000000000001',
        title: '深圳市气象台发布暴雨黄色预警',
        typeName: '暴雨',
        color: 'yellow',
        colorLabel: '黄色',
        sender: '深圳市气象台',
        startsAt: Date.parse('2026-07-15T06:00:00Z'),
        endsAt: Date.parse('2026-07-15T12:00:00Z'),
        text: '预计未来6小时内我市将出现50毫米以上降雨。',
      },
    ])
    expect(t.seen.map((s) => s.url.searchParams.get('location'))).toEqual(['101280604', '101280604', '101280604'])
  })

  it('reads "204" (no data) as nothing found', async () => {
    const t = transport({ '/geo/v2/city/lookup': { body: { code: '204' } }, '/v7/warning/now': { body: { code: '204', warning: [] } } })
    const port = qweather(CONFIG, t.get)
    expect(await port.lookup('火星')).toEqual([])
    expect(await port.place('999')).toBeNull()
    expect(await port.warnings('101280604')).toEqual([])
  })

  it.each([
    ['v7 code 404', { body: { code: '404' } }, 'WEATHER_PLACE_UNKNOWN'],
    ['v7 code 401', { body: { code: '401' } }, 'WEATHER_ACCOUNT'],
    ['v7 code 402', { body: { code: '402' } }, 'WEATHER_ACCOUNT'],
    ['v7 code 429', { body: { code: '429' } }, 'WEATHER_BUSY'],
    ['v7 code 500', { body: { code: '500' } }, 'WEATHER_UNAVAILABLE'],
    [
      'HTTP 403 with the newer error body',
      {
        status: 403,
        body: {
          error: {
            status: 403,
            type: 'https://dev.qweather.com/docs/resource/error-code/#forbidden',
            title: 'Forbidden',
            detail: 'No access',
          },
        },
      },
      'WEATHER_ACCOUNT',
    ],
    [
      'HTTP 400 invalid location',
      {
        status: 400,
        body: {
          error: {
            status: 400,
            type: 'https://dev.qweather.com/docs/resource/error-code/#invalid-parameters',
            title: 'Invalid Parameters',
            invalidParams: ['location'],
          },
        },
      },
      'WEATHER_PLACE_UNKNOWN',
    ],
    ['HTTP 429 too many', { status: 429, body: { error: { status: 429, title: 'Too Many Requests' } } }, 'WEATHER_BUSY'],
  ])('maps %s to a declared code', async (_name, answer, code) => {
    const port = qweather(CONFIG, transport({ '/v7/weather/now': answer }).get)
    await expect(port.now('101280604')).rejects.toMatchObject({ code })
  })

  it('maps network trouble to WEATHER_UNAVAILABLE', async () => {
    const port = qweather(CONFIG, transport({}).get)
    const failure = await port.now('101280604').catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(WeatherError)
    expect(failure).toMatchObject({ code: 'WEATHER_UNAVAILABLE' })
  })
})

describe('QWeather credentials', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()

  it('signs a JWT with Ed25519 that the public key verifies, kid in the header and the project as sub', () => {
    const nowMs = 1_780_000_000_000
    const token = qweatherJwt({ kind: 'jwt', keyId: 'KID1', projectId: 'PROJ1', privateKeyPem: pem }, nowMs)
    const [h, p, s] = token.split('.')
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({ alg: 'EdDSA', kid: 'KID1' })
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString())
    expect(payload).toEqual({ sub: 'PROJ1', iat: nowMs / 1000 - 30, exp: nowMs / 1000 - 30 + 900 })
    expect(verify(null, Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url'))).toBe(true)
  })

  it('sends the JWT as a bearer token when a private key is configured', async () => {
    const config = qweatherConfigFromEnv(
      envFrom({
        QWEATHER_API_HOST: 'https://abcxyz.re.qweatherapi.com/',
        QWEATHER_PRIVATE_KEY: pem.replace(/\n/g, '\\n'),
        QWEATHER_KEY_ID: 'KID1',
        QWEATHER_PROJECT_ID: 'PROJ1',
      }),
    )
    expect(config.host).toBe('abcxyz.re.qweatherapi.com')
    const t = transport({ '/v7/weather/now': { body: NOW } })
    await qweather(config, t.get).now('101280604')
    expect(t.seen[0].headers.Authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
    expect(t.seen[0].headers).not.toHaveProperty('X-QW-Api-Key')
  })

  it('names what is missing', () => {
    expect(() => qweatherConfigFromEnv(envFrom({}))).toThrow('QWEATHER_API_HOST')
    expect(() => qweatherConfigFromEnv(envFrom({ QWEATHER_API_HOST: 'h' }))).toThrow('QWEATHER_API_KEY')
    expect(() => qweatherConfigFromEnv(envFrom({ QWEATHER_API_HOST: 'h', QWEATHER_PRIVATE_KEY: pem }))).toThrow('QWEATHER_KEY_ID')
    expect(qweatherConfigFromEnv(envFrom({ QWEATHER_API_HOST: 'h', QWEATHER_API_KEY: 'k' })).auth).toEqual({ kind: 'apiKey', key: 'k' })
  })
})
