import { calendarState, lastPeriod } from './calendar'

describe('the disclosure calendar', () => {
  it('names the period that ended last and its deadline', () => {
    expect(lastPeriod('quarter', 30, '2026-12-04')).toEqual({
      key: '2026-Q3',
      label: '2026年第三季度',
      start: '2026-07-01',
      end: '2026-09-30',
      deadline: '2026-10-30',
    })
    expect(lastPeriod('quarter', 30, '2026-02-10')).toMatchObject({ key: '2025-Q4', start: '2025-10-01', end: '2025-12-31' })
    expect(lastPeriod('halfYear', 30, '2026-12-04')).toMatchObject({ key: '2026-H1', label: '2026年上半年', end: '2026-06-30' })
    expect(lastPeriod('halfYear', 30, '2026-03-01')).toMatchObject({ key: '2025-H2', label: '2025年下半年', end: '2025-12-31' })
    expect(lastPeriod('month', 10, '2026-03-01')).toMatchObject({ key: '2026-M02', end: '2026-02-28', deadline: '2026-03-10' })
    expect(lastPeriod('year', 60, '2026-01-15')).toMatchObject({
      key: '2025',
      label: '2025年度',
      end: '2025-12-31',
      deadline: '2026-03-01',
    })
  })

  it('is done when published after the period ended, else due until the deadline, then overdue', () => {
    const q3 = lastPeriod('quarter', 30, '2026-10-15')
    expect(calendarState(q3, '2026-10-15', [])).toBe('due')
    expect(calendarState(q3, '2026-10-31', ['2026-09-01'])).toBe('overdue')
    expect(calendarState(q3, '2026-10-31', ['2026-10-20'])).toBe('done')
  })
})
