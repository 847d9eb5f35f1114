import { mainlandCheckChar } from '../server/register/idNumber'
import type { RegisterRow } from '../server/register/writeSheet'
import { PeopleFactory, type DemoPerson } from './people'
import { intBetween, prng, shuffled } from './prng'

/** A fixed person: name, ID (check digit computed), phone. */
function fixed(name: string, first17: string, phone: string): DemoPerson {
  return { name, idNumber: first17 + mainlandCheckChar(first17), phone }
}

export const MAIN = { id: 'sz-ns-cuihu', name: '桃源居·翠湖苑', district: '南山区', street: '桃源街道' } as const
export const SECOND = { id: 'sz-ns-binhai', name: '海岸城·滨海苑', district: '南山区', street: '粤海街道' } as const

/** The people the personas log in as; their units are placed by hand so their stories hold. */
export const PEOPLE = {
  wangXiulan: fixed('王秀兰', '44030519560314042', '13812345601'),
  liJianguo: fixed('李建国', '44030519620708051', '13912345602'),
  chenMeihua: fixed('陈美华', '44030519650211062', '13712345603'),
  zhangWei: fixed('张伟', '44030419780925033', '18612345604'),
  liuFang: fixed('刘芳', '44030519880517024', '15012345605'),
  zhaoZhiqiang: fixed('赵志强', '44030519670102015', '13612345606'),
  zhouMin: fixed('周敏', '44030519720419026', '15912345607'),
  wuGuoqing: fixed('吴国庆', '44030519691001037', '18812345608'),
  zhengLi: fixed('郑丽', '44030519800823048', '13512345609'),
  zhouHaiyan: fixed('周海燕', '44030519750606028', '18912345610'),
} as const

type PersonKey = keyof typeof PEOPLE

/** building-unitNo-room → owners, for the persona units of the main estate. */
const MAIN_PLACED: Record<string, PersonKey[]> = {
  '1-1-1201': ['wangXiulan'],
  '2-1-802': ['liJianguo', 'chenMeihua'],
  '3-2-1501': ['zhangWei'],
  '4-1-2203': ['zhangWei'],
  '1-2-603': ['liuFang'],
  '2-2-1802': ['zhaoZhiqiang'],
  '3-1-1003': ['zhouMin'],
  '4-2-701': ['wuGuoqing'],
  '1-1-2101': ['zhengLi'],
}

const SECOND_PLACED: Record<string, PersonKey[]> = { 'A--501': ['zhouHaiyan'] }

interface Slot {
  building: string
  unitNo: string
  room: string
  areaCenti: number
}

export interface DemoRegister {
  rows: RegisterRow[]
  developerHeldUnits: number
  coOwnedUnits: number
  /** Owners (other than the developer) holding more than one unit. */
  multiUnitOwners: number
  persons: number
  totalAreaCenti: number
}

/** 桃源居·翠湖苑: 4 buildings × 2 units × floors 2–26 × 3 flats = 600 units, 45.00–180.00 m². */
export function mainRegister(seed = 20240601): DemoRegister {
  const random = prng(seed)
  const slots: Slot[] = []
  for (let b = 1; b <= 4; b++) {
    for (let u = 1; u <= 2; u++) {
      for (let floor = 2; floor <= 26; floor++) {
        for (let flat = 1; flat <= 3; flat++) {
          slots.push({
            building: String(b),
            unitNo: String(u),
            room: `${floor}${String(flat).padStart(2, '0')}`,
            areaCenti: mainArea(random, b, floor, flat),
          })
        }
      }
    }
  }
  return assign(random, MAIN, slots, MAIN_PLACED, { developerHeld: 20, coOwned: 28, pairs: 14, triples: 1 })
}

/** 海岸城·滨海苑: 2 towers (A座, B座) without 单元, 10 floors × 2 flats = 40 units. */
export function secondRegister(seed = 20240602): DemoRegister {
  const random = prng(seed)
  const slots: Slot[] = []
  for (const b of ['A', 'B']) {
    for (let floor = 1; floor <= 10; floor++) {
      for (let flat = 1; flat <= 2; flat++) {
        slots.push({
          building: b,
          unitNo: '',
          room: `${floor}${String(flat).padStart(2, '0')}`,
          areaCenti: intBetween(random, 6000, 14000),
        })
      }
    }
  }
  return assign(random, SECOND, slots, SECOND_PLACED, { developerHeld: 1, coOwned: 2, pairs: 1, triples: 0 })
}

