import type { z } from 'zod'
import type { ComputedItem, StatisticsView, tallyVoteApi, VoteResultView } from '../../core/api/vote'
import { reconcileStatistics, type EnteredItemStatistics, type Reconciliation } from '../../core/vote/reconcile'
import { ok, type Result } from '../../core/result'
import type { Ctx } from '../handler'
import { authorizeVote, whoOf } from './access'
import { resolveVote, tallyRows } from './count'
import { voteFail } from './errors'
import { uploadFile } from './files'
import type { VoteDoc } from '../collections/vote'
import { todosIn, type TodoActor } from '../todos/write'
import { actorOf, CONFIRM_TODO, voteTodo } from './todos'
import { effectiveState, requireState } from './state'
import { changeVote, loadVote, stampOf, type Tx } from './store'
import { resultView, stampView } from './views'

type In<A extends keyof typeof tallyVoteApi> = z.output<(typeof tallyVoteApi)[A]['input']>

const keyOf = (itemId: string, field: string) => `${itemId}/${field}`

/** The reconciliation with each difference's explanation; an explanation lapses when either figure changes. */
export function reconciled(vote: Pick<VoteDoc, 'computed' | 'statistics'>): {
  reconciliation: StatisticsView['reconciliation']
  clear: boolean
} {
  if (!vote.computed || !vote.statistics) return { reconciliation: null, clear: false }
  const base: Reconciliation = reconcileStatistics(vote.computed.items, vote.statistics.entered)
  const differences = base.differences.map((d) => {
    const e = vote.statistics?.explanations.find(
      (x) => x.key === keyOf(d.itemId, d.field) && x.entered === d.entered && x.computed === d.computed,
    )
    return { ...d, explanation: e?.text ?? null }
  })
  return { reconciliation: { ...base, differences }, clear: differences.every((d) => d.explanation !== null) }
}

export function statisticsView(vote: VoteDoc, nowMs: number): StatisticsView {
  const texts = new Map(vote.items.map((i) => [i.id, i.text]))
  const computed = vote.computed
    ? {
        at: vote.computed.at,
        scope: vote.computed.scope,
        items: vote.computed.items.map((t): ComputedItem => {
          const { area, headcount } = t.counted.explanation
          const fig = (c: 'agree' | 'oppose' | 'abstain' | 'followMajority') => ({ count: headcount[c], areaCenti: area[c] })
          return {
            itemId: t.itemId,
            text: texts.get(t.itemId) ?? '',
            class: t.itemClass,
            figures: { agree: fig('agree'), oppose: fig('oppose'), abstain: fig('abstain'), followMajority: fig('followMajority') },
            participating: { count: headcount.participating, areaCenti: area.participating },
          }
        }),
      }
    : null
  const { reconciliation, clear } = reconciled(vote)
  return {
    voteId: vote._id,
    state: effectiveState(vote, nowMs),
    computed,
    entered: vote.statistics?.entered ?? null,
    enteredBy: stampView(vote.statistics?.enteredBy),
    reconciliation,
    clear,
    confirmations: { committee: stampView(vote.confirmations.committee), street: stampView(vote.confirmations.street) },
  }
}

export async function statistics(input: In<'statistics'>, ctx: Ctx): Promise<Result<StatisticsView>> {
  const vote = await loadVote(ctx.db, input.voteId)
  authorizeVote(ctx, vote)
  return ok(statisticsView(vote, ctx.now()))
}

/** 统计录入: replaces the committee's figures; both confirmations must then be given again. */
export async function enterStatistics(input: In<'enterStatistics'>, ctx: Ctx): Promise<Result<StatisticsView>> {
  const current = await loadVote(ctx.db, input.voteId)
  const stamp = stampOf(ctx, whoOf(authorizeVote(ctx, current)))
  requireState(current, ctx.now(), ['statistics'])
  const known = new Set(current.items.map((i) => i.id))
  const bad = input.items.find((i) => !known.has(i.itemId))
  if (bad) voteFail('ITEM_NOT_IN_VOTE', '录入了一个不属于这次投票的表决事项')
  // Two rows for one item would leave the reconciliation to pick one of them silently.
  const twice = input.items.find((i, at) => input.items.findIndex((j) => j.itemId === i.itemId) !== at)
  if (twice)
    voteFail(
      'DUPLICATE_ITEM',
      `表决事项 ${current.items.find((i) => i.id === twice.itemId)?.text ?? twice.itemId} 录入了两次，每个事项只能录入一次`,
    )
  const entered: EnteredItemStatistics[] = input.items
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    async (v, tx) => {
      requireState(v, ctx.now(), ['statistics'])
      await reopenConfirmations(tx, v, actorOf(stamp))
      return {
        set: {
          statistics: { entered, enteredBy: stamp, explanations: v.statistics?.explanations ?? [] },
          confirmations: { committee: null, street: null },
        },
        audit: { action: 'enterStatistics', before: v.statistics?.entered ?? null, after: entered },
        value: null,
      }
    },
    { who: stamp.who },
  )
  return ok(statisticsView(vote, ctx.now()))
}

/** Changed figures undo both confirmations: the to-do of each side that had confirmed waits again. */
async function reopenConfirmations(tx: Tx, v: VoteDoc, actor: TodoActor): Promise<void> {
  const todos = todosIn(tx)
  for (const side of ['committee', 'street'] as const) {
    if (v.confirmations[side]) await todos.open(voteTodo(CONFIRM_TODO[side], v), actor, '统计数据已修改，需要重新确认')
  }
}

