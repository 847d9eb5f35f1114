import type { Attachment, Choice, ItemClass, PublishedDigest, VoteScope, VoteState } from '../../core/api/vote'
import type { EnteredItemStatistics } from '../../core/vote/reconcile'
import type { ItemTally } from '../../core/vote/tally'
import type { ContentFlag } from '../content/check'

/*
 * The documents of the electronic vote (`votes`, `voteEntries`, `ballots`). Uniqueness rests on
 * deterministic `_id`s (CloudBase's transactions are single-document and a conflict inside an op is
 * not retried), so every id is a pure function of what it identifies (server/vote/model.ts).
 */

/** Who did something and when; `who` is the label shown to people (role, never an openid). */
export interface Stamp {
  by: string
  who: string
  at: number
}

export interface StoredItem {
  id: string
  text: string
  class: ItemClass
  attachments: Attachment[]
}

/** `votes/<voteId>`: everything about one vote except its roll and its ballots. */
export interface VoteDoc {
  _id: string
  /** Set while a content check asks the committee to look at the text (server/content/check.ts). */
  contentFlag?: ContentFlag | null
  communityId: string
  communityName: string
  /** Copied from the community at creation so scope checks need no extra read. */
  street: string
  district: string
  title: string
  description: string
  items: StoredItem[]
  scope: VoteScope
  startAt: number
  endAt: number
  followMajorityCounts: boolean
  /** Persisted state; the clock may have moved it on (see state.ts). */
  state: VoteState
  rev: number
  created: Stamp
  updatedAt: number
  submitted: Stamp | null
  review: (Stamp & { decision: 'approved' | 'rejected'; reason: string | null }) | null
  rejections: Array<Stamp & { reason: string }>
  roll: RollMeta | null
  supplement: { started: Stamp | null; finished: Stamp | null }
  followStage: { finished: Stamp | null }
  /** The system's count, taken when 确认从众 finishes; 统计录入 is reconciled against it. */
  computed: ComputedSnapshot | null
  statistics: StatisticsDoc | null
  confirmations: { committee: Stamp | null; street: Stamp | null }
  tallied: Stamp | null
  result: StoredResult | null
}

export interface RollMeta {
  frozenAt: number
  units: number
  headcount: number
  areaCenti: number
  rollChunks: number
  voterBuckets: number
}

export interface ComputedSnapshot {
  at: number
  scope: { headcount: number; areaCenti: number }
  /** The core's per-item tally, figures and explanation included. */
  items: ItemTally[]
  /** SHA-256 of the effective-ballot list at that moment: 计票完成 must find the same ballots. */
  ballotsSha256: string
  /**
   * Ballot ids that split that count's ballots into runs of 999 (paging.ts rangeBounds), so
   * 计票完成 can read its ranges side by side, one read each. Only a hint for how to split the
   * reads: every ballot is read whatever it holds. Absent on snapshots taken before it existed.
   */
  ballotBounds?: string[]
}

export interface StatisticsDoc {
  entered: EnteredItemStatistics[]
  enteredBy: Stamp
  /** Keyed `<itemId>/<field>`; an explanation holds only while both figures are unchanged. */
  explanations: Array<{ key: string; text: string; entered: number | null; computed: number | null; stamp: Stamp }>
}

export interface StoredResult {
  scope: { headcount: number; areaCenti: number }
  items: ItemTally[]
  digest: PublishedDigest
}

/**
 * A unit of the frozen roll, as a tuple to keep 20,000 of them small:
 * [unitId, room label, areaCenti, ownerKeys (personIds), developerHeld 0|1, masked owner names].
 */
export type RollUnit = [string, string, number, string[], 0 | 1, string[]]

