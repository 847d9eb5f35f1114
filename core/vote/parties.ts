import { err, ok, type Result } from '../result'
import type { Party, ScopeUnit } from './types'

/** The developer's units form one party whatever their number (SPC interpretation Art. 9). */
export const DEVELOPER_PARTY_ID = 'developer'
/** The owner key the developer's ballots carry (ElectronicRecord.ownerKey). */
export const DEVELOPER_OWNER_KEY = 'developer'

/**
 * Total scope area ceiling. The largest product the rules form is 4 × area (major item test),
 * and 4 × 2^50 = 2^52 < 2^53, so every cross-multiplication stays an exact JS integer without
 * BigInt. 2^50 centi ≈ 1.1 × 10^13 m², far beyond any community (a large one is ~10^6 m²).
 */
export const MAX_SCOPE_AREA_CENTI = 2 ** 50

/**
 * Groups units in scope into parties, the "persons" counted by Civil Code Art. 278:
 * - co-owners of one unit are one party (SPC Art. 9: 一个专有部分按一人计算);
 * - units whose registered owner sets are equal merge (SPC Art. 9: 同一买受人拥有一个以上专有部分的，
 *   按一人计算) — "the same buyer" read as the same set of owners, so {A} and {A,B} stay apart;
 * - every developer-held unit (unsold or undelivered) merges into one party (SPC Art. 9).
 * A party's area is the sum of its units' areas in scope (docs/counting-rules.md §1).
 * Deterministic and independent of input order: ids are `party:<smallest unit id>` (or
 * `developer`), lists are sorted by code unit (never localeCompare, which varies by platform).
 */
export function partiesOf(units: readonly ScopeUnit[]): Party[] {
  const groups = new Map<string, ScopeUnit[]>()
  for (const unit of units) {
    const key = unit.developerHeld ? DEVELOPER_PARTY_ID : ownerSetKey(unit.ownerKeys)
    const group = groups.get(key)
    if (group) group.push(unit)
    else groups.set(key, [unit])
  }
  const parties = [...groups.entries()].map(([key, members]) => toParty(key, members))
  return parties.sort((a, b) => compareText(a.id, b.id))
}

function toParty(key: string, members: ScopeUnit[]): Party {
  const sorted = [...members].sort((a, b) => compareText(a.id, b.id))
  const developerHeld = key === DEVELOPER_PARTY_ID
  // The developer votes as itself, under the reserved key `developer`: a buyer still listed on
  // an undelivered unit must not be able to cast the whole developer party's ballot.
  const ownerKeys = developerHeld ? [DEVELOPER_OWNER_KEY] : uniqueSorted(sorted.flatMap((u) => u.ownerKeys))
  return {
    id: developerHeld ? DEVELOPER_PARTY_ID : `party:${sorted[0].id}`,
    unitIds: sorted.map((u) => u.id),
    rooms: sorted.map((u) => u.room),
    ownerKeys,
    developerHeld,
    coOwned: !developerHeld && ownerKeys.length > 1,
    areaCenti: sorted.reduce((sum, u) => sum + u.areaCenti, 0),
  }
}

/** JSON of the sorted unique keys: unambiguous whatever characters the keys contain. */
function ownerSetKey(ownerKeys: readonly string[]): string {
  return JSON.stringify(uniqueSorted(ownerKeys))
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareText)
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Checks the units before counting: a count on bad data must stop with a reason, not guess.
 * Area must be a positive integer (a unit of 0 m² would let an empty scope "pass" a vote).
 */
export function checkUnits(units: readonly ScopeUnit[]): Result<readonly ScopeUnit[]> {
  if (units.length === 0) return err('EMPTY_SCOPE', '投票范围内没有房屋，无法计票')
  const seen = new Set<string>()
  let total = 0
  for (const unit of units) {
    if (seen.has(unit.id)) return err('INVALID_UNIT', `房屋 ${unit.room}（${unit.id}）重复出现`)
    seen.add(unit.id)
    if (!Number.isSafeInteger(unit.areaCenti) || unit.areaCenti <= 0) {
      return err('INVALID_UNIT', `房屋 ${unit.room} 的面积应为正整数（单位 0.01 m²），实为 ${unit.areaCenti}`)
    }
    if (!unit.developerHeld && unit.ownerKeys.length === 0) {
      return err('INVALID_UNIT', `房屋 ${unit.room} 没有登记业主，也未标记为建设单位持有`)
    }
    total += unit.areaCenti
    if (total > MAX_SCOPE_AREA_CENTI) return err('AREA_TOO_LARGE', '投票范围总面积超出可计算范围')
  }
  return ok(units)
}
