/** Beijing is UTC+8 all year; shifting the instant and reading UTC fields needs no time-zone data. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

function beijingParts(instant: string | number) {
  const d = new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS)
  return { y: d.getUTCFullYear(), m: pad(d.getUTCMonth() + 1), d: pad(d.getUTCDate()), h: pad(d.getUTCHours()), min: pad(d.getUTCMinutes()) }
}

/** '2025-03-05' in Beijing time. */
export function beijingDay(instant: string | number): string {
  const p = beijingParts(instant)
  return `${p.y}-${p.m}-${p.d}`
}

/** '2025-03-05 19:30' in Beijing time. */
export function beijingDateTime(instant: string | number): string {
  const p = beijingParts(instant)
  return `${p.y}-${p.m}-${p.d} ${p.h}:${p.min}`
}

/** The instant of a Beijing day and 'HH:mm', as ISO text with its offset (what the server's Instant accepts). */
export function beijingInstant(day: string, time: string): string {
  return `${day}T${time}:00+08:00`
}

/** 'today' in Beijing, for default dates in forms. */
export function beijingToday(): string {
  return beijingDay(Date.now())
}

/** '2024-01-01 至 2026-12-31', or what is known of it. */
export function termText(start: string | null, end: string | null): string {
  if (!start && !end) return '未填写'
  return `${start ?? '?'} 至 ${end ?? '?'}`
}
