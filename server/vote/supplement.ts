import type { z } from 'zod'
import {
  VOTE_STATE_LABELS,
  type CoOwnedCase,
  type EntryView,
  type RoomView,
  type StatisticsView,
  type SupplementOverview,
  type supplementVoteApi,
  type VoteDetail,
} from '../../core/api/vote'
import { partiesOf } from '../../core/vote/parties'
import { resolveBallots } from '../../core/vote/resolve'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import { rows, toDate } from '../db'
import type { Ctx } from '../handler'
import { authorizeVote, whoOf } from './access'
import { checkChoices } from './cast'
import { readBallots, recordsOf, resolveVote, snapshotOf, tallyRows } from './count'
import { entryView, findParty, findRoom, partyBallots, writeEntry } from './entries'
import { voteFail } from './errors'
import type { VoteDoc } from '../collections/vote'
import { readRoll, type Roll } from './roll'
import { effectiveState, requireState } from './state'
import { changeVote, loadVote, stampOf } from './store'
import { statisticsView } from './statistics'
import { detailView } from './views'

type In<A extends keyof typeof supplementVoteApi> = z.output<(typeof supplementVoteApi)[A]['input']>

/**
 * Co-owned units still needing a 补计 confirmation (manual 十一.4), each with why: only co-owned
 * parties' documents are read, and the bindings of their co-owners (one read).
 */
async function pendingCoOwned(ctx: Ctx, vote: VoteDoc, roll: Roll): Promise<CoOwnedCase[]> {
  const parties = partiesOf(roll.units)
  const ballots = await readBallots(ctx.db, vote._id, { coOwned: true })
  const resolved = resolveBallots(ballots.flatMap(recordsOf), parties, { representatives: roll.representatives })
  if (!resolved.ok) throw new Error(resolved.message)
  const names = new Map<string, string>()
  for (const u of roll.units) u.ownerKeys.forEach((k, i) => names.set(k, roll.ownerNames.get(u.id)?.[i] ?? '*'))
  const cases = new Map<string, CoOwnedCase>()
  for (const u of resolved.data.unresolved) {
    const party = parties.find((p) => p.id === u.partyId)
    const owners = party?.ownerKeys.map((k) => names.get(k) ?? '*') ?? []
    const entry = cases.get(u.partyId) ?? { partyId: u.partyId, rooms: u.rooms, owners, why: '', items: [] }
    entry.items.push({
      itemId: u.itemId,
      reason: u.reason,
      choices: Object.entries(u.choicesByOwner).map(([owner, choice]) => ({ owner: names.get(owner) ?? '*', choice })),
    })
    cases.set(u.partyId, entry)
  }
  const keys = [...cases.keys()].flatMap((id) => parties.find((p) => p.id === id)?.ownerKeys ?? [])
  const bound = await boundBeforeStart(ctx, vote, keys)
  for (const c of cases.values()) {
    const party = parties.find((p) => p.id === c.partyId)
    c.why = whyListed(c.owners, party?.ownerKeys.filter((k) => bound.has(k)).length ?? 0)
  }
  return [...cases.values()]
}

/** Which of these co-owners bound before voting started (bindings written before the time was kept count as before). */
async function boundBeforeStart(ctx: Ctx, vote: VoteDoc, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set()
  const found = await rows<{ personId: string; boundAt?: Date | string | number }>(
    ctx.db
      .collection(COLLECTIONS.bindings)
      .where({ communityId: vote.communityId, personId: ctx.db.command.in([...new Set(personIds)]) })
      .field({ personId: true, boundAt: true })
      .limit(1000),
  )
  return new Set(
    found.filter((b) => b.boundAt === undefined || b.boundAt === null || toDate(b.boundAt).getTime() < vote.startAt).map((b) => b.personId),
  )
}

/** docs/counting-rules.md §4: the representative is the one co-owner bound before the start. */
function whyListed(owners: readonly string[], boundBefore: number): string {
  const who = `共有人${owners.join('、')}`
  const lead =
    boundBefore === 0
      ? `${who}都没有在投票开始前绑定房屋，这套房没有投票代表`
      : `${who}中有 ${boundBefore} 位在投票开始前绑定了房屋，这套房没有唯一的投票代表`
  return `${lead}：须在投票补计中确认这套房的投票情况才能进行下一步，各共有人的电子投票仅供参考`
}

