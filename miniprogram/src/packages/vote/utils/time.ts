/*
 * Vote times are instants (ms since epoch) but people read and pick them in Beijing time,
 * whatever the phone's own time zone is. China has no daylight saving, so a fixed +8 h
 * offset is exact.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

/** 1740792600000 → { date: '2025-03-01', time: '09:30' } in Beijing time. */
export function splitBeijing(ms: number): { date: string; time: string } {
  const d = new Date(ms + BEIJING_OFFSET_MS)
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  }
}

/** "2025-03-01 09:30" (Beijing). */
export function formatTime(ms: number): string {
  const { date, time } = splitBeijing(ms)
  return `${date} ${time}`
}

/** '2025-03-01' + '09:30' (Beijing) → ms; null when either part is not a real date or time. */
export function joinBeijing(date: string, time: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  const [y, mo, day, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number)
  if (h > 23 || mi > 59) return null
  const ms = Date.UTC(y, mo - 1, day, h, mi) - BEIJING_OFFSET_MS
  // Date.UTC rolls 2025-02-30 over to March; a date that does not round-trip is not real.
  return splitBeijing(ms).date === date ? ms : null
}

/** The next whole hour after `now`: a sensible default start for a new vote. */
export function nextWholeHour(now: number): number {
  const hour = 60 * 60 * 1000
  return Math.floor(now / hour) * hour + hour
}
