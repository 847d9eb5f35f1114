import { addDays } from '../format/time'

/** Transfers to one payee closer together than this may be one 大额 transfer split up (issue 9). */
export const SPLIT_WINDOW_DAYS = 30

export interface SplitCandidate {
  id: string
  amountFen: number
  plannedOn: string
}

export interface SplitGroup {
  ids: string[]
  count: number
  totalFen: number
  from: string
  to: string
}

/**
 * The transfers to one payee within 30 days of each other, including `added`, each under the threshold
 * but together reaching it (a 大额 transfer split up); null when there is none. A transfer that is 大额 on
 * its own is published as such already and takes no part. Of several such windows the one with the
 * largest total is taken. `others` are the payee's other live (not voided) transfers.
 */
export function splitGroup(added: SplitCandidate, others: readonly SplitCandidate[], thresholdFen: number): SplitGroup | null {
  if (added.amountFen >= thresholdFen) return null
  const all = [...others.filter((t) => t.id !== added.id && t.amountFen < thresholdFen), added].sort((a, b) =>
    a.plannedOn.localeCompare(b.plannedOn),
  )
  let best: SplitGroup | null = null
  for (const start of all) {
    const end = addDays(start.plannedOn, SPLIT_WINDOW_DAYS)
    if (start.plannedOn > added.plannedOn || end < added.plannedOn) continue
    const inside = all.filter((t) => t.plannedOn >= start.plannedOn && t.plannedOn <= end)
    const totalFen = inside.reduce((sum, t) => sum + t.amountFen, 0)
    if (inside.length < 2 || totalFen < thresholdFen) continue
    if (best && best.totalFen >= totalFen) continue
    best = {
      ids: inside.map((t) => t.id),
      count: inside.length,
      totalFen,
      from: inside[0].plannedOn,
      to: inside[inside.length - 1].plannedOn,
    }
  }
  return best
}