/** `voteEntries/<voteId>:roll:<n>`: a chunk of the roll; all chunks come back in one read. */
export interface RollChunkDoc {
  _id: string
  voteId: string
  kind: 'roll'
  seq: number
  /**
   * The chunk's units as the JSON text of a RollUnit[]: nothing ever queries inside a frozen roll,
   * and one string is decoded by the SDK's EJSON reader about five times faster than 2000 tuples
   * (the count reads the whole roll). Rolls frozen before hold the array itself; both are read.
   */
  units: string | RollUnit[]
  /**
   * [partyId, personId]: co-owned parties whose single co-owner bound before the start represents
   * them, as known at approval; from the start the fixed ones (RepresentativesDoc) stand instead.
   */
  representatives: Array<[string, string]>
}

/** What a voter needs to cast for one party, looked up by person without reading the roll. */
export interface VoterParty {
  partyId: string
  unitIds: string[]
  rooms: string[]
  areaCenti: number
  coOwned: boolean
  ownerKeys: string[]
  representative: string | null
}

/** `voteEntries/<voteId>:voters:<b>`: persons hashed into buckets → the parties they belong to. */
export interface VoterBucketDoc {
  _id: string
  voteId: string
  kind: 'voters'
  seq: number
  persons: Array<[string, VoterParty[]]>
}

export type Channel = 'electronic' | 'paper' | 'followEntry'

export interface BallotVersion {
  choices: Record<string, Choice>
  receipt: string
  at: number
  by: string
}

/**
 * `ballots/<id>`: one document per vote × party × caster (see ballotId). Changes update it in
 * place under a revision check and push the previous version to `history`.
 */
export interface BallotDoc {
  _id: string
  voteId: string
  partyId: string
  channel: Channel
  /** Electronic: the registered owner it speaks for, and whether she or her delegate cast it. */
  ownerKey: string | null
  castBy: 'owner' | 'delegate' | 'staff'
  choices: Record<string, Choice>
  receipt: string
  rev: number
  at: number
  by: string
  who: string
  areaCenti: number
  coOwned: boolean
  confirmsCoOwners: boolean
  note: string | null
  history: BallotVersion[]
}

/**
 * `voteEntries/<voteId>:representatives`: co-owned parties' representatives as fixed when voting
 * started ([partyId, personId]); written once, after the start (server/vote/representatives.ts).
 */
export interface RepresentativesDoc {
  _id: string
  voteId: string
  kind: 'representatives'
  fixedAt: number
  representatives: Array<[string, string]>
}

/**
 * A `voteReminders` document: that an owner was texted a reminder for a vote
 * (`voteReminder:<voteId>:sms:<personId>`), or that a round of reminders ran in a 10-minute window
 * (`voteReminder:<voteId>:round:<window>`). The deterministic ids make both once-only under
 * concurrent taps: the insert that loses answers a duplicate key.
 */
export interface VoteReminderDoc {
  _id: string
  voteId: string
  channel: 'sms' | 'round'
  personId: string | null
  at: Date
}
/**
 * `voteEntries/<voteId>:participation`: who has taken part so far, as the count reads ballots,
 * recomputed at most every 30 s by whichever turnout or non-participant view finds it older
 * (server/vote/participation.ts), so thousands of page views on voting day cost two reads each.
 */
export interface ParticipationDoc {
  _id: string
  voteId: string
  kind: 'participation'
  seq: 0
  /** When the figures were counted (ms). */
  at: number
  parties: number
  areaCenti: number
  /**
   * The units of the parties without a counted ballot, in room order, in chunks of `generation`
   * (counted when a 未参与表决明细 view needs them; null until then).
   */
  absent: { at: number; total: number; generation: string } | null
}

/** `voteEntries/<voteId>:absent:<generation>:<seq>`: one page-sized run of the non-participant rows. */
export interface AbsentChunkDoc {
  _id: string
  voteId: string
  kind: 'absent'
  seq: number
  generation: string
  rows: Array<{ room: string; owners: string; areaCenti: number }>
}

/**
 * A `voteEntries` document: a chunk of the frozen roll, a bucket of voters, the fixed representatives, or
 * participation so far (with its non-participant chunks).
 */
export type VoteEntryDoc = RollChunkDoc | VoterBucketDoc | RepresentativesDoc | ParticipationDoc | AbsentChunkDoc
