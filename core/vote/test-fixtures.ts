/** Small builders for the vote tests (imported by *.test.ts only). */
import { tally, type VoteTally } from './tally'
import type { Choice, EffectiveBallot, ItemClass, ScopeUnit, VoteItem } from './types'

let nextId = 0

/** A flat owned by one person of its own unless `owners` says otherwise. Area in centi. */
export function unit(p: { id?: string; room?: string; area?: number; owners?: string[]; developer?: boolean } = {}): ScopeUnit {
  const id = p.id ?? `u${String(++nextId).padStart(4, '0')}`
  return {
    id,
    room: p.room ?? id,
    areaCenti: p.area ?? 10000,
    ownerKeys: p.owners ?? (p.developer ? [] : [`owner-${id}`]),
    developerHeld: p.developer ?? false,
  }
}

/** Party id of a unit owned alone (partiesOf names a party after its smallest unit id). */
export function partyOf(u: ScopeUnit): string {
  return `party:${u.id}`
}

export function item(id = 'i1', itemClass: ItemClass = 'ordinary'): VoteItem {
  return { id, class: itemClass }
}

export function ballot(partyId: string, choice: Choice, itemId = 'i1', receipt?: string): EffectiveBallot {
  return { partyId, itemId, choice, channel: 'electronic', receipt: receipt ?? `R-${partyId}-${itemId}` }
}

/** One ballot per unit (units owned alone); `null` = did not vote. */
export function ballotsFor(units: readonly ScopeUnit[], choices: readonly (Choice | null)[], itemId = 'i1'): EffectiveBallot[] {
  return units.flatMap((u, i) => (choices[i] ? [ballot(partyOf(u), choices[i] as Choice, itemId)] : []))
}

export function run(
  units: readonly ScopeUnit[],
  ballots: readonly EffectiveBallot[],
  opts: { items?: VoteItem[]; followMajorityCounts?: boolean } = {},
): VoteTally {
  const result = tally({
    units,
    ballots,
    items: opts.items ?? [item()],
    settings: { followMajorityCounts: opts.followMajorityCounts ?? true },
  })
  if (!result.ok) throw new Error(`tally failed: ${result.code} ${result.message}`)
  return result.data
}

/** Outcome of the first item under the vote's settings. */
export function outcomeOf(units: readonly ScopeUnit[], ballots: readonly EffectiveBallot[], itemClass: ItemClass = 'ordinary') {
  return run(units, ballots, { items: [item('i1', itemClass)] }).items[0].counted
}
