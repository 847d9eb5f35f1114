import { z } from 'zod'
import { beijingDayRange, isCalendarDay } from '../format/time'

/*
 * One representation of time for every feature (docs/CONVENTIONS.md):
 * - an instant is epoch milliseconds, an integer, on the wire and in contracts;
 * - a calendar day with no time (term dates, filed-on dates, a delegation's last day) is 'YYYY-MM-DD'
 *   text, a day in Beijing;
 * - documents store instants as `Date`, for CloudBase's range queries and serverDate.
 */

/** Epoch milliseconds, 2000–2100: nothing the product records lies outside. */
export const Instant = z
  .number({ invalid_type_error: '时间格式不正确' })
  .int('时间格式不正确')
  .min(Date.UTC(2000, 0, 1), '时间不正确')
  .max(Date.UTC(2100, 0, 1), '时间不正确')

/** A Beijing calendar day 'YYYY-MM-DD' that exists (2025-02-30 does not). */
export const CalendarDay = z
  .string({ invalid_type_error: '日期格式应为 2024-01-31' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2024-01-31')
  .refine(isCalendarDay, '不是有效的日期')

/**
 * The instants a "from day … to day" filter covers, either end open, as the `Date`s documents store:
 * from the first millisecond of `from` to the last of `to`, in Beijing time.
 */
export function dayRangeFilter(from?: string, to?: string): { from?: Date; to?: Date } {
  const start = from ? beijingDayRange(from) : null
  const end = to ? beijingDayRange(to) : null
  return { from: start ? new Date(start.start) : undefined, to: end ? new Date(end.end) : undefined }
}

/** The last millisecond of a Beijing calendar day, as a document stores it (e.g. 委托截止日期). */
export function endOfDay(day: string): Date {
  const range = beijingDayRange(day)
  if (!range) throw new Error(`not a calendar day: ${day}`)
  return new Date(range.end)
}
