/**
 * The data the count works on. Everything is plain data so the tally stays a pure function
 * (a pure function of (units, parties, ballots, entries, settings) → result, so it can be tested to exhaustion).
 * Areas are integers in 0.01 m² ("centi"); no float ever decides a vote (docs/counting-rules.md §1).
 */

export type Choice = 'agree' | 'oppose' | 'abstain' | 'followMajority'
export const CHOICES: readonly Choice[] = ['agree', 'oppose', 'abstain', 'followMajority']

/** How the effective ballot reached the system. `followEntry` = 确认从众 entered by staff. */
export type Channel = 'electronic' | 'paper' | 'followEntry'

/** Civil Code Art. 278: items 6–8 are `major` (¾ of participants), all others `ordinary` (> ½). */
export type ItemClass = 'ordinary' | 'major'

export type Outcome = 'passed' | 'rejected' | 'noValidDecision'

/**
 * A receipt code shown to the owner after casting and printed in the published list, so she can
 * check her ballot was counted. The lead's castVote generates them; the count only carries them.
 */
export type ReceiptCode = string

/**
 * A unit (专有部分) in the vote's scope. `areaCenti` is the register area (else surveyed, else
 * contract area — SPC interpretation Art. 8) in 0.01 m². `ownerKeys` are the registered owners
 * (any stable key per person). `developerHeld` = unsold or sold-but-undelivered (SPC Art. 9).
 */
export interface ScopeUnit {
  id: string
  room: string
  areaCenti: number
  ownerKeys: readonly string[]
  developerHeld: boolean
}

/** One "person" of Art. 278 as SPC Art. 9 counts them. Built by `partiesOf(units)`. */
export interface Party {
  id: string
  unitIds: string[]
  rooms: string[]
  ownerKeys: string[]
  developerHeld: boolean
  /** Several registered owners share the party's units (共有): see resolve.ts. */
  coOwned: boolean
  areaCenti: number
}

export interface VoteItem {
  id: string
  class: ItemClass
}

export interface VoteSettings {
  /** From the assembly's rules (议事规则): does a 从众 ballot join the majority side? */
  followMajorityCounts: boolean
}

/** The one ballot that counts for a party on an item, after `resolveBallot`. */
export interface EffectiveBallot {
  partyId: string
  itemId: string
  choice: Choice
  channel: Channel
  receipt: ReceiptCode
}

/** Figures are either an area in centi or a headcount; each test is applied to both. */
export type Dimension = 'area' | 'headcount'
