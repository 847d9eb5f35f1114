import type { z } from 'zod'
import type { castVoteApi, CastReceipt, Choice } from '../../core/api/vote'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import type { Database } from '../cloud'
import { firstRow } from '../db'
import type { Ctx } from '../handler'
import { voteFail } from './errors'
import { ballotId, newReceipt, type BallotDoc, type VoteDoc } from './model'
import { readVoterParties } from './roll'
import { requireState } from './state'
import { isDuplicate, loadVote } from './store'
import { loadVoter, ownBallots, personIdsFor, stakesIn, type OwnBallot, type Stake } from './voter'

type In = z.output<(typeof castVoteApi)['cast']['input']>

/**
 * Checks a ballot against the vote: every item chosen, no item from elsewhere, 从众 only when the
 * assembly's rules use it. Electronic ballots must be complete; paper entries may leave items blank.
 */
export function checkChoices(vote: Pick<VoteDoc, 'items' | 'followMajorityCounts'>, choices: Record<string, Choice>, complete: boolean): void {
  const ids = new Set(vote.items.map((i) => i.id))
  for (const [itemId, choice] of Object.entries(choices)) {
    if (!ids.has(itemId)) voteFail('ITEM_NOT_IN_VOTE', `表决事项 ${itemId} 不属于这次投票`)
    if (choice === 'followMajority' && !vote.followMajorityCounts) voteFail('FOLLOW_MAJORITY_DISABLED')
  }
  if (complete && vote.items.some((i) => !(i.id in choices))) voteFail('ITEMS_INCOMPLETE')
}

export function sameChoices(a: Record<string, Choice>, b: Record<string, Choice>): boolean {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k])
}

/**
 * 投票 / 改票. Reads: the caller (handler, 3 side by side) → vote + bindings + delegations (side by
 * side) → the caller's roll bucket + her ballot document (side by side). Writes: one.
 *
 * Integrity without retries: each caster has exactly one possible ballot document per party
 * (`ballotId`), so a duplicate or concurrent first cast collides on the `_id` and the database
 * keeps one; a change is a conditional update on the revision read, so two concurrent changes
 * cannot both apply. The loser re-reads once to answer: the same choices → the winner's receipt
 * (nothing written), different choices → BALLOT_CONFLICT.
 */
export async function cast(input: In, ctx: Ctx): Promise<Result<CastReceipt>> {
  const [vote, voter] = await Promise.all([loadVote(ctx.db, input.voteId), loadVoter(ctx)])
  requireState(vote, ctx.now(), ['voting'])
  checkChoices(vote, input.choices, true)
  const personIds = personIdsFor(voter, vote)
  if (personIds.length === 0) voteFail('NOT_YOUR_UNIT')
  const candidateIds = candidateBallotIds(vote, input.partyId, voter.persons.get(vote.communityId) ?? [], personIds)
  const [parties, existing] = await Promise.all([readVoterParties(ctx.db, vote, personIds), ownBallots(ctx.db, candidateIds)])
  const stake = stakesIn(voter, vote, parties).find((s) => s.party.partyId === input.partyId)
  if (!stake) voteFail('NOT_YOUR_UNIT')
  const current = existing.get(stake.ballotId)
  if (current && sameChoices(current.choices, input.choices)) return ok(receiptOf(vote, stake, current, null, true))

  const castAt = ctx.now()
  const receipt = newReceipt()
  const who = stake.as === 'owner' ? '业主' : '被委托人'
  if (!current) {
    const doc: BallotDoc = {
      _id: stake.ballotId, voteId: vote._id, partyId: stake.party.partyId, channel: 'electronic', ownerKey: stake.ownerKey,
      castBy: stake.as, choices: input.choices, receipt, rev: 1, at: castAt, by: voter.openid, who,
      areaCenti: stake.party.areaCenti, coOwned: stake.party.coOwned, confirmsCoOwners: false, note: null, history: [],
    }
    try {
      await ctx.db.collection(COLLECTIONS.ballots).add({ data: doc })
    } catch (e) {
      if (!isDuplicate(e)) throw e
      return ok(await settleRace(ctx.db, vote, stake, input.choices))
    }
    return ok(receiptOf(vote, stake, doc, null, false))
  }

  const _ = ctx.db.command
  const previous = { choices: current.choices, receipt: current.receipt, at: current.at, by: current.by }
  const result = (await ctx.db.collection(COLLECTIONS.ballots).where({ _id: stake.ballotId, rev: current.rev }).update({
    data: { choices: _.set(input.choices), receipt, at: castAt, by: voter.openid, who, rev: current.rev + 1, history: _.push([previous]) },
  })) as { stats: { updated: number } }
  if (result.stats.updated !== 1) return ok(await settleRace(ctx.db, vote, stake, input.choices))
  return ok(receiptOf(vote, stake, { choices: input.choices, receipt, at: castAt }, current.receipt, false))
}

/** Ids the caller could own for this party: as owner (each of her person ids) or as delegate. */
function candidateBallotIds(vote: VoteDoc, partyId: string, ownPersonIds: readonly string[], personIds: readonly string[]): string[] {
  return personIds.map((ownerKey) => ballotId(vote._id, partyId, { kind: ownPersonIds.includes(ownerKey) ? 'owner' : 'delegate', ownerKey }))
}

/** Lost a race on the same document: one read to tell a duplicate from a real conflict. */
async function settleRace(db: Database, vote: VoteDoc, stake: Stake, choices: Record<string, Choice>): Promise<CastReceipt> {
  const winner = await firstRow<OwnBallot>(db.collection(COLLECTIONS.ballots).where({ _id: stake.ballotId })
    .field({ choices: true, receipt: true, rev: true, at: true, by: true }).limit(1))
  if (!winner || !sameChoices(winner.choices, choices)) voteFail('BALLOT_CONFLICT')
  return receiptOf(vote, stake, winner, null, true)
}

function receiptOf(vote: VoteDoc, stake: Stake, ballot: Pick<OwnBallot, 'receipt' | 'at' | 'choices'>, replaced: string | null, duplicate: boolean): CastReceipt {
  return {
    voteId: vote._id, partyId: stake.party.partyId, rooms: stake.party.rooms, receipt: ballot.receipt,
    castAt: ballot.at, choices: ballot.choices, replaced, duplicate,
  }
}
