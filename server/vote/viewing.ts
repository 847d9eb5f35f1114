import type { z } from 'zod'
import type { AuditView, manageVoteApi, TurnoutView, VoteDetail, VoteState, VoteSummary } from '../../core/api/vote'
import { formatArea, formatPeople } from '../../core/format'
import { quorumNeeded } from '../../core/vote/rules'
import type { TurnoutFigures } from '../../core/vote/turnout'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import { collection, rows } from '../db'
import type { Ctx } from '../handler'
import { COMMITTEE_ROLES, isIn } from '../../core/roles'
import { areaReachFilter } from '../caller'
import { authorizeVote } from './access'
import { voteFail } from './errors'
import type { VoteDoc } from '../collections/vote'
import { effectiveState } from './state'
import { participationOf } from './participation'
import { castableVote, loadVote, persistClock } from './store'
import { detailView, summaryView } from './views'

type In<A extends keyof typeof manageVoteApi> = z.output<(typeof manageVoteApi)[A]['input']>

/** Persisted states that may show as the requested ones once the clock is applied. */
function storedCandidates(states: readonly VoteState[]): VoteState[] {
  const out = new Set(states)
  if (states.some((s) => s === 'voting' || s === 'closed' || s === 'approved')) {
    out.add('approved')
    out.add('voting')
  }
  return [...out]
}

/**
 * Committee roles see their community's votes, drafts included; supervisors see the submitted
 * votes of their street, district or city. One read.
 */
export async function list(input: In<'list'>, ctx: Ctx): Promise<Result<VoteSummary[]>> {
  // Naming a community asks about it: a role that does not reach it is refused, not shown nothing.
  if (input.communityId) await ctx.authorize(input.communityId)
  const _ = ctx.db.command
  const active = ctx.caller.roles.filter((r) => r.status === 'active')
  const submitted = _.neq('draft')
  const clauses: object[] = []
  const own = active.filter((r) => isIn(COMMITTEE_ROLES, r.role) && r.communityId).map((r) => r.communityId as string)
  if (own.length) clauses.push({ communityId: _.in(own) })
  // Supervisors by area (a street office only where street and district both match), the console everywhere.
  const area = ctx.caller.console ? {} : areaReachFilter(ctx.db, active)
  if (area) clauses.push(_.and([area, { state: submitted }]))
  if (clauses.length === 0) return ok([])
  const scoped: object[] = [clauses.length === 1 ? clauses[0] : _.or(clauses)]
  if (input.communityId) scoped.push({ communityId: input.communityId })
  if (input.states?.length) scoped.push({ state: _.in(storedCandidates(input.states)) })
  const found = await rows<VoteDoc>(
    ctx.db
      .collection(COLLECTIONS.votes)
      .where((scoped.length === 1 ? scoped[0] : _.and(scoped)) as Record<string, unknown>)
      .field({ result: false, computed: false, statistics: false })
      .orderBy('updatedAt', 'desc')
      .skip(input.offset)
      .limit(input.limit),
  )
  const nowMs = ctx.now()
  return ok(found.map((v) => summaryView(v, nowMs)).filter((v) => !input.states?.length || input.states.includes(v.state)))
}

/** Owners see a vote once it is approved; committee and supervisors always (drafts: committee only). */
export async function get(input: In<'get'>, ctx: Ctx): Promise<Result<VoteDetail>> {
  const loaded = await loadVote(ctx.db, input.voteId)
  const roles = authorizeVote(ctx, loaded)
  const state = effectiveState(loaded, ctx.now())
  const staff = roles.some((r) => isIn(COMMITTEE_ROLES, r))
  const ownerOnly = roles.every((r) => r === 'owner' || r === 'delegate')
  if ((state === 'draft' && !staff) || (ownerOnly && (state === 'draft' || state === 'reviewing'))) voteFail('VOTE_NOT_FOUND')
  const vote = await persistClock(ctx, loaded)
  return ok(detailView(vote, ctx.now()))
}

function figures(total: number, participating: number): TurnoutFigures {
  const needed = quorumNeeded(total)
  return { total, participating, needed, shortfall: Math.max(0, needed - participating), met: participating >= needed }
}

/**
 * Live turnout: parties with a ballot the count reads against the ⅔ quorum, by headcount and area,
 * as counted at most 30 s ago (participation.ts; `asOf` says when). At most two reads whatever the
 * roll's size or the number of ballots: the vote (none while it is voting: the instance keeps it, and
 * the roll's totals never change once frozen) and the participation document (none while this
 * instance's copy is fresh).
 */
export async function turnout(input: In<'turnout'>, ctx: Ctx): Promise<Result<TurnoutView>> {
  const vote = await castableVote(ctx.db, input.voteId)
  authorizeVote(ctx, vote)
  if (!vote.roll) voteFail('WRONG_STATE', '投票审核通过后才有参与情况')
  const done = await participationOf(ctx, vote, 'figures')
  const headcount = figures(vote.roll.headcount, done.parties)
  const area = figures(vote.roll.areaCenti, done.areaCenti)
  const met = headcount.met && area.met
  const shortfallText = met ? '' : `还差 ${formatPeople(headcount.shortfall)} / ${formatArea(area.shortfall)}`
  const head = `参与表决 ${formatPeople(headcount.participating)} / ${formatArea(area.participating)}`
  return ok({
    voteId: vote._id,
    headcount,
    area,
    met,
    shortfallText,
    asOf: done.at,
    summary: met
      ? `${head}，已达到三分之二（需 ${formatPeople(headcount.needed)} / ${formatArea(area.needed)}）`
      : `${head}，${shortfallText} 达到三分之二`,
  })
}

const ACTION_LABELS: Record<string, string> = {
  createDraft: '新增议题',
  updateDraft: '编辑议题',
  deleteDraft: '删除议题',
  submit: '提交审核',
  approve: '审核通过',
  reject: '驳回',
  clockTransition: '按时间变更状态',
  startSupplement: '开始投票补计',
  enterPaper: '补计纸质票',
  confirmCoOwned: '共有房屋确认',
  finishSupplement: '完成投票补计',
  enterFollow: '录入确认从众',
  finishFollowMajority: '完成确认从众',
  enterStatistics: '统计录入',
  explainDifference: '说明统计差异',
  confirmByCommittee: '业委会确认',
  confirmByStreet: '街道办确认',
  complete: '计票完成',
  remind: '提醒未投票业主',
  exportNonParticipants: '导出未参与表决明细',
  verifyInPerson: '线下认证',
}

/** The vote's audit log, newest first; actors are shown by role label, never by openid. */
export async function auditLog(input: In<'auditLog'>, ctx: Ctx): Promise<Result<AuditView[]>> {
  const vote = await loadVote(ctx.db, input.voteId)
  authorizeVote(ctx, vote)
  const found = await rows(
    collection(ctx.db, 'audit')
      .where({ targetId: vote._id })
      .orderBy('at', 'desc')
      .orderBy('_id', 'desc')
      .skip(input.offset)
      .limit(input.limit),
  )
  return ok(
    found.map((a) => ({
      at: new Date(a.at).getTime(),
      actor: a.who ?? (a.actor === 'clock' ? '系统（按时间）' : '工作人员'),
      action: a.action,
      actionLabel: ACTION_LABELS[a.action] ?? a.action,
      note: a.note ?? null,
      before: a.before ?? null,
      after: a.after ?? null,
    })),
  )
}
