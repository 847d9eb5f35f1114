/**
 * The local weather data set: Shenzhen's districts and a few other cities, with QWeather's location ids so
 * a place picked locally means the same in production, and each place's climate by month (°C, typical
 * daily high and low). The local adapter (localWeather.ts) varies readings around these with the clock.
 */
export interface LocalPlace {
  id: string
  name: string
  adm1: string
  adm2: string
  /** Typical daily high for each month, January first. */
  highs: readonly number[]
  /** How much cooler the night is than the day. */
  spread: number
  /** Whether the demo's typhoon and rainstorm warnings reach it (the coast of Guangdong). */
  coastal: boolean
}

const SHENZHEN_HIGHS = [20, 21, 24, 27, 30, 31, 32, 32, 31, 29, 25, 21] as const

const shenzhen = (id: string, name: string): LocalPlace => ({
  id,
  name,
  adm1: '广东省',
  adm2: '深圳市',
  highs: SHENZHEN_HIGHS,
  spread: 6,
  coastal: true,
})

export const LOCAL_PLACES: readonly LocalPlace[] = [
  shenzhen('101280601', '深圳'),
  shenzhen('101280602', '罗湖'),
  shenzhen('101280603', '福田'),
  shenzhen('101280604', '南山'),
  shenzhen('101280605', '宝安'),
  shenzhen('101280606', '龙岗'),
  shenzhen('101280607', '盐田'),
  shenzhen('101280608', '光明'),
  shenzhen('101280609', '坪山'),
  shenzhen('101280610', '龙华'),
  shenzhen('101280611', '大鹏'),
  {
    id: '101280101',
    name: '广州',
    adm1: '广东省',
    adm2: '广州市',
    highs: [19, 20, 23, 27, 30, 32, 33, 33, 32, 29, 25, 21],
    spread: 7,
    coastal: true,
  },
  {
    id: '101281601',
    name: '东莞',
    adm1: '广东省',
    adm2: '东莞市',
    highs: [19, 20, 23, 27, 30, 32, 33, 33, 32, 29, 25, 21],
    spread: 7,
    coastal: true,
  },
  {
    id: '101320101',
    name: '香港',
    adm1: '香港',
    adm2: '香港',
    highs: [19, 20, 22, 26, 29, 31, 32, 32, 31, 28, 24, 21],
    spread: 4,
    coastal: true,
  },
  {
    id: '101010100',
    name: '北京',
    adm1: '北京市',
    adm2: '北京',
    highs: [2, 6, 13, 21, 27, 31, 31, 30, 26, 19, 10, 3],
    spread: 11,
    coastal: false,
  },
  {
    id: '101020100',
    name: '上海',
    adm1: '上海市',
    adm2: '上海',
    highs: [8, 10, 14, 20, 25, 28, 32, 32, 28, 23, 17, 11],
    spread: 6,
    coastal: false,
  },
]

/** The sky and its rain (mm an hour), from dry to wet. */
export const SKIES: readonly { text: string; precip: number }[] = [
  { text: '晴', precip: 0 },
  { text: '多云', precip: 0 },
  { text: '阴', precip: 0 },
  { text: '阵雨', precip: 1.2 },
  { text: '雷阵雨', precip: 3.5 },
  { text: '中雨', precip: 6 },
]

export const WINDS = ['北风', '东北风', '东风', '东南风', '南风', '西南风', '西风', '西北风'] as const
