import { err, ok, type Result } from '../result'
import { compareText } from './parties'
import type { Choice, EffectiveBallot, Party, ReceiptCode } from './types'

/**
 * Every ballot the system recorded for a party on an item, before deciding which one counts.
 * Nothing is ever deleted: the losers stay as `reference` (docs/counting-rules.md §7: kept as evidence).
 */
export type RecordedBallot = ElectronicRecord | PaperRecord | FollowEntryRecord

interface RecordBase {
  partyId: string
  itemId: string
  receipt: ReceiptCode
  /** When cast or entered (ms). Later wins between records of the same kind and caster. */
  at: number
}

/** Cast in the mini program by a registered owner of the party, or by her delegate. */
export interface ElectronicRecord extends RecordBase {
  channel: 'electronic'
  choice: Choice
  /** The registered owner this ballot speaks for (the delegate's principal when castBy=delegate). */
  ownerKey: string
  castBy: 'owner' | 'delegate'
}

/** 投票补计: a paper ballot entered by staff after voting closed, by room. */
export interface PaperRecord extends RecordBase {
  channel: 'paper'
  choice: Choice
  enteredBy: string
  /** The 补计 confirmation a co-owned unit needs before the vote can move on (manual 十一.4). */
  confirmsCoOwners?: boolean
}

/** 确认从众 received offline and entered by committee staff, per room (manual 十一.5). */
export interface FollowEntryRecord extends RecordBase {
  channel: 'followEntry'
  choice: 'followMajority'
  enteredBy: string
}

/** Why a ballot is the effective one — kept with the result for audit. */
export type ResolutionRule = 'ownerElectronic' | 'delegateElectronic' | 'coOwnersAgree' | 'coOwnersConfirmed' | 'paper' | 'followEntry'

export type Resolution =
  | { status: 'effective'; ballot: EffectiveBallot; rule: ResolutionRule; reference: RecordedBallot[] }
  | { status: 'none' }
  | {
      status: 'needsConfirmation'
      reason: 'coOwnersDisagree' | 'coOwnersUnconfirmed'
      /** Each co-owner's standing electronic choice, for the 补计 screen ("供参考"). */
      choicesByOwner: Record<string, Choice>
      reference: RecordedBallot[]
    }

/**
 * When a co-owned unit without a bound representative needs a 补计 confirmation.
 * - `always` (default): the manual, 十一.4 — "如某房屋多位业主且未在投票正式开始绑定房屋的，这套房必须
 *   做投票补计确认投票情况才能进行下一步。多位业主的投票结果会记录在系统里供参考。"
 * - `onDisagreement`: the looser reading of docs/counting-rules.md §4 ("if they disagree or none is
 *   designated") — co-owners who all chose the same thing resolve without confirmation.
 */
export type CoOwnerPolicy = 'always' | 'onDisagreement'

export interface ResolveContext {
  party: Pick<Party, 'id' | 'ownerKeys' | 'coOwned'>
  /** The co-owner bound as the unit's voting representative before voting started, if any. */
  representativeKey?: string
  coOwnerPolicy?: CoOwnerPolicy
}

/**
 * Decides the one effective ballot of a party on an item (docs/counting-rules.md §3 "one effective ballot per
 * party per item"). Independent of the order of `records`. Rules, in order:
 * 1. Only registered owners of the party (or, when one is bound, only the representative) cast
 *    for it electronically; other electronic records are kept for reference only.
 * 2. Per owner, her own electronic ballot beats her delegate's: a delegate acts only in the
 *    owner's name ("a delegate's ballot counts as the owner's", docs/counting-rules.md §3), so the owner's own
 *    act is the clearer expression of her will.
 * 3. Per caster, the latest electronic ballot counts — owners may change their vote while voting
 *    is open (ties on `at` broken by receipt code, so the choice is deterministic).
 * 4. Co-owned unit with no representative: if a 补计 confirmation exists it decides; otherwise
 *    the unit needs confirmation (see CoOwnerPolicy) and no ballot counts until it is entered.
 * 5. Electronic beats paper and 从众 entries whenever an electronic ballot stands — manual 十一.4
 *    "如果业主既有纸质票又进行了电子投票，以电子投票结果为准"; those entries stay for reference.
 * 6. Without an electronic ballot: the latest paper entry (a later entry corrects an earlier one).
 * 7. Without paper: the latest staff 从众 entry. A paper ballot beats a 从众 entry because it
 *    states the owner's own opinion, while 从众 defers to others (our reading; no source ranks them).
 */
