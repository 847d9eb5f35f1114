import { ballotDigest, type BallotDigest } from '../../core/vote/digest'
import { partiesOf } from '../../core/vote/parties'
import { resolveBallots, type RecordedBallot, type ResolvedBallots } from '../../core/vote/resolve'
import { tallyWithParties, type VoteTally } from '../../core/vote/tally'
import type { Party, ScopeUnit } from '../../core/vote/types'
import { COLLECTIONS } from '../collections'
import type { Database } from '../cloud'
import { voteFail } from './errors'
import type { BallotDoc, ComputedSnapshot, VoteDoc } from '../collections/vote'
import { rangeBounds, readAll, readRanges } from './paging'
import { readRoll, type Roll } from './roll'

/*
 * The server side of the count: read the frozen roll (one read) and every recorded ballot (pages
 * of 1000), turn them into the core's records, and let core/vote resolve and tally. Nothing here
 * decides a vote; it only moves rows into the pure functions.
 */

export type CountedBallot = Pick<
  BallotDoc,
  '_id' | 'partyId' | 'channel' | 'ownerKey' | 'castBy' | 'choices' | 'receipt' | 'at' | 'by' | 'confirmsCoOwners'
>

/**
 * What a count reads of a ballot: everything but these fields, named one by one so the answer
 * is exactly a CountedBallot (the type makes every new BallotDoc field a decision here). `history`
 * is the one that grows: each change of a vote keeps the earlier version in it. Written as an
 * exclusion because it answers the same fields as the inclusion of the rest while the database
 * does less work for it (the local emulator projects it in about half the time).
 */
export const COUNT_PROJECTION: { readonly [K in Exclude<keyof BallotDoc, keyof CountedBallot>]: false } = {
  voteId: false,
  rev: false,
  who: false,
  areaCenti: false,
  coOwned: false,
  note: false,
  history: false,
}

/** One record per item the ballot document chose on (a document holds all of a caster's choices). */
export function recordsOf(doc: CountedBallot): RecordedBallot[] {
  return Object.entries(doc.choices).map(([itemId, choice]): RecordedBallot => {
    const base = { partyId: doc.partyId, itemId, receipt: doc.receipt, at: doc.at }
    switch (doc.channel) {
      case 'electronic':
        return {
          ...base,
          channel: 'electronic',
          choice,
          ownerKey: doc.ownerKey ?? '',
          castBy: doc.castBy === 'delegate' ? 'delegate' : 'owner',
        }
      case 'paper':
        return { ...base, channel: 'paper', choice, enteredBy: doc.by, confirmsCoOwners: doc.confirmsCoOwners || undefined }
      case 'followEntry':
        return { ...base, channel: 'followEntry', choice: 'followMajority', enteredBy: doc.by }
    }
  })
}

export async function readBallots(db: Database, voteId: string, filter: Record<string, unknown> = {}): Promise<CountedBallot[]> {
  return readAll<CountedBallot>(db, COLLECTIONS.ballots, { voteId, ...filter }, COUNT_PROJECTION)
}

/** Every ballot of the vote, as readBallots; with bounds from an earlier count, its ranges side by side. */
export async function readAllBallots(db: Database, voteId: string, bounds?: readonly string[]): Promise<CountedBallot[]> {
  if (!bounds || bounds.length === 0) return readBallots(db, voteId)
  return readRanges<CountedBallot>(db, COLLECTIONS.ballots, { voteId }, COUNT_PROJECTION, bounds)
}

export interface Resolved {
  roll: Roll
  parties: Party[]
  ballots: CountedBallot[]
  resolved: ResolvedBallots
}

/**
 * The roll's parties, grouped once per roll however many steps of a count need them (resolving
 * and tallying both do; 20,000 units take a noticeable while). Keyed on the units list, which
 * nothing changes once read.
 */
const partiesByUnits = new WeakMap<readonly ScopeUnit[], Party[]>()
function partiesOfRoll(roll: Roll): Party[] {
  let parties = partiesByUnits.get(roll.units)
  if (!parties) partiesByUnits.set(roll.units, (parties = partiesOf(roll.units)))
  return parties
}

/** The pure part, shared with the benchmark's SQLite baseline so both run exactly the same code. */
export function resolveRows(roll: Roll, ballots: readonly CountedBallot[]): { parties: Party[]; resolved: ResolvedBallots } {
  const parties = partiesOfRoll(roll)
  const records = ballots.flatMap(recordsOf)
  const resolved = resolveBallots(records, parties, { representatives: roll.representatives })
  if (!resolved.ok) throw new Error(`resolveBallots: ${resolved.message}`) // casts are checked against the roll: a bug
  return { parties, resolved: resolved.data }
}

export function tallyRows(
  vote: Pick<VoteDoc, 'items' | 'followMajorityCounts'>,
  roll: Roll,
  resolved: ResolvedBallots,
): { tally: VoteTally; digest: BallotDigest } {
  const counted = tallyWithParties(
    {
      units: roll.units,
      items: vote.items.map((i) => ({ id: i.id, class: i.class })),
      ballots: resolved.effective,
      settings: { followMajorityCounts: vote.followMajorityCounts },
    },
    partiesOfRoll(roll),
  )
  if (!counted.ok) voteFail('WRONG_STATE', counted.message)
  return { tally: counted.data, digest: ballotDigest(resolved.effective) }
}

/**
 * Roll and ballots read side by side: 1 + ⌈ballots/1000⌉ reads one after another, or with
 * `bounds` (the snapshot's ballotBounds) 1 + ⌈ballots/999⌉ reads all at once.
 */
export async function resolveVote(
  db: Database,
  vote: Pick<VoteDoc, '_id' | 'communityId' | 'startAt'>,
  nowMs: number,
  bounds?: readonly string[],
): Promise<Resolved> {
  const [roll, ballots] = await Promise.all([readRoll(db, vote, nowMs), readAllBallots(db, vote._id, bounds)])
  return { roll, ballots, ...resolveRows(roll, ballots) }
}

/** What 统计录入 is reconciled against, and what 计票完成 must find unchanged (`ballots` in `_id` order). */
export function snapshotOf(t: VoteTally, digest: BallotDigest, nowMs: number, ballots?: ReadonlyArray<{ _id: string }>): ComputedSnapshot {
  const snapshot: ComputedSnapshot = { at: nowMs, scope: t.scope, items: t.items, ballotsSha256: digest.sha256 }
  if (ballots) snapshot.ballotBounds = rangeBounds(ballots)
  return snapshot
}