export async function overview(input: In<'overview'>, ctx: Ctx): Promise<Result<SupplementOverview>> {
  const vote = await loadVote(ctx.db, input.voteId)
  authorizeVote(ctx, vote)
  const state = effectiveState(vote, ctx.now())
  if (!['closed', 'supplementing', 'followMajority', 'statistics', 'tallied'].includes(state)) {
    voteFail('WRONG_STATE', '投票截止后才能进行投票补计')
  }
  const count = (channel: string) =>
    ctx.db.collection(COLLECTIONS.ballots).where({ voteId: vote._id, channel }).count() as Promise<{ total: number }>
  const [roll, paper, follow, electronic] = await Promise.all([
    readRoll(ctx.db, vote, ctx.now()),
    count('paper'),
    count('followEntry'),
    count('electronic'),
  ])
  return ok({
    voteId: vote._id,
    state,
    stateLabel: VOTE_STATE_LABELS[state],
    coOwnedPending: await pendingCoOwned(ctx, vote, roll),
    paperEntries: paper.total,
    followEntries: follow.total,
    electronicParties: electronic.total,
  })
}

/** 开始补计 (also started by the first paper entry). */
export async function startSupplement(input: In<'startSupplement'>, ctx: Ctx): Promise<Result<VoteDetail>> {
  const current = await loadVote(ctx.db, input.voteId)
  const stamp = stampOf(ctx, whoOf(authorizeVote(ctx, current)))
  requireState(current, ctx.now(), ['closed'])
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    (v) => {
      requireState(v, ctx.now(), ['closed'])
      return {
        set: { state: 'supplementing', supplement: { started: stamp, finished: null } },
        audit: { action: 'startSupplement', before: { state: 'closed' }, after: { state: 'supplementing' } },
        value: null,
      }
    },
    { who: stamp.who },
  )
  return ok(detailView(vote, ctx.now()))
}

export async function findRoomAction(input: In<'findRoom'>, ctx: Ctx): Promise<Result<RoomView>> {
  const vote = await loadVote(ctx.db, input.voteId)
  authorizeVote(ctx, vote)
  requireState(vote, ctx.now(), ['closed', 'supplementing', 'followMajority'])
  const roll = await readRoll(ctx.db, vote, ctx.now())
  const hit = findRoom(roll, partiesOf(roll.units), input.building, input.unitNo, input.room)
  const ballots = await partyBallots(ctx.db, vote._id, hit.party)
  const electronic = ballots.some((b) => b.channel === 'electronic')
  const of = (channel: 'paper' | 'followEntry') => {
    const b = ballots.find((x) => x.channel === channel)
    return b ? entryView({ ...b, partyId: hit.party.id }, hit.party.rooms, electronic && !b.confirmsCoOwners) : null
  }
  return ok({
    unitId: hit.unitId,
    room: hit.room,
    partyId: hit.party.id,
    partyRooms: hit.party.rooms,
    owners: hit.owners,
    areaCenti: hit.party.areaCenti,
    coOwned: hit.party.coOwned,
    electronic,
    paper: of('paper'),
    follow: of('followEntry'),
  })
}

/**
 * 投票补计 by room. A co-owned unit with no representative is confirmed by its 补计 entry
 * (manual 十一.4); otherwise, when the party also voted electronically, the electronic ballot
 * stands and this one is kept for reference (以电子投票结果为准).
 */
export async function enterPaper(input: In<'enterPaper'>, ctx: Ctx): Promise<Result<EntryView>> {
  const vote = await loadVote(ctx.db, input.voteId)
  const stamp = stampOf(ctx, whoOf(authorizeVote(ctx, vote)))
  requireState(vote, ctx.now(), ['closed', 'supplementing'])
  checkChoices(vote, input.choices, false)
  const roll = await readRoll(ctx.db, vote, ctx.now())
  const hit = findRoom(roll, partiesOf(roll.units), input.building, input.unitNo, input.room)
  const confirms = hit.party.coOwned && !roll.representatives[hit.party.id]
  const existing = await partyBallots(ctx.db, vote._id, hit.party)
  return ok(
    await writeEntry(
      ctx,
      {
        vote,
        party: hit.party,
        kind: 'paper',
        choices: input.choices,
        confirmsCoOwners: confirms,
        note: input.note,
        stamp,
        allowed: ['closed', 'supplementing'],
        action: confirms ? 'confirmCoOwned' : 'enterPaper',
        room: hit.room,
      },
      existing,
    ),
  )
}

/** The co-owned confirmation, chosen from the pending list by party rather than by room. */
export async function confirmCoOwned(input: In<'confirmCoOwned'>, ctx: Ctx): Promise<Result<EntryView>> {
  const vote = await loadVote(ctx.db, input.voteId)
  const stamp = stampOf(ctx, whoOf(authorizeVote(ctx, vote)))
  requireState(vote, ctx.now(), ['closed', 'supplementing'])
  checkChoices(vote, input.choices, false)
  const roll = await readRoll(ctx.db, vote, ctx.now())
  const party = findParty(roll, input.partyId)
  if (!party.coOwned || roll.representatives[party.id]) voteFail('NOT_CO_OWNED_CASE')
  const existing = await partyBallots(ctx.db, vote._id, party)
  return ok(
    await writeEntry(
      ctx,
      {
        vote,
        party,
        kind: 'paper',
        choices: input.choices,
        confirmsCoOwners: true,
        note: input.note,
        stamp,
        allowed: ['closed', 'supplementing'],
        action: 'confirmCoOwned',
        room: party.rooms.join('、'),
      },
      existing,
    ),
  )
}

