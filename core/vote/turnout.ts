import { err, ok, type Result } from '../result'
import { formatArea, formatPeople } from '../format'
import { checkUnits, partiesOf } from './parties'
import { quorumNeeded } from './rules'
import type { EffectiveBallot, ScopeUnit } from './types'

export interface TurnoutFigures {
  total: number
  participating: number
  /** ⌈2·total/3⌉: the least participation meeting the quorum (3·P ≥ 2·T). */
  needed: number
  shortfall: number
  met: boolean
}

export interface Turnout {
  /** null = parties with a ballot on any item. */
  itemId: string | null
  headcount: TurnoutFigures
  area: TurnoutFigures
  met: boolean
  /** e.g. "参与表决 8 人 / 900.00 m²，还差 2 人 / 433.34 m² 达到三分之二". */
  summary: string
}

/**
 * Participation so far against the Art. 278 quorum, for staff to see during voting and to
 * remind non-voters. Accepts any ballots with a party and an item (recorded or effective).
 */
export function turnout(
  units: readonly ScopeUnit[],
  ballots: readonly Pick<EffectiveBallot, 'partyId' | 'itemId'>[],
  itemId: string | null = null,
): Result<Turnout> {
  const checked = checkUnits(units)
  if (!checked.ok) return checked
  const parties = partiesOf(units)
  const byId = new Map(parties.map((p) => [p.id, p]))
  const participating = new Set<string>()
  for (const b of ballots) {
    if (!byId.has(b.partyId)) return err('UNKNOWN_PARTY', `有选票的业主不在投票范围内（${b.partyId}）`)
    if (itemId === null || b.itemId === itemId) participating.add(b.partyId)
  }
  const areaIn = [...participating].reduce((sum, id) => sum + (byId.get(id)?.areaCenti ?? 0), 0)
  const headcount = figures(parties.length, participating.size)
  const area = figures(
    parties.reduce((sum, p) => sum + p.areaCenti, 0),
    areaIn,
  )
  const met = headcount.met && area.met
  const done = `参与表决 ${formatPeople(headcount.participating)} / ${formatArea(area.participating)}`
  const summary = met
    ? `${done}，已达到三分之二（需 ${formatPeople(headcount.needed)} / ${formatArea(area.needed)}）`
    : `${done}，还差 ${formatPeople(headcount.shortfall)} / ${formatArea(area.shortfall)} 达到三分之二`
  return ok({ itemId, headcount, area, met, summary })
}

function figures(total: number, participating: number): TurnoutFigures {
  const needed = quorumNeeded(total)
  return { total, participating, needed, shortfall: Math.max(0, needed - participating), met: participating >= needed }
}
