import { err, ok, type Result } from '../result'
import { evaluateItem, type ChoiceFigures, type ItemResult } from './evaluate'
import { checkUnits, partiesOf } from './parties'
import {
  CHOICES,
  type Dimension,
  type EffectiveBallot,
  type ItemClass,
  type Party,
  type ScopeUnit,
  type VoteItem,
  type VoteSettings,
} from './types'

export interface TallyInput {
  units: readonly ScopeUnit[]
  items: readonly VoteItem[]
  /** Effective ballots only (see resolve.ts): at most one per party per item. */
  ballots: readonly EffectiveBallot[]
  settings: VoteSettings
}

export interface ItemTally {
  itemId: string
  itemClass: ItemClass
  /** The result under this vote's rules: with 从众 when `followMajorityCounts`, else without. */
  counted: ItemResult
  /** docs/counting-rules.md §5: "results are always shown with and without it". */
  withFollowMajority: ItemResult
  withoutFollowMajority: ItemResult
  followMajorityCounts: boolean
}

export interface VoteTally {
  scope: { headcount: number; areaCenti: number }
  parties: Party[]
  items: ItemTally[]
}

type ItemCounts = Record<Dimension, ChoiceFigures>

/**
 * The count: a pure fold of effective ballots into per-item counts, then Art. 278 per item.
 * Same inputs in any order → the same result. Bad inputs (unknown party or item, two ballots
 * for one party on one item, bad unit data) stop the count with a reason instead of guessing.
 */
export function tally(input: TallyInput): Result<VoteTally> {
  return tallyOf(input, () => partiesOf(input.units))
}

/**
 * tally() for a caller that already grouped the units (resolving the ballots needs the parties
 * too): the same result without grouping 20,000 units a second time. `parties` must be
 * `partiesOf(input.units)` — the units are still checked, and the parties are trusted.
 */
export function tallyWithParties(input: TallyInput, parties: readonly Party[]): Result<VoteTally> {
  return tallyOf(input, () => [...parties])
}

function tallyOf(input: TallyInput, partiesOfUnits: () => Party[]): Result<VoteTally> {
  const checked = checkUnits(input.units)
  if (!checked.ok) return checked
  const parties = partiesOfUnits()
  const byId = new Map(parties.map((p) => [p.id, p]))
  const items = checkItems(input.items)
  if (!items.ok) return items
  const ballots = checkBallots(input.ballots, byId, items.data)
  if (!ballots.ok) return ballots

  const counts = ballots.data.reduce(
    (acc, b) => addBallot(acc, b, byId.get(b.partyId) as Party),
    new Map(input.items.map((i) => [i.id, emptyCounts()])),
  )
  const totals = {
    headcount: parties.length,
    area: parties.reduce((sum, p) => sum + p.areaCenti, 0),
  }
  const followMajorityCounts = input.settings.followMajorityCounts
  const itemTallies = input.items.map((item): ItemTally => {
    const c = counts.get(item.id) as ItemCounts
    const withFollowMajority = evaluateItem(item.class, totals, c, true)
    const withoutFollowMajority = evaluateItem(item.class, totals, c, false)
    return {
      itemId: item.id,
      itemClass: item.class,
      counted: followMajorityCounts ? withFollowMajority : withoutFollowMajority,
      withFollowMajority,
      withoutFollowMajority,
      followMajorityCounts,
    }
  })
  return ok({ scope: { headcount: totals.headcount, areaCenti: totals.area }, parties, items: itemTallies })
}

function emptyCounts(): ItemCounts {
  return {
    area: { agree: 0, oppose: 0, abstain: 0, followMajority: 0 },
    headcount: { agree: 0, oppose: 0, abstain: 0, followMajority: 0 },
  }
}

/** One step of the fold: a party's ballot weighs its whole in-scope area and one head. */
function addBallot(acc: Map<string, ItemCounts>, ballot: EffectiveBallot, party: Party): Map<string, ItemCounts> {
  const c = acc.get(ballot.itemId) as ItemCounts
  c.area[ballot.choice] += party.areaCenti
  c.headcount[ballot.choice] += 1
  return acc
}

function checkItems(items: readonly VoteItem[]): Result<Set<string>> {
  if (items.length === 0) return err('NO_ITEMS', '表决没有事项，无法计票')
  const ids = new Set<string>()
  for (const item of items) {
    if (ids.has(item.id)) return err('INVALID_ITEM', `事项 ${item.id} 重复出现`)
    if (item.class !== 'ordinary' && item.class !== 'major') {
      return err('INVALID_ITEM', `事项 ${item.id} 的类别应为一般事项或重大事项`)
    }
    ids.add(item.id)
  }
  return ok(ids)
}

function checkBallots(
  ballots: readonly EffectiveBallot[],
  parties: Map<string, Party>,
  items: Set<string>,
): Result<readonly EffectiveBallot[]> {
  const seen = new Set<string>()
  for (const b of ballots) {
    if (!parties.has(b.partyId)) return err('UNKNOWN_PARTY', `选票 ${b.receipt} 的业主不在投票范围内`)
    if (!items.has(b.itemId)) return err('UNKNOWN_ITEM', `选票 ${b.receipt} 的事项 ${b.itemId} 不属于本次表决`)
    if (!CHOICES.includes(b.choice)) return err('INVALID_CHOICE', `选票 ${b.receipt} 的选项无效`)
    const key = JSON.stringify([b.partyId, b.itemId])
    if (seen.has(key)) {
      const rooms = (parties.get(b.partyId) as Party).rooms.join('、')
      return err('DUPLICATE_BALLOT', `房屋 ${rooms} 在事项 ${b.itemId} 上有不止一张有效票，请先确定有效票`)
    }
    seen.add(key)
  }
  return ok(ballots)
}
