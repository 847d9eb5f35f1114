import type { z } from 'zod'
import {
  CHOICE_LABELS,
  OWNER_PREVAILS,
  VOTE_ERRORS,
  VOTE_STATE_LABELS,
  type BallotPage,
  type BallotParty,
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
import type { VoteDoc, VoterParty } from '../collections/vote'
import { missingRoomsSentence } from './cast'
import { effectiveState } from './state'
import { loadVote } from './store'
import { itemView, summaryView } from './views'
import {
  communitiesOf,
  loadVoter,
  ownBallots,
  ownerBallotId,
  standingInVotes,
  type OwnBallot,
  type Stake,
  type Standing,
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

/** The caller's newest votes with her standing and ballots: 3 reads after the caller's own. */
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
  const standing = await standingInVotes(ctx.db, voter, votes, ctx.now())
  const ballots = await ownBallots(
    ctx.db,
    [...standing].flatMap(([id, s]) => s.stakes.flatMap((stake) => ballotIdsOf({ _id: id }, stake))),
  )
  return votes
    .filter((v) => {
      const s = standing.get(v._id)
      return (s?.stakes.length ?? 0) + (s?.partial.length ?? 0) > 0
    })
    .map((vote) => ({ vote, stakes: (standing.get(vote._id) as Standing).stakes, ballots }))
}

/** The caller's own ballot, and for a delegate the owner's (which prevails over hers). */
function ballotIdsOf(vote: Pick<VoteDoc, '_id'>, stake: Stake): string[] {
  return stake.as === 'delegate' ? [stake.ballotId, ownerBallotId(vote, stake)] : [stake.ballotId]
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
  const standing = (await standingInVotes(ctx.db, voter, [vote], ctx.now())).get(vote._id)
  const { stakes, partial } = standing ?? { stakes: [], partial: [] }
  if (stakes.length === 0 && partial.length === 0) {
    if (standing && standing.blocked.size > 0) voteFail('NOT_REPRESENTATIVE')
    voteFail('NOT_YOUR_UNIT', '您在这次投票的范围内没有房屋')
  }
  const ballots = await ownBallots(
    ctx.db,
    stakes.flatMap((s) => ballotIdsOf(vote, s)),
  )
  const partyOf = (party: VoterParty, as: 'owner' | 'delegate', ballot: OwnBallot | undefined, blocked: string | null): BallotParty => ({
    partyId: party.partyId,
    rooms: party.rooms,
    areaCenti: party.areaCenti,
    as,
    coOwned: party.coOwned,
    ballot: myBallot(ballot),
    blocked,
  })
  const ownerVoted = (s: Stake) => s.as === 'delegate' && ballots.has(ownerBallotId(vote, s))
  return ok({
    vote: { ...summaryView(vote, ctx.now()), description: vote.description, items: vote.items.map(itemView) },
    choices: choicesOf(vote),
    parties: [
      ...stakes.map((s) => partyOf(s.party, s.as, ballots.get(s.ballotId), ownerVoted(s) ? VOTE_ERRORS.OWNER_VOTED : null)),
      ...(await Promise.all(partial.map(async (p) => partyOf(p.party, 'delegate', undefined, await missingRoomsSentence(ctx.db, p))))),
    ],
    delegateRule: partial.length > 0 || stakes.some((s) => s.as === 'delegate') ? OWNER_PREVAILS : null,
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