/** Three small estates in other districts, so the 评价排名 has projects, companies and districts to compare. */
export const ESTATES = [
  { id: 'sz-ft-lianhua', name: '莲花·景田苑', district: '福田区', street: '莲花街道' },
  { id: 'sz-ft-xiangmi', name: '香蜜湖·丽湖居', district: '福田区', street: '香蜜湖街道' },
  { id: 'sz-lh-dongmen', name: '东门·翠竹园', district: '罗湖区', street: '东门街道' },
] as const

/** A small estate: one building, 6 floors × 4 flats = 24 units, each held by one owner. */
export function estateRegister(community: (typeof ESTATES)[number], seed: number): DemoRegister {
  const random = prng(seed)
  const slots: Slot[] = []
  for (let floor = 1; floor <= 6; floor++) {
    for (let flat = 1; flat <= 4; flat++) {
      slots.push({ building: '1', unitNo: '1', room: `${floor}0${flat}`, areaCenti: intBetween(random, 7000, 12000) })
    }
  }
  return assign(random, community, slots, {}, { developerHeld: 0, coOwned: 0, pairs: 0, triples: 0 })
}

function mainArea(random: () => number, building: number, floor: number, flat: number): number {
  if (building === 4 && floor >= 25) return intBetween(random, 16000, 18000)
  const [min, max] = flat === 1 ? [8500, 10000] : flat === 2 ? [12000, 14500] : [4500, 7000]
  const scale = building === 4 ? 1.2 : 1
  return Math.min(18000, Math.round(intBetween(random, min, max) * scale))
}

interface Mix {
  developerHeld: number
  coOwned: number
  pairs: number
  triples: number
}

function assign(
  random: () => number,
  community: { id: string; name: string; district: string; street: string },
  slots: Slot[],
  placed: Record<string, PersonKey[]>,
  mix: Mix,
): DemoRegister {
  const factory = new PeopleFactory(random, Object.values(PEOPLE))
  const key = (s: Slot) => `${s.building}-${s.unitNo}-${s.room}`
  const owners = new Map<string, DemoPerson[]>()
  for (const s of slots)
    if (placed[key(s)])
      owners.set(
        key(s),
        placed[key(s)].map((k) => PEOPLE[k]),
      )

  const free = shuffled(
    random,
    slots.filter((s) => !owners.has(key(s))),
  )
  const developer = new Set(free.splice(0, mix.developerHeld).map(key))
  let next = 0
  const take = () => key(free[next++])
  for (let i = 0; i < mix.coOwned; i++) {
    const husband = factory.person('m')
    // Some couples share a surname, most do not.
    const wife = factory.person('f', random() < 0.2 ? husband.name[0] : undefined)
    owners.set(take(), [husband, wife])
  }
  for (let i = 0; i < mix.pairs; i++) {
    const investor = factory.person()
    owners.set(take(), [investor])
    owners.set(take(), [investor])
  }
  for (let i = 0; i < mix.triples; i++) {
    const investor = factory.person()
    for (let j = 0; j < 3; j++) owners.set(take(), [investor])
  }
  while (next < free.length) owners.set(take(), [factory.person()])

  const rows: RegisterRow[] = slots.map((s) => {
    const list = developer.has(key(s)) ? [] : owners.get(key(s))!
    return {
      communityId: community.id,
      communityName: community.name,
      district: community.district,
      street: community.street,
      building: community === SECOND ? `${s.building}座` : s.building,
      unitNo: s.unitNo,
      room: s.room,
      // A number, as Excel keeps it; the importer reads it back exactly.
      area: s.areaCenti / 100,
      ownerNames: list.map((p) => p.name).join('、'),
      idNumbers: list.map((p) => p.idNumber).join('、'),
      phones: list.map((p) => p.phone).join('、'),
      developerHeld: developer.has(key(s)) ? '是' : '否',
    }
  })
  const unitsByOwner = new Map<string, number>()
  for (const list of owners.values()) for (const p of list) unitsByOwner.set(p.idNumber, (unitsByOwner.get(p.idNumber) ?? 0) + 1)
  for (const k of developer) for (const p of owners.get(k) ?? []) unitsByOwner.set(p.idNumber, unitsByOwner.get(p.idNumber)! - 1)
  return {
    rows,
    developerHeldUnits: developer.size,
    coOwnedUnits: [...owners.entries()].filter(([k, list]) => !developer.has(k) && list.length > 1).length,
    multiUnitOwners: [...unitsByOwner.values()].filter((n) => n > 1).length,
    persons: [...unitsByOwner.values()].filter((n) => n > 0).length,
    totalAreaCenti: slots.reduce((sum, s) => sum + s.areaCenti, 0),
  }
}
