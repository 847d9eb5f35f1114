/**
 * A rating period: a unit rates each target once per period, a changed mind within it replaces
 * the rating. Periods are calendar blocks of `EVALUATION_PERIOD_MONTHS` months in Beijing time
 * (3: quarters); change the constant to rate monthly or half-yearly.
 */
export const EVALUATION_PERIOD_MONTHS = 3

const BEIJING_OFFSET_MS = 8 * 3_600_000

/** '2026-4' is the year's fourth block (of 3 months: Oct–Dec). Sorts within a year up to 9 blocks; ids sort by `periodOrder`. */
export function periodOf(ms: number, months = EVALUATION_PERIOD_MONTHS): string {
  const d = new Date(ms + BEIJING_OFFSET_MS)
  return `${d.getUTCFullYear()}-${Math.floor(d.getUTCMonth() / months) + 1}`
}

/** The periods before `period`, newest first, `count` in all (the period itself included). */
export function recentPeriods(period: string, count: number, months = EVALUATION_PERIOD_MONTHS): string[] {
  const perYear = 12 / months
  let [year, block] = period.split('-').map(Number)
  const out: string[] = []
  for (let i = 0; i < count; i += 1) {
    out.push(`${year}-${block}`)
    block -= 1
    if (block < 1) {
      block = perYear
      year -= 1
    }
  }
  return out
}

/** '2026-4' → '2026年第4季度' (or '第4期' when periods are not quarters). */
export function periodLabel(period: string, months = EVALUATION_PERIOD_MONTHS): string {
  const [year, block] = period.split('-')
  return months === 3 ? `${year}年第${block}季度` : `${year}年第${block}期`
}
