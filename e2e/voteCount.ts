/**
 * The vote suite's own bookkeeping, kept apart from the system under test: which parties of
 * building 1 vote on paper and how, and the committee's "hand count" from the ballots the suite
 * cast and the register's areas, so a match with the system's count means both agree.
 */
import type { Page } from 'playwright-core'
import type { Choice } from '../core/api/vote'
import { roomLabel } from '../core/format'

export interface Unit {
  _id: string
  building: string
  unitNo: string
  room: string
  areaCenti: number
  ownerIds: string[]
  developerHeld: boolean
}

/** One party's ballot as the suite cast it: the units it covers and its choice on each of the two items. */
export interface Cast {
  unitIds: string[]
  choices: [Choice, Choice]
}

export type Figures = Record<Choice, { count: number; areaCenti: number }>

export const CHOICE_LABEL: Record<Choice, string> = { agree: '同意', oppose: '反对', abstain: '弃权', followMajority: '从众' }

/** The room as every page labels it (core/format: 1栋2单元603). */
export const room = (u: Unit) => roomLabel(u)

/** The parties that vote on paper: everyone but the developer and those who voted online (`online`: their units), about 85% of them. */
export function paperParties(units: Unit[], online: Set<string>): Array<{ units: Unit[]; choices: [Choice, Choice] }> {
  const parties = new Map<string, Unit[]>()
  for (const u of [...units].sort((a, b) => a._id.localeCompare(b._id))) {
    if (u.developerHeld || online.has(u._id)) continue
    const key = [...u.ownerIds].sort().join('|')
    parties.set(key, [...(parties.get(key) ?? []), u])
  }
  return [...parties.values()]
    .filter((_, i) => i % 7 !== 6)
    .map((partyUnits, i) => ({
      units: partyUnits,
      choices: [i % 10 < 7 ? 'agree' : i % 10 < 9 ? 'oppose' : 'abstain', i % 10 < 6 ? 'agree' : i % 10 < 9 ? 'oppose' : 'abstain'],
    }))
}

/** The committee's own count per item: one vote per party, its in-scope area, from what the suite cast. */
export function handCount(ballots: Cast[], units: Unit[]): [Figures, Figures] {
  const area = new Map(units.map((u) => [u._id, u.areaCenti]))
  const empty = (): Figures => ({
    agree: { count: 0, areaCenti: 0 },
    oppose: { count: 0, areaCenti: 0 },
    abstain: { count: 0, areaCenti: 0 },
    followMajority: { count: 0, areaCenti: 0 },
  })
  const items: [Figures, Figures] = [empty(), empty()]
  for (const b of ballots) {
    const partyArea = b.unitIds.reduce((sum, id) => sum + (area.get(id) ?? 0), 0)
    b.choices.forEach((c, i) => {
      items[i][c].count += 1
      items[i][c].areaCenti += partyArea
    })
  }
  return items
}

/** Types a count into 统计录入: per item, a row per choice with its 人数 and its area in m² (two decimals, from integer centi-m²). */
export async function typeStatistics(p: Page, items: Figures[]): Promise<void> {
  for (const [i, figures] of items.entries()) {
    const rows = p.locator('.stats__item').nth(i).locator('.stats__row')
    for (const [r, c] of (['agree', 'oppose', 'abstain', 'followMajority'] as Choice[]).entries()) {
      const inputs = rows.nth(r).locator('input')
      await inputs.nth(0).fill(String(figures[c].count))
      await inputs.nth(1).fill(`${Math.floor(figures[c].areaCenti / 100)}.${String(figures[c].areaCenti % 100).padStart(2, '0')}`)
    }
  }
}
