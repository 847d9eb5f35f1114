import {
  addDays,
  beijingDayRange,
  formatArea,
  formatCenti,
  formatShare,
  formatDateTime,
  formatDay,
  formatPeople,
  formatUnits,
  isCalendarDay,
  joinBeijing,
  nextWholeHour,
  roomLabel,
  splitBeijing,
} from './index'

describe('Beijing time', () => {
  const ms = Date.UTC(2025, 2, 1, 1, 30) // 09:30 in Beijing

  it('reads an instant in Beijing time whatever the machine zone is', () => {
    expect(splitBeijing(ms)).toEqual({ date: '2025-03-01', time: '09:30' })
    expect(formatDateTime(ms)).toBe('2025-03-01 09:30')
    expect(formatDay(Date.UTC(2025, 11, 31, 16, 5))).toBe('2026-01-01')
    expect(formatDateTime(Date.UTC(2025, 11, 31, 16, 5))).toBe('2026-01-01 00:05')
  })

  it('joins a picked date and time back into the same instant', () => {
    expect(joinBeijing('2025-03-01', '09:30')).toBe(ms)
    expect(joinBeijing('2025-03-01')).toBe(Date.UTC(2025, 1, 28, 16, 0))
  })

  it.each([
    ['2025-02-30', '09:30'],
    ['2025-3-1', '09:30'],
    ['2025-03-01', '24:00'],
    ['2025-03-01', '9:30'],
    ['2025-03-01', '09:60'],
  ])('rejects %s %s', (date, time) => {
    expect(joinBeijing(date, time)).toBeNull()
  })

  it('spans a whole Beijing day and steps calendar days', () => {
    const range = beijingDayRange('2025-03-01')!
    expect(formatDateTime(range.start)).toBe('2025-03-01 00:00')
    expect(formatDateTime(range.end)).toBe('2025-03-01 23:59')
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2025-02-29')).toBe(false)
  })

  it('defaults a start to the next whole hour', () => {
    expect(nextWholeHour(Date.UTC(2025, 0, 1, 3, 20))).toBe(Date.UTC(2025, 0, 1, 4, 0))
    expect(nextWholeHour(Date.UTC(2025, 0, 1, 3, 0))).toBe(Date.UTC(2025, 0, 1, 4, 0))
  })
})

describe('areas and measure words', () => {
  it.each([
    [8950, '89.50'],
    [1205, '12.05'],
    [7, '0.07'],
    [0, '0.00'],
    [123456789, '1234567.89'],
    [-250, '-2.50'],
  ])('%i centi-m² reads %s', (centi, text) => {
    expect(formatCenti(centi)).toBe(text)
  })

  it('names what is counted', () => {
    expect(formatArea(8950)).toBe('89.50 m²')
    expect(formatPeople(3)).toBe('3 人')
    expect(formatUnits(600)).toBe('600 套')
  })
})

describe('roomLabel', () => {
  it.each([
    [{ building: '1', unitNo: '2', room: '603' }, '1栋2单元603'],
    [{ building: 'A座', unitNo: '', room: '1201' }, 'A座1201'],
    [{ building: '3栋', unitNo: '2单元', room: '1502' }, '3栋2单元1502'],
    [{ building: '', unitNo: '', room: '车位12' }, '车位12'],
  ])('%j reads %s', (unit, label) => {
    expect(roomLabel(unit)).toBe(label)
  })
})

describe('formatShare', () => {
  it('never says 0% of something or 100% of less than everything', () => {
    expect([0, 1 / 600, 1 / 3000, 0.0004, 0.5, 0.996, 1].map(formatShare)).toEqual([
      '0%',
      '0.2%',
      '不到0.1%',
      '不到0.1%',
      '50%',
      '99%',
      '100%',
    ])
  })
})
