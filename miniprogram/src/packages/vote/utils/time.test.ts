import { formatTime, joinBeijing, nextWholeHour, splitBeijing } from './time'

describe('Beijing time', () => {
  const ms = Date.UTC(2025, 2, 1, 1, 30) // 09:30 in Beijing

  it('reads an instant in Beijing time whatever the machine zone is', () => {
    expect(splitBeijing(ms)).toEqual({ date: '2025-03-01', time: '09:30' })
    expect(formatTime(ms)).toBe('2025-03-01 09:30')
  })

  it('crosses midnight correctly', () => {
    expect(formatTime(Date.UTC(2025, 11, 31, 16, 5))).toBe('2026-01-01 00:05')
  })

  it('joins a picked date and time back into the same instant', () => {
    expect(joinBeijing('2025-03-01', '09:30')).toBe(ms)
  })

  it.each([
    ['2025-02-30', '09:30'],
    ['2025-3-1', '09:30'],
    ['2025-03-01', '24:00'],
    ['2025-03-01', '9:30'],
  ])('rejects %s %s', (date, time) => {
    expect(joinBeijing(date, time)).toBeNull()
  })

  it('defaults a start to the next whole hour', () => {
    expect(nextWholeHour(Date.UTC(2025, 0, 1, 3, 20))).toBe(Date.UTC(2025, 0, 1, 4, 0))
    expect(nextWholeHour(Date.UTC(2025, 0, 1, 3, 0))).toBe(Date.UTC(2025, 0, 1, 4, 0))
  })
})
