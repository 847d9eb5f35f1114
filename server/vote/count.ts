import { ballotDigest, type BallotDigest } from '../../core/vote/digest'
import { partiesOf } from '../../core/vote/parties'
import { resolveBallots, type RecordedBallot, type ResolvedBallots } from '../../core/vote/resolve'
import { tally, type VoteTally } from '../../core/vote/tally'
import type { Party } from '../../core/vote/types'
import { COLLECTIONS } from '../collections'
import type { Database } from '../cloud'
import { voteFail } from './errors'
import type { BallotDoc, ComputedSnapshot, VoteDoc } from './model'
import { readAll } from './paging'
import { readRoll, type Roll } from './roll'

/*
 * The server side of the count: read the frozen roll (one read) and every recorded ballot (pages
 * of 1000), turn them into the core's records, and let core/vote resolve and tally. Nothing here
 * decides a vote; it only moves rows into the pure functions.
 */

export type CountedBallot = Pick<BallotDoc, '_id' | 'partyId' | 'channel' | 'ownerKey' | 'castBy' | 'choices' | 'receipt' | 'at' | 'by' | 'confirmsCoOwners'>

export const COUNT_FIELDS = {
  partyId: true, channel: true, ownerKey: true, castBy: true, choices: true, receipt: true, at: true, by: true, confirmsCoOwners: true,
} as const

/** One record per item the ballot document chose on (a document holds all of a caster's choices). */
export function recordsOf(doc: CountedBallot): RecordedBallot[] {
  return Object.entries(doc.choices).map(([itemId, choice]): RecordedBallot => {
    const base = { partyId: doc.partyId, itemId, receipt: doc.receipt, at: doc.at }
    switch (doc.channel) {
      case 'electronic':
        return { ...base, channel: 'electronic', choice, ownerKey: doc.ownerKey ?? '', castBy: doc.castBy === 'delegate' ? 'delegate' : 'owner' }
      case 'paper':
        return { ...base, channel: 'paper', choice, enteredBy: doc.by, confirmsCoOwners: doc.confirmsCoOwners || undefined }
      case 'followEntry':
        return { ...base, channel: 'followEntry', choice: 'followMajority', enteredBy: doc.by }
    }
  })
}

export async function readBallots(db: Database, voteId: string, filter: Record<string, unknown> = {}): Promise<CountedBallot[]> {
  return readAll<CountedBallot>(db, COLLECTIONS.ballots, { voteId, ...filter }, COUNT_FIELDS)
}

export interface Resolved {
  roll: Roll
  parties: Party[]
  ballots: CountedBallot[]
  resolved: ResolvedBallots
}

/** The pure part, shared with the benchmark's SQLite baseline so both run exactly the same code. */
export function resolveRows(roll: Roll, ballots: readonly CountedBallot[]): { parties: Party[]; resolved: ResolvedBallots } {
  const parties = partiesOf(roll.units)
  const records = ballots.flatMap(recordsOf)
  const resolved = resolveBallots(records, parties, { representatives: roll.representatives })
  if (!resolved.ok) throw new Error(`resolveBallots: ${resolved.message}`) // casts are checked against the roll: a bug
  return { parties, resolved: resolved.data }
}

export function tallyRows(vote: Pick<VoteDoc, 'items' | 'followMajorityCounts'>, roll: Roll, resolved: ResolvedBallots): { tally: VoteTally; digest: BallotDigest } {
  const counted = tally({
    units: roll.units,
    items: vote.items.map((i) => ({ id: i.id, class: i.class })),
    ballots: resolved.effective,
    settings: { followMajorityCounts: vote.followMajorityCounts },
  })
  if (!counted.ok) voteFail('WRONG_STATE', counted.message)
  return { tally: counted.data, digest: ballotDigest(resolved.effective) }
}

/** Roll and ballots read side by side: 1 + ⌈ballots/1000⌉ reads. */
export async function resolveVote(db: Database, voteId: string): Promise<Resolved> {
  const [roll, ballots] = await Promise.all([readRoll(db, voteId), readBallots(db, voteId)])
  return { roll, ballots, ...resolveRows(roll, ballots) }
}

/** What 统计录入 is reconciled against, and what 计票完成 must find unchanged. */
export function snapshotOf(t: VoteTally, digest: BallotDigest, nowMs: number): ComputedSnapshot {
  return { at: nowMs, scope: t.scope, items: t.items, ballotsSha256: digest.sha256 }
}
