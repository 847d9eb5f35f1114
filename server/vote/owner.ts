import type { z } from 'zod'
import {
  CHOICE_LABELS,
  VOTE_STATE_LABELS,
  type BallotPage,
  type castVoteApi,
  type Choice,
  type MyBallot,
  type MyBallotEntry,
  type OpenVote,
  type VoteState,
} from '../../core/api/vote'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import { rows } from '../db'
import type { Ctx } from '../handler'
import { authorizeVote } from './access'
import { voteFail } from './errors'
import type { VoteDoc } from '../collections/vote'
import { effectiveState } from './state'
import { readVoterParties } from './roll'
import { loadVote } from './store'
import { itemView, summaryView } from './views'
import {
  communitiesOf,
  loadVoter,
  ownBallots,
  personIdsFor,
  representedByOthers,
  stakesOfVotes,
  type OwnBallot,
  type Stake,
  type Voter,
} from './voter'

type In<A extends keyof typeof castVoteApi> = z.output<(typeof castVoteApi)[A]['input']>

/** States an owner sees: from approval (announced) to the published result. */
const VISIBLE: readonly VoteState[] = ['approved', 'voting', 'closed', 'supplementing', 'followMajority', 'statistics', 'tallied']
const RECENT_VOTES = 20

function myBallot(b: OwnBallot | undefined): MyBallot | null {
  return b ? { receipt: b.receipt, choices: b.choices, castAt: b.at, changes: b.rev - 1 } : null
}

function choicesOf(vote: VoteDoc): Choice[] {
  const all = Object.keys(CHOICE_LABELS) as Choice[]
  return vote.followMajorityCounts ? all : all.filter((c) => c !== 'followMajority')
}

/** The caller's newest votes with her stakes and ballots: 3 reads after the caller's own. */
async function myVotes(
  ctx: Ctx,
  voter: Voter,
  voteId?: string,
): Promise<Array<{ vote: VoteDoc; stakes: Stake[]; ballots: Map<string, OwnBallot> }>> {
  const communities = communitiesOf(voter)
  if (communities.length === 0) return []
  const _ = ctx.db.command
  const filter = voteId ? { _id: voteId, communityId: _.in(communities) } : { communityId: _.in(communities), state: _.in([...VISIBLE]) }
  const votes = await rows<VoteDoc>(
    ctx.db
      .collection(COLLECTIONS.votes)
      .where(filter)
      .field({ result: false, computed: false, statistics: false })
      .orderBy('startAt', 'desc')
      .limit(RECENT_VOTES),
  )
  const stakes = await stakesOfVotes(ctx.db, voter, votes)
  const ballots = await ownBallots(
    ctx.db,
    [...stakes.values()].flat().map((s) => s.ballotId),
  )
  return votes.filter((v) => (stakes.get(v._id)?.length ?? 0) > 0).map((vote) => ({ vote, stakes: stakes.get(vote._id) ?? [], ballots }))
}

export async function openVotes(_input: In<'openVotes'>, ctx: Ctx): Promise<Result<OpenVote[]>> {
  const voter = await loadVoter(ctx)
  const found = await myVotes(ctx, voter)
  return ok(
    found.map(({ vote, stakes, ballots }) => ({
      ...summaryView(vote, ctx.now()),
      parties: stakes.length,
      voted: stakes.filter((s) => ballots.has(s.ballotId)).length,
    })),
  )
}

export async function ballotPage(input: In<'ballotPage'>, ctx: Ctx): Promise<Result<BallotPage>> {
  const [vote, voter] = await Promise.all([loadVote(ctx.db, input.voteId), loadVoter(ctx)])
  authorizeVote(ctx, vote)
  if (!VISIBLE.includes(effectiveState(vote, ctx.now()))) voteFail('VOTE_NOT_FOUND')
  const stakes = (await stakesOfVotes(ctx.db, voter, [vote])).get(vote._id) ?? []
  if (stakes.length === 0) {
    // Her roll bucket is cached by now (stakesOfVotes read it), so telling why costs no read.
    const parties = vote.roll ? await readVoterParties(ctx.db, vote, personIdsFor(voter, vote)) : new Map()
    if (representedByOthers(voter, vote, parties).size > 0) voteFail('NOT_REPRESENTATIVE')
    voteFail('NOT_YOUR_UNIT', '您在这次投票的范围内没有房屋')
  }
  const ballots = await ownBallots(
    ctx.db,
    stakes.map((s) => s.ballotId),
  )
  return ok({
    vote: { ...summaryView(vote, ctx.now()), description: vote.description, items: vote.items.map(itemView) },
    choices: choicesOf(vote),
    parties: stakes.map((s) => ({
      partyId: s.party.partyId,
      rooms: s.party.rooms,
      areaCenti: s.party.areaCenti,
      as: s.as,
      coOwned: s.party.coOwned,
      ballot: myBallot(ballots.get(s.ballotId)),
    })),
  })
}

export async function myBallots(input: In<'myBallots'>, ctx: Ctx): Promise<Result<MyBallotEntry[]>> {
  const voter = await loadVoter(ctx)
  const found = await myVotes(ctx, voter, input.voteId)
  const entries: MyBallotEntry[] = []
  for (const { vote, stakes, ballots } of found) {
    const state = effectiveState(vote, ctx.now())
    for (const s of stakes) {
      const b = myBallot(ballots.get(s.ballotId))
      if (!b) continue
      entries.push({
        ...b,
        voteId: vote._id,
        title: vote.title,
        state,
        stateLabel: VOTE_STATE_LABELS[state],
        partyId: s.party.partyId,
        rooms: s.party.rooms,
        as: s.as,
      })
    }
  }
  return ok(entries)
}
