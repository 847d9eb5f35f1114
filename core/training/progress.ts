/**
 * 宣传培训: how much of a course video a person has watched, as the set of intervals (seconds) actually
 * played. Seeking ahead plays nothing, so it adds nothing; watching the same minute twice counts once.
 */
export type Interval = readonly [number, number]

/** A course counts as completed once this share of it was watched. */
export const COMPLETE_SHARE = 0.9

/** Sorted, non-overlapping intervals covering the same seconds (touching ones joined). */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])
  const merged: [number, number][] = []
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else merged.push([a, b])
  }
  return merged
}

export function watchedSeconds(intervals: readonly Interval[], durationS: number): number {
  return mergeIntervals(intervals.map(([a, b]) => [Math.max(0, a), Math.min(durationS, b)] as const)).reduce(
    (sum, [a, b]) => sum + (b - a),
    0,
  )
}

/** Slack for the player's clock against ours, per report (seconds). */
const SLACK_S = 2

/**
 * The part of a reported interval that can have been played: no longer than the wall time since the
 * previous report (plus a little slack), so a client claiming it "watched" a stretch it skipped over gets
 * only what the time allows. The first report of a session may cover at most `firstMaxS`.
 */
export function playable(from: number, to: number, secondsSinceLastReport: number | null, firstMaxS = 15): Interval | null {
  if (!(to > from)) return null
  const allowed = (secondsSinceLastReport === null ? firstMaxS : Math.max(0, secondsSinceLastReport)) + SLACK_S
  return [from, Math.min(to, from + allowed)]
}

export function isComplete(intervals: readonly Interval[], durationS: number): boolean {
  return durationS > 0 && watchedSeconds(intervals, durationS) >= COMPLETE_SHARE * durationS
}
