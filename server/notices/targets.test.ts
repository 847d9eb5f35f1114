import { areasOf, communityKeys, reaches, requireReach, targetKeysOf, targetLabel } from './targets'

const c = (id: string, district: string, street: string) => ({ _id: id, name: id, district, street })

describe('a notice reaches a community when they share a key', () => {
  const a = c('a', '南山区', '粤海街道')
  it.each([
    [{ kind: 'city' as const }, true],
    [{ kind: 'district' as const, district: '南山区' }, true],
    [{ kind: 'district' as const, district: '福田区' }, false],
    [{ kind: 'street' as const, district: '南山区', street: '粤海街道' }, true],
    // A street's name is unique only within its district.
    [{ kind: 'street' as const, district: '福田区', street: '粤海街道' }, false],
    [{ kind: 'communities' as const, communityIds: ['b', 'a'] }, true],
    [{ kind: 'communities' as const, communityIds: ['b'] }, false],
  ])('%j → %s', (target, expected) => {
    expect(reaches(targetKeysOf(target), a)).toBe(expected)
  })

  it('gives a community its city, district, street and own key', () => {
    expect(communityKeys(a)).toEqual(['city', 'district:南山区', 'street:南山区/粤海街道', 'community:a'])
  })
})

describe('reach of the sender', () => {
  const district = { role: 'districtCentre' as const, district: '南山区' }
  it('lets a district centre target its district, its streets or chosen communities', () => {
    expect(() => requireReach(district, { kind: 'district', district: '南山区' })).not.toThrow()
    expect(() => requireReach(district, { kind: 'street', district: '南山区', street: '蛇口街道' })).not.toThrow()
    expect(() => requireReach(district, { kind: 'communities', communityIds: ['x'] })).not.toThrow()
  })
  it('refuses it the city and other districts', () => {
    expect(() => requireReach(district, { kind: 'city' })).toThrow('只能向南山区的小区发布通知')
    expect(() => requireReach(district, { kind: 'district', district: '福田区' })).toThrow()
    expect(() => requireReach(district, { kind: 'street', district: '福田区', street: '华富街道' })).toThrow()
  })
  it('lets the city centre target anything', () => {
    expect(() => requireReach({ role: 'cityCentre' }, { kind: 'city' })).not.toThrow()
  })
})

it('counts recipients by street, districts and streets in pinyin order', () => {
  const areas = areasOf([c('1', '南山区', '粤海街道'), c('2', '福田区', '华富街道'), c('3', '南山区', '粤海街道')])
  expect(areas.map((a) => [a.district, a.street, a.total])).toEqual([
    ['福田区', '华富街道', 1],
    ['南山区', '粤海街道', 2],
  ])
  expect(targetLabel({ kind: 'communities', communityIds: ['a', 'a', 'b'] })).toBe('指定的2个小区')
})
