import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * Every instant the product stores or sends is epoch milliseconds (a number); people read and pick
 * them in Beijing time (Asia/Shanghai) whatever the phone's or server's zone. China has kept UTC+8
 * all year since 1991, so a fixed offset is exact and needs no time-zone database (dayjs's timezone
 * plugin relies on Intl time-zone data, which older mini-program JS engines lack).
 */
export const BEIJING_UTC_OFFSET_MINUTES = 8 * 60

function beijing(ms: number) {
  return dayjs.utc(ms).utcOffset(BEIJING_UTC_OFFSET_MINUTES)
}

/** 1740792600000 → '2025-03-01 09:30' (Beijing): also the `time` field format of subscription messages. */
export function formatDateTime(ms: number): string {
  return beijing(ms).format('YYYY-MM-DD HH:mm')
}

/** 1740792600000 → '2025-03-01' (Beijing). */
export function formatDay(ms: number): string {
  return beijing(ms).format('YYYY-MM-DD')
}

/** 1740792600000 → { date: '2025-03-01', time: '09:30' } in Beijing time, for date and time pickers. */
export function splitBeijing(ms: number): { date: string; time: string } {
  const d = beijing(ms)
  return { date: d.format('YYYY-MM-DD'), time: d.format('HH:mm') }
}

/** '2025-03-01' + '09:30' (Beijing) → ms; null when either part is not a real date or time. */
export function joinBeijing(date: string, time = '00:00'): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null
  const [h, mi] = time.split(':').map(Number)
  if (h > 23 || mi > 59) return null
  const ms = dayjs.utc(`${date}T${time}:00Z`).valueOf() - BEIJING_UTC_OFFSET_MINUTES * 60_000
  // 2025-02-30 rolls over to March; a date that does not round-trip is not real.
  return Number.isNaN(ms) || splitBeijing(ms).date !== date ? null : ms
}

/** The first and last millisecond of a Beijing calendar day ('YYYY-MM-DD'), for "from … to …" filters. */
export function beijingDayRange(date: string): { start: number; end: number } | null {
  const start = joinBeijing(date)
  return start === null ? null : { start, end: start + 24 * 3600_000 - 1 }
}

/** Whether text is a real calendar day 'YYYY-MM-DD' (2025-02-30 is not). */
export function isCalendarDay(text: string): boolean {
  return joinBeijing(text) !== null
}

/** The next whole hour after `now`: a sensible default start for a new vote. */
export function nextWholeHour(now: number): number {
  const hour = 3600_000
  return Math.floor(now / hour) * hour + hour
}

/** Calendar days later, in Beijing time ('2026-01-31' + 1 → '2026-02-01'). */
export function addDays(date: string, days: number): string {
  const start = joinBeijing(date)
  if (start === null) throw new Error(`not a calendar day: ${date}`)
  return formatDay(start + days * 24 * 3600_000)
}
