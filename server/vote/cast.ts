import type { z } from 'zod'
import type { castVoteApi, CastReceipt, Choice } from '../../core/api/vote'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import type { Database } from '../cloud'
import { firstRow, rows } from '../db'
import { roomLabel } from '../../core/format'
import type { Ctx } from '../handler'
import { authorizeVote } from './access'
import { voteFail } from './errors'
import { newReceipt } from './model'
import type { BallotDoc, VoteDoc } from '../collections/vote'
import { readVoterParties, withStartRepresentatives } from './roll'
import { effectiveState, requireState } from './state'
import { isDuplicate } from '../db'
import { castableVote, loadVote } from './store'
import {
  loadVoter,
  ownerBallotId,
  personIdsFor,
  standingIn,
  type OwnBallot,
  type PartialDelegation,
  type Stake,
  type Standing,
} from './voter'

type In = z.output<(typeof castVoteApi)['cast']['input']>

/**
 * Checks a ballot against the vote: every item chosen, no item from elsewhere, 从众 only when the
 * assembly's rules use it. Electronic ballots must be complete; paper entries may leave items blank.
 */
export function checkChoices(
  vote: Pick<VoteDoc, 'items' | 'followMajorityCounts'>,
  choices: Record<string, Choice>,
  complete: boolean,
): void {
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
 * 投票 / 改票. Reads: the caller (handler, 3 side by side) → the vote (cached per instance once
 * approved) + her bindings (+ delegations) side by side → her roll bucket. Writes: one insert.
 *
 * Integrity without retries: each caster has exactly one possible ballot document per party
 * (`ballotId`), so a duplicate or concurrent first cast collides on the `_id` and the database
 * keeps one; a change is a conditional update on the revision read, so two concurrent changes
 * cannot both apply. The loser re-reads once to answer: the same choices → the winner's receipt
 * (nothing written), different choices → BALLOT_CONFLICT.
 */
export async function cast(input: In, ctx: Ctx): Promise<Result<CastReceipt>> {
  const [cached, voter] = await Promise.all([castableVote(ctx.db, input.voteId), loadVoter(ctx)])
  // Outside the voting window the cached copy may be stale (e.g. tallied since): answer from a fresh read.
  authorizeVote(ctx, cached)
  const vote = effectiveState(cached, ctx.now()) === 'voting' ? cached : await loadVote(ctx.db, input.voteId)
  requireState(vote, ctx.now(), ['voting'])
  checkChoices(vote, input.choices, true)
  const personIds = personIdsFor(voter, vote)
  if (personIds.length === 0) voteFail('NOT_YOUR_UNIT')
  const parties = await withStartRepresentatives(ctx.db, vote, ctx.now(), await readVoterParties(ctx.db, vote, personIds))
  const standing = standingIn(voter, vote, parties)
  const stake = standing.stakes.find((s) => s.party.partyId === input.partyId)
  if (!stake) return refuse(ctx.db, standing, input.partyId)
  // The owner's own ballot prevails over her delegate's (docs/counting-rules.md §3): one read, delegates only.
  if (stake.as === 'delegate' && (await readOwnBallot(ctx.db, ownerBallotId(vote, stake)))) voteFail('OWNER_VOTED')

  const castAt = ctx.now()
  const receipt = newReceipt()
  const who = stake.as === 'owner' ? '业主' : '被委托人'
  const doc: BallotDoc = {
    _id: stake.ballotId,
    voteId: vote._id,
    partyId: stake.party.partyId,
    channel: 'electronic',
    ownerKey: stake.ownerKey,
    castBy: stake.as,
    choices: input.choices,
    receipt,
    rev: 1,
    at: castAt,
    by: voter.openid,
    who,
    areaCenti: stake.party.areaCenti,
    coOwned: stake.party.coOwned,
    confirmsCoOwners: false,
    note: null,
    history: [],
  }
  try {
    // The first cast is the common case: one insert, no read before it.
    await ctx.db.collection(COLLECTIONS.ballots).add({ data: doc })
    return ok(receiptOf(vote, stake, doc, null, false))
  } catch (e) {
    if (!isDuplicate(e)) throw e
  }
  const current = await readOwnBallot(ctx.db, stake.ballotId)
  if (!current) voteFail('BALLOT_CONFLICT') // ballots are never removed; only a bug gets here
  if (sameChoices(current.choices, input.choices)) return ok(receiptOf(vote, stake, current, null, true))
  const _ = ctx.db.command
  const previous = { choices: current.choices, receipt: current.receipt, at: current.at, by: current.by }
  const result = (await ctx.db
    .collection(COLLECTIONS.ballots)
    .where({ _id: stake.ballotId, rev: current.rev })
    .update({
      data: {
        choices: _.set(input.choices),
        receipt,
        at: castAt,
        by: voter.openid,
        who,
        rev: current.rev + 1,
        history: _.push([previous]),
      },
    })) as { stats: { updated: number } }
  if (result.stats.updated !== 1) return ok(await settleRace(ctx.db, vote, stake, input.choices))
  return ok(receiptOf(vote, stake, { choices: input.choices, receipt, at: castAt }, current.receipt, false))
}

/** Why the caller holds no stake in the party she asked for. */
async function refuse(db: Database, standing: Standing, partyId: string): Promise<never> {
  const partial = standing.partial.find((p) => p.party.partyId === partyId)
  if (partial) voteFail('DELEGATION_INCOMPLETE', await missingRoomsSentence(db, partial))
  if (standing.blocked.has(partyId)) voteFail('NOT_REPRESENTATIVE')
  return voteFail('NOT_YOUR_UNIT')
}

/**
 * "业主在这次投票范围内的房屋 1栋1单元202 没有委托给您…": the rooms a delegate lacks, named the way
 * people say them (one read of those units; only when she is told).
 */
export async function missingRoomsSentence(db: Database, partial: PartialDelegation): Promise<string> {
  const units = await rows<{ _id: string; building: string; unitNo?: string; room: string }>(
    db
      .collection(COLLECTIONS.units)
      .where({ _id: db.command.in(partial.missingUnitIds) })
      .field({ building: true, unitNo: true, room: true })
      .limit(partial.missingUnitIds.length),
  )
  const labels = partial.missingUnitIds.map((id) => {
    const unit = units.find((u) => u._id === id)
    return unit
      ? roomLabel({ building: unit.building, unitNo: unit.unitNo ?? '', room: unit.room })
      : partial.party.rooms[partial.party.unitIds.indexOf(id)]
  })
  return `业主在这次投票范围内的房屋 ${labels.join('、')} 没有委托给您：一户业主的全部房屋只投一票，只委托了其中一部分时，您不能代其投票`
}

async function readOwnBallot(db: Database, id: string): Promise<OwnBallot | undefined> {
  return firstRow<OwnBallot>(
    db.collection(COLLECTIONS.ballots).where({ _id: id }).field({ choices: true, receipt: true, rev: true, at: true, by: true }).limit(1),
  )
}

/** Lost a race on the same document: one read to tell a duplicate from a real conflict. */
async function settleRace(db: Database, vote: VoteDoc, stake: Stake, choices: Record<string, Choice>): Promise<CastReceipt> {
  const winner = await readOwnBallot(db, stake.ballotId)
  if (!winner || !sameChoices(winner.choices, choices)) voteFail('BALLOT_CONFLICT')
  return receiptOf(vote, stake, winner, null, true)
}

function receiptOf(
  vote: VoteDoc,
  stake: Stake,
  ballot: Pick<OwnBallot, 'receipt' | 'at' | 'choices'>,
  replaced: string | null,
  duplicate: boolean,
): CastReceipt {
  return {
    voteId: vote._id,
    partyId: stake.party.partyId,
    rooms: stake.party.rooms,
    receipt: ballot.receipt,
    castAt: ballot.at,
    choices: ballot.choices,
    replaced,
    duplicate,
  }
}