/** A difference that is right as entered (e.g. a ballot the committee judged differently) is explained, on record. */
export async function explainDifference(input: In<'explainDifference'>, ctx: Ctx): Promise<Result<StatisticsView>> {
  const current = await loadVote(ctx.db, input.voteId)
  const stamp = stampOf(ctx, whoOf(authorizeVote(ctx, current)))
  requireState(current, ctx.now(), ['statistics'])
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    async (v, tx) => {
      requireState(v, ctx.now(), ['statistics'])
      if (!v.statistics || !v.computed) voteFail('STATISTICS_MISSING')
      const diff = reconcileStatistics(v.computed.items, v.statistics.entered).differences.find(
        (d) => d.itemId === input.itemId && d.field === input.field,
      )
      if (!diff) voteFail('UNKNOWN_DIFFERENCE')
      const key = keyOf(diff.itemId, diff.field)
      const explanation = { key, text: input.explanation, entered: diff.entered, computed: diff.computed, stamp }
      await reopenConfirmations(tx, v, actorOf(stamp))
      return {
        set: {
          statistics: { ...v.statistics, explanations: [...v.statistics.explanations.filter((e) => e.key !== key), explanation] },
          confirmations: { committee: null, street: null },
        },
        audit: { action: 'explainDifference', before: diff, after: { explanation: input.explanation } },
        value: null,
      }
    },
    { who: stamp.who },
  )
  return ok(statisticsView(vote, ctx.now()))
}

/** 业委会（筹备组）by its director, or 街道办（社区工作站）by a reviewer of the vote's street. */
export async function confirm(input: In<'confirm'>, ctx: Ctx): Promise<Result<StatisticsView>> {
  const current = await loadVote(ctx.db, input.voteId)
  const roles = authorizeVote(ctx, current, input.as === 'committee' ? ['director'] : ['streetReviewer'])
  const stamp = stampOf(ctx, whoOf(roles))
  requireState(current, ctx.now(), ['statistics'])
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    async (v, tx) => {
      requireState(v, ctx.now(), ['statistics'])
      if (!v.statistics) voteFail('STATISTICS_MISSING')
      if (!reconciled(v).clear) voteFail('DIFFERENCES_UNRESOLVED')
      await todosIn(tx).close(CONFIRM_TODO[input.as], v._id, actorOf(stamp), 'confirmed')
      return {
        set: { confirmations: { ...v.confirmations, [input.as]: stamp } },
        audit: { action: input.as === 'committee' ? 'confirmByCommittee' : 'confirmByStreet', after: { confirmations: input.as } },
        value: null,
      }
    },
    { who: stamp.who },
  )
  return ok(statisticsView(vote, ctx.now()))
}

/**
 * 计票完成. Reads the roll and every ballot again, side by side in the ranges the 统计录入 count
 * recorded (1 + ⌈ballots/999⌉ reads at once), checks they are the ballots the statistics were
 * reconciled against, lets core/vote decide each item, publishes the ballot list behind the
 * digest to storage, and commits the result with its audit entry in one transaction. From then
 * on every mutating path answers VOTE_TALLIED.
 */
export async function complete(input: In<'complete'>, ctx: Ctx): Promise<Result<VoteResultView>> {
  const current = await loadVote(ctx.db, input.voteId)
  const stamp = stampOf(ctx, whoOf(authorizeVote(ctx, current)))
  requireState(current, ctx.now(), ['statistics'])
  if (!current.statistics) voteFail('STATISTICS_MISSING')
  if (!reconciled(current).clear) voteFail('DIFFERENCES_UNRESOLVED')
  if (!current.confirmations.committee || !current.confirmations.street) voteFail('NOT_CONFIRMED')
  const counted = await resolveVote(ctx.db, current, ctx.now(), current.computed?.ballotBounds)
  if (counted.resolved.unresolved.length > 0) voteFail('CO_OWNED_UNCONFIRMED')
  const { tally, digest } = tallyRows(current, counted.roll, counted.resolved)
  if (digest.sha256 !== current.computed?.ballotsSha256) voteFail('COUNT_CHANGED')
  const fileID = await uploadFile(`votes/${current._id}/ballots-${digest.sha256.slice(0, 16)}.txt`, Buffer.from(digest.text, 'utf8'))
  const result = {
    scope: tally.scope,
    items: tally.items,
    digest: { format: digest.format, sha256: digest.sha256, count: digest.count, fileID },
  }
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    (v) => {
      requireState(v, ctx.now(), ['statistics'])
      if (v.rev !== current.rev) voteFail('VOTE_CHANGED')
      return {
        set: { state: 'tallied', tallied: stamp, result },
        audit: {
          action: 'complete',
          before: { state: 'statistics' },
          after: {
            state: 'tallied',
            outcomes: tally.items.map((i) => ({ itemId: i.itemId, outcome: i.counted.outcome })),
            digest: result.digest,
          },
        },
        value: null,
      }
    },
    { who: stamp.who },
  )
  return ok(resultView(vote) as VoteResultView)
}

export async function result(input: In<'result'>, ctx: Ctx): Promise<Result<VoteResultView>> {
  const vote = await loadVote(ctx.db, input.voteId)
  authorizeVote(ctx, vote)
  const view = resultView(vote)
  if (!view) voteFail('NOT_PUBLISHED')
  return ok(view)
}