export function resolveBallot(records: readonly RecordedBallot[], ctx: ResolveContext): Resolution {
  for (const r of records) {
    if (r.partyId !== ctx.party.id || r.itemId !== records[0].itemId) {
      throw new Error('resolveBallot: records of different parties or items') // caller bug
    }
  }
  const ordered = [...records].sort(latestFirst)
  const electronic = ordered.filter((r): r is ElectronicRecord => r.channel === 'electronic')
  const paper = ordered.filter((r): r is PaperRecord => r.channel === 'paper')
  const follow = ordered.filter((r): r is FollowEntryRecord => r.channel === 'followEntry')
  const eligible = ctx.representativeKey ? [ctx.representativeKey] : ctx.party.ownerKeys
  const standing = standingPerOwner(electronic.filter((r) => eligible.includes(r.ownerKey)))
  const effective = (r: RecordedBallot, rule: ResolutionRule): Resolution => ({
    status: 'effective',
    ballot: { partyId: r.partyId, itemId: r.itemId, choice: r.choice, channel: r.channel, receipt: r.receipt },
    rule,
    reference: ordered.filter((o) => o !== r),
  })

  if (standing.length > 0) {
    const needsCoOwnerRule = ctx.party.coOwned && !ctx.representativeKey
    if (!needsCoOwnerRule) {
      // One owner (or the representative, or the developer as one party): her latest stands.
      const pick = standing[0]
      return effective(pick, pick.castBy === 'owner' ? 'ownerElectronic' : 'delegateElectronic')
    }
    const confirmation = paper.find((p) => p.confirmsCoOwners)
    if (confirmation) return effective(confirmation, 'coOwnersConfirmed')
    const choices = new Set(standing.map((r) => r.choice))
    if ((ctx.coOwnerPolicy ?? 'always') === 'onDisagreement' && choices.size === 1) {
      return effective(standing[0], 'coOwnersAgree')
    }
    return {
      status: 'needsConfirmation',
      reason: choices.size > 1 ? 'coOwnersDisagree' : 'coOwnersUnconfirmed',
      choicesByOwner: Object.fromEntries(standing.map((r) => [r.ownerKey, r.choice])),
      reference: ordered,
    }
  }
  if (paper.length > 0) return effective(paper[0], paper[0].confirmsCoOwners ? 'coOwnersConfirmed' : 'paper')
  if (follow.length > 0) return effective(follow[0], 'followEntry')
  return { status: 'none' }
}

/** Per owner: own ballots beat the delegate's; then the latest. Result is latest first. */
function standingPerOwner(latestFirstRecords: readonly ElectronicRecord[]): ElectronicRecord[] {
  const byOwner = new Map<string, ElectronicRecord>()
  for (const r of latestFirstRecords) {
    const current = byOwner.get(r.ownerKey)
    if (!current || (current.castBy === 'delegate' && r.castBy === 'owner')) byOwner.set(r.ownerKey, r)
  }
  return [...byOwner.values()].sort(latestFirst)
}

function latestFirst(a: RecordedBallot, b: RecordedBallot): number {
  return b.at - a.at || compareText(b.receipt, a.receipt)
}

export interface UnresolvedBallot {
  partyId: string
  itemId: string
  rooms: string[]
  reason: 'coOwnersDisagree' | 'coOwnersUnconfirmed'
  choicesByOwner: Record<string, Choice>
}

export interface ResolvedBallots {
  effective: EffectiveBallot[]
  /** Non-empty → the lifecycle must stay in 投票补计 until each is confirmed (manual 十一.4). */
  unresolved: UnresolvedBallot[]
}

export interface ResolveAllOptions {
  /** partyId → representative's owner key, for co-owned units bound before voting started. */
  representatives?: Readonly<Record<string, string>>
  coOwnerPolicy?: CoOwnerPolicy
}

/**
 * Resolves every party × item. A record naming a party outside `parties` stops with
 * UNKNOWN_PARTY rather than being dropped silently. Output sorted by party, then item.
 */
export function resolveBallots(
  records: readonly RecordedBallot[],
  parties: readonly Party[],
  options: ResolveAllOptions = {},
): Result<ResolvedBallots> {
  const byParty = new Map(parties.map((p) => [p.id, p]))
  const groups = new Map<string, RecordedBallot[]>()
  for (const r of records) {
    if (!byParty.has(r.partyId)) return err('UNKNOWN_PARTY', `选票 ${r.receipt} 的业主不在投票范围内`)
    const key = JSON.stringify([r.partyId, r.itemId])
    const group = groups.get(key)
    if (group) group.push(r)
    else groups.set(key, [r])
  }
  const effective: EffectiveBallot[] = []
  const unresolved: UnresolvedBallot[] = []
  const keys = [...groups.keys()].sort(compareText)
  for (const key of keys) {
    const group = groups.get(key) as RecordedBallot[]
    const party = byParty.get(group[0].partyId) as Party
    const resolution = resolveBallot(group, {
      party,
      representativeKey: options.representatives?.[party.id],
      coOwnerPolicy: options.coOwnerPolicy,
    })
    if (resolution.status === 'effective') effective.push(resolution.ballot)
    if (resolution.status === 'needsConfirmation') {
      const { reason, choicesByOwner } = resolution
      unresolved.push({ partyId: party.id, itemId: group[0].itemId, rooms: party.rooms, reason, choicesByOwner })
    }
  }
  return ok({ effective, unresolved })
}
