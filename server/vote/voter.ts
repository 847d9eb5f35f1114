import { COLLECTIONS } from '../collections'
import type { Database } from '../cloud'
import { rows } from '../db'
import { fail, type Ctx } from '../handler'
import { ballotId } from './model'
import type { BallotDoc, VoteDoc, VoterParty } from '../collections/vote'
import { readVoterParties, withStartRepresentatives } from './roll'

/*
 * Who the caller may cast for, from the frozen roll: her own parties as a registered owner, and
 * the parties of the units she holds an active delegation for. Never from the request body.
 */

export interface Voter {
  openid: string
  /** communityId → the caller's personIds there (usually one). */
  persons: Map<string, string[]>
  delegations: Array<{ communityId: string; ownerPersonId: string; unitId: string; voteId: string | null }>
}

/** Two reads, side by side (and beside the vote read at the call site). */
export async function loadVoter(ctx: Ctx): Promise<Voter> {
  const openid = ctx.caller.openid
  if (!openid) fail('NOT_SIGNED_IN')
  const _ = ctx.db.command
  const hasDelegation = ctx.caller.roles.some((r) => r.role === 'delegate')
  const [bindings, delegations] = await Promise.all([
    rows<{ personId: string; communityId: string }>(
      ctx.db.collection(COLLECTIONS.bindings).where({ openid }).field({ personId: true, communityId: true }).limit(1000),
    ),
    hasDelegation
      ? rows<{ communityId: string; ownerPersonId: string; unitId: string; voteId?: string | null }>(
          ctx.db
            .collection(COLLECTIONS.delegations)
            .where({ delegateOpenid: openid, status: 'active', until: _.gt(new Date(ctx.now())) })
            .field({ communityId: true, ownerPersonId: true, unitId: true, voteId: true })
            .limit(1000),
        )
      : Promise.resolve([]),
  ])
  const persons = new Map<string, string[]>()
  for (const b of bindings) persons.set(b.communityId, [...(persons.get(b.communityId) ?? []), b.personId])
  return { openid, persons, delegations: delegations.map((d) => ({ ...d, voteId: d.voteId ?? null })) }
}

export function communitiesOf(voter: Voter): string[] {
  return [...new Set([...voter.persons.keys(), ...voter.delegations.map((d) => d.communityId)])]
}

export interface Stake {
  party: VoterParty
  as: 'owner' | 'delegate'
  /** The registered owner the ballot speaks for (the caller herself, or her principal). */
  ownerKey: string
  ballotId: string
}

/** Person ids whose roll buckets must be read for this vote. */
export function personIdsFor(voter: Voter, vote: Pick<VoteDoc, '_id' | 'communityId'>): string[] {
  const own = voter.persons.get(vote.communityId) ?? []
  const principals = voter.delegations
    .filter((d) => d.communityId === vote.communityId && (d.voteId === null || d.voteId === vote._id))
    .map((d) => d.ownerPersonId)
  return [...new Set([...own, ...principals])]
}

/** The ballot of `ownerKey` counts for the party: no representative, or she is the one. */
export function speaksForParty(party: Pick<VoterParty, 'representative'>, ownerKey: string): boolean {
  return !party.representative || party.representative === ownerKey
}

/** A party the delegate holds only part of: she may not cast for it, and is told which rooms are missing. */
export interface PartialDelegation {
  party: VoterParty
  ownerKey: string
  /** The party's units in scope not delegated to her (register ids). */
  missingUnitIds: string[]
}

export interface Standing {
  stakes: Stake[]
  /** Parties another co-owner represents. */
  blocked: Set<string>
  /** Parties delegated in part only. */
  partial: PartialDelegation[]
}

/**
 * The caller's standing in a vote. Her stakes, one per party: as owner when she is a registered
 * owner of the party (her own act beats acting for someone else), else as delegate when her
 * principal delegated every unit of the party in the vote's scope to her (see
 * docs/counting-rules.md §3); a party delegated only in part is `partial`, with the rooms missing.
 * A co-owned unit with a voting representative (fixed when voting started) is castable only
 * by the representative or her delegate: the count reads no other co-owner's ballot
 * (core/vote/resolve.ts), so offering it would hand out receipts for ballots that never count.
 */