/** 完成补计 → 确认从众; blocked while any co-owned unit awaits confirmation. */
export async function finishSupplement(input: In<'finishSupplement'>, ctx: Ctx): Promise<Result<VoteDetail>> {
  const current = await loadVote(ctx.db, input.voteId)
  const stamp = stampOf(ctx, whoOf(authorizeVote(ctx, current)))
  requireState(current, ctx.now(), ['supplementing'])
  const pending = await pendingCoOwned(ctx, current, await readRoll(ctx.db, current, ctx.now()))
  if (pending.length > 0) {
    voteFail(
      'CO_OWNED_UNCONFIRMED',
      `还有 ${pending.length} 套多位业主共有的房屋没有确认投票情况，请先在本页上方逐套确认：${pending
        .slice(0, 5)
        .map((c) => c.rooms.join('、'))
        .join('；')}${pending.length > 5 ? ' 等' : ''}`,
    )
  }
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    (v) => {
      requireState(v, ctx.now(), ['supplementing'])
      if (v.rev !== current.rev) voteFail('VOTE_CHANGED')
      return {
        set: { state: 'followMajority', supplement: { started: v.supplement.started, finished: stamp } },
        audit: { action: 'finishSupplement', before: { state: 'supplementing' }, after: { state: 'followMajority' } },
        value: null,
      }
    },
    { who: stamp.who },
  )
  return ok(detailView(vote, ctx.now()))
}

/** 确认从众 entry by room: the owner confirmed 从众 offline on these items (all when omitted). */
export async function enterFollow(input: In<'enterFollow'>, ctx: Ctx): Promise<Result<EntryView>> {
  const vote = await loadVote(ctx.db, input.voteId)
  const stamp = stampOf(ctx, whoOf(authorizeVote(ctx, vote)))
  requireState(vote, ctx.now(), ['followMajority'])
  if (!vote.followMajorityCounts) voteFail('FOLLOW_MAJORITY_DISABLED')
  const itemIds = input.itemIds ?? vote.items.map((i) => i.id)
  const choices = Object.fromEntries(itemIds.map((id) => [id, 'followMajority' as const]))
  checkChoices(vote, choices, false)
  const roll = await readRoll(ctx.db, vote, ctx.now())
  const hit = findRoom(roll, partiesOf(roll.units), input.building, input.unitNo, input.room)
  const existing = await partyBallots(ctx.db, vote._id, hit.party)
  return ok(
    await writeEntry(
      ctx,
      {
        vote,
        party: hit.party,
        kind: 'follow',
        choices,
        confirmsCoOwners: false,
        note: input.note,
        stamp,
        allowed: ['followMajority'],
        action: 'enterFollow',
        room: hit.room,
      },
      existing,
    ),
  )
}

/**
 * 完成确认从众 → 统计录入: the system counts every ballot now (nothing can be entered any more)
 * and keeps the figures the committee's own count will be reconciled against.
 */
export async function finishFollowMajority(input: In<'finishFollowMajority'>, ctx: Ctx): Promise<Result<StatisticsView>> {
  const current = await loadVote(ctx.db, input.voteId)
  const stamp = stampOf(ctx, whoOf(authorizeVote(ctx, current)))
  requireState(current, ctx.now(), ['followMajority'])
  const counted = await resolveVote(ctx.db, current, ctx.now())
  if (counted.resolved.unresolved.length > 0) voteFail('CO_OWNED_UNCONFIRMED')
  const { tally, digest } = tallyRows(current, counted.roll, counted.resolved)
  const computed = snapshotOf(tally, digest, ctx.now(), counted.ballots)
  // The audit keeps the figures; the read ranges are only a hint (and name ballots, i.e. who cast).
  const { ballotBounds: _readHint, ...audited } = computed
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    (v) => {
      requireState(v, ctx.now(), ['followMajority'])
      if (v.rev !== current.rev) voteFail('VOTE_CHANGED')
      return {
        set: { state: 'statistics', followStage: { finished: stamp }, computed },
        audit: { action: 'finishFollowMajority', before: { state: 'followMajority' }, after: { state: 'statistics', computed: audited } },
        value: null,
      }
    },
    { who: stamp.who },
  )
  return ok(statisticsView(vote, ctx.now()))
}
