import { formatAreaCenti, formatRole, formatUnit } from './format'

describe('formatAreaCenti', () => {
  it.each([
    [8950, '89.50'],
    [1205, '12.05'],
    [100, '1.00'],
    [7, '0.07'],
    [0, '0.00'],
    [123456789, '1234567.89'],
    [-250, '-2.50'],
  ])('%i centi-m² reads %s', (centi, text) => {
    expect(formatAreaCenti(centi)).toBe(text)
  })
})

describe('formatUnit', () => {
  it('leaves out empty parts', () => {
    expect(formatUnit({ building: '3栋', unitNo: '', room: '车位12' })).toBe('3栋 车位12')
  })
})

describe('formatRole', () => {
  it('marks roles waiting for the director', () => {
    expect(formatRole({ label: '经办人', status: 'pending' })).toBe('经办人（待审核）')
  })

  it('names the street of a street reviewer', () => {
    expect(formatRole({ label: '街道办审核人', scopeName: '桃源街道', status: 'active' })).toBe('街道办审核人·桃源街道')
  })
})