export function standingIn(voter: Voter, vote: Pick<VoteDoc, '_id' | 'communityId'>, parties: ReadonlyMap<string, VoterParty[]>): Standing {
  const stakes = new Map<string, Stake>()
  const blocked = new Set<string>()
  const partial = new Map<string, PartialDelegation>()
  for (const personId of voter.persons.get(vote.communityId) ?? []) {
    for (const party of parties.get(personId) ?? []) {
      if (!speaksForParty(party, personId)) {
        blocked.add(party.partyId)
        continue
      }
      if (!stakes.has(party.partyId)) {
        stakes.set(party.partyId, {
          party,
          as: 'owner',
          ownerKey: personId,
          ballotId: ballotId(vote._id, party.partyId, { kind: 'owner', ownerKey: personId }),
        })
      }
    }
  }
  for (const [ownerKey, units] of delegatedUnits(voter, vote)) {
    for (const party of parties.get(ownerKey) ?? []) {
      if (stakes.has(party.partyId) || !party.unitIds.some((u) => units.has(u))) continue
      if (!speaksForParty(party, ownerKey)) {
        blocked.add(party.partyId)
        continue
      }
      const missingUnitIds = party.unitIds.filter((u) => !units.has(u))
      if (missingUnitIds.length > 0) {
        partial.set(party.partyId, { party, ownerKey, missingUnitIds })
        continue
      }
      stakes.set(party.partyId, {
        party,
        as: 'delegate',
        ownerKey,
        ballotId: ballotId(vote._id, party.partyId, { kind: 'delegate', ownerKey }),
      })
    }
  }
  return { stakes: [...stakes.values()], blocked, partial: [...partial.values()].filter((p) => !stakes.has(p.party.partyId)) }
}

/** Principal → the units she delegated to the caller for this vote (for it alone, or for a time). */
function delegatedUnits(voter: Voter, vote: Pick<VoteDoc, '_id' | 'communityId'>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const d of voter.delegations) {
    if (d.communityId !== vote.communityId || (d.voteId !== null && d.voteId !== vote._id)) continue
    out.set(d.ownerPersonId, (out.get(d.ownerPersonId) ?? new Set()).add(d.unitId))
  }
  return out
}

/** The owner's own ballot document for the party a delegate would cast for: it prevails over hers. */
export function ownerBallotId(vote: Pick<VoteDoc, '_id'>, stake: Stake): string {
  return ballotId(vote._id, stake.party.partyId, { kind: 'owner', ownerKey: stake.ownerKey })
}

export type OwnBallot = Pick<BallotDoc, '_id' | 'choices' | 'receipt' | 'rev' | 'at' | 'by'>

/** The caller's own ballot documents, by their deterministic ids: one read for any number of votes. */
export async function ownBallots(db: Database, ids: readonly string[]): Promise<Map<string, OwnBallot>> {
  if (ids.length === 0) return new Map()
  const found = await rows<OwnBallot>(
    db
      .collection(COLLECTIONS.ballots)
      .where({ _id: db.command.in([...ids]) })
      .field({ choices: true, receipt: true, rev: true, at: true, by: true })
      .limit(1000),
  )
  return new Map(found.map((b) => [b._id, b]))
}

/** Standing in several votes at once: one bucket read per vote, all side by side. */
export async function standingInVotes(
  db: Database,
  voter: Voter,
  votes: readonly VoteDoc[],
  nowMs: number,
): Promise<Map<string, Standing>> {
  const withRoll = votes.filter((v) => v.roll)
  const lookups = await Promise.all(
    withRoll.map(async (v) => withStartRepresentatives(db, v, nowMs, await readVoterParties(db, v, personIdsFor(voter, v)))),
  )
  return new Map(withRoll.map((v, i) => [v._id, standingIn(voter, v, lookups[i])]))
}
