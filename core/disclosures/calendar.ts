import { addDays } from '../format/time'
import { DISCLOSURE_CATEGORY_SPECS, type DisclosureCategory } from './categories'

/*
 * 公开日历: the periodic items a community owes its owners (e.g. common-part income every quarter, the
 * maintenance fund every half year; Civil Code Art. 281 says "定期公布"). For each item the period just
 * ended is due within the grace days after its end; published by then it is done, else overdue.
 */

export const CALENDAR_EVERY = ['month', 'quarter', 'halfYear', 'year'] as const
export type CalendarEvery = (typeof CALENDAR_EVERY)[number]
export const CALENDAR_EVERY_LABELS: Record<CalendarEvery, string> = { month: '每月', quarter: '每季度', halfYear: '每半年', year: '每年' }

export interface CalendarItem {
  category: DisclosureCategory
  every: CalendarEvery
  /** Days after the period's end by which it must be published. */
  graceDays: number
}

/** What a community owes unless its committee configures otherwise. */
export const DEFAULT_CALENDAR: readonly CalendarItem[] = [
  { category: 'commonIncome', every: 'quarter', graceDays: 30 },
  { category: 'maintenanceFund', every: 'halfYear', graceDays: 30 },
]

const MONTHS: Record<CalendarEvery, number> = { month: 1, quarter: 3, halfYear: 6, year: 12 }

export interface DuePeriod {
  /** '2026-Q3'-like key, stable for the to-do's id. */
  key: string
  /** As people read it: 2026年第三季度. */
  label: string
  /** First and last day of the period (Beijing days). */
  start: string
  end: string
  /** Last day to publish. */
  deadline: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const QUARTERS = ['一', '二', '三', '四']

/** The last whole period of `every` that ended before `today`, and its deadline. */
export function lastPeriod(every: CalendarEvery, graceDays: number, today: string): DuePeriod {
  const [y, m] = today.split('-').map(Number)
  const size = MONTHS[every]
  // The period containing today starts at month index floor((m-1)/size)*size; the one before it is due.
  let startIndex = Math.floor((m - 1) / size) * size - size
  let year = y
  if (startIndex < 0) {
    startIndex += 12
    year -= 1
  }
  const start = `${year}-${pad(startIndex + 1)}-01`
  const nextStartMonth = startIndex + size
  const next = nextStartMonth >= 12 ? `${year + 1}-01-01` : `${year}-${pad(nextStartMonth + 1)}-01`
  const end = addDays(next, -1)
  const n = startIndex / size
  const label =
    every === 'month'
      ? `${year}年${startIndex + 1}月`
      : every === 'quarter'
        ? `${year}年第${QUARTERS[n]}季度`
        : every === 'halfYear'
          ? `${year}年${n === 0 ? '上' : '下'}半年`
          : `${year}年度`
  const key =
    every === 'month'
      ? `${year}-M${pad(startIndex + 1)}`
      : every === 'quarter'
        ? `${year}-Q${n + 1}`
        : every === 'halfYear'
          ? `${year}-H${n + 1}`
          : `${year}`
  return { key, label, start, end, deadline: addDays(end, graceDays) }
}

export type CalendarState = 'done' | 'due' | 'overdue'
export const CALENDAR_STATE_LABELS: Record<CalendarState, string> = { done: '已公开', due: '待公开', overdue: '已逾期' }

/** Whether the item's last period is done (published after the period ended), still due, or overdue. */
export function calendarState(period: DuePeriod, today: string, publishedDays: readonly string[]): CalendarState {
  if (publishedDays.some((d) => d > period.end)) return 'done'
  return today > period.deadline ? 'overdue' : 'due'
}

export const calendarItemLabel = (item: Pick<CalendarItem, 'category' | 'every'>) =>
  `${DISCLOSURE_CATEGORY_SPECS[item.category].label}（${CALENDAR_EVERY_LABELS[item.every]}）`
