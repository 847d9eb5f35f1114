import type { z } from 'zod'
import type { manageVoteApi, NoticeReport, VoteDetail } from '../../core/api/vote'
import { ok, type Result } from '../../core/result'
import type { Ctx } from '../handler'
import { authorizeVote, whoOf } from './access'
import { voteFail } from './errors'
import { checkContent } from '../content/check'
import { todosIn } from '../todos/write'
import { sendVoteMessages } from './notify'
import { actorOf, voteTodo } from './todos'
import { buildRoll, writeRoll } from './roll'
import { changeVote, loadVote, stampOf } from './store'
import { requireState } from './state'
import { detailView } from './views'

type Api = typeof manageVoteApi
type In<A extends keyof Api> = z.output<Api[A]['input']>

/**
 * 审核通过: freezes the voting roll (units, parties, areas of the scope as the register stands
 * now), then flips the state in one transaction with its audit entry. Afterwards every bound
 * owner in scope who subscribed gets a message (the answer counts who did not), and the street's
 * reviewers a to-do for the tally confirmation to come.
 */
export async function approve(input: In<'approve'>, ctx: Ctx): Promise<Result<VoteDetail & { notified: NoticeReport }>> {
  const current = await loadVote(ctx.db, input.voteId)
  const roles = authorizeVote(ctx, current)
  requireState(current, ctx.now(), ['reviewing'])
  if (current.endAt <= ctx.now()) voteFail('END_PASSED', '投票结束时间已过，请驳回并请业委会修改时间')
  const roll = await buildRoll(ctx.db, current, ctx.now())
  // Another approval may have committed while this one read the register: do not replace its roll.
  if ((await loadVote(ctx.db, input.voteId)).rev !== current.rev) voteFail('VOTE_CHANGED')
  await writeRoll(ctx.db, current._id, roll.docs)
  const stamp = stampOf(ctx, whoOf(roles))
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    async (v, tx) => {
      requireState(v, ctx.now(), ['reviewing'])
      if (v.rev !== current.rev) voteFail('VOTE_CHANGED')
      const todos = todosIn(tx)
      await todos.close('voteReview', v._id, actorOf(stamp), 'approved')
      // Both sides will confirm the statistics: their to-dos wait from now (the page says when it can be done).
      await todos.open(voteTodo('voteConfirmTally', v), actorOf(stamp))
      await todos.open(voteTodo('voteConfirmTallyCommittee', v), actorOf(stamp))
      return {
        set: { state: 'approved', review: { ...stamp, decision: 'approved', reason: null }, roll: roll.meta },
        audit: { action: 'approve', before: { state: v.state }, after: { state: 'approved', roll: roll.meta } },
        value: null,
      }
    },
    { who: stamp.who },
  )
  // Messages go out only after the approval is committed, so their counts travel in the answer.
  const notified = await sendVoteMessages(roll.boundOpenids, vote, 'opened')
  return ok({ ...detailView(vote, ctx.now()), notified })
}

/** 驳回: back to draft with the reason, which the committee sees in the vote's history. */
export async function reject(input: In<'reject'>, ctx: Ctx): Promise<Result<VoteDetail>> {
  const current = await loadVote(ctx.db, input.voteId)
  const roles = authorizeVote(ctx, current)
  requireState(current, ctx.now(), ['reviewing'])
  await checkContent(ctx, [{ label: '驳回原因', text: input.reason }])
  const stamp = stampOf(ctx, whoOf(roles))
  const { vote } = await changeVote(
    ctx,
    input.voteId,
    async (v, tx) => {
      requireState(v, ctx.now(), ['reviewing'])
      await todosIn(tx).close('voteReview', v._id, actorOf(stamp), 'rejected', input.reason)
      return {
        set: {
          state: 'draft',
          review: { ...stamp, decision: 'rejected', reason: input.reason },
          rejections: [...v.rejections, { ...stamp, reason: input.reason }],
        },
        audit: { action: 'reject', before: { state: v.state }, after: { state: 'draft' }, note: input.reason },
        value: null,
      }
    },
    { who: stamp.who },
  )
  return ok(detailView(vote, ctx.now()))
}
