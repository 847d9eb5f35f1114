import type { z } from 'zod'
import type { manageVoteApi } from '../../core/api/vote'
import { partiesOf } from '../../core/vote/parties'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import type { Ctx } from '../handler'
import { authorizeVote, whoOf } from './access'
import { participatingParties, recordedBallots } from './participation'
import { sendVoteMessages, type SendReport } from './notify'
import { readAll } from './paging'
import { readRoll } from './roll'
import { requireState } from './state'
import { loadVote, writeVoteAudit } from './store'

type In = z.output<(typeof manageVoteApi)['remind']['input']>

/**
 * 提醒未投票业主: a subscription message to every bound owner of a party with no ballot yet,
 * before the end. Owners who did not subscribe are counted, not messaged (WeChat's rule).
 */
export async function remind(input: In, ctx: Ctx): Promise<Result<SendReport>> {
  const vote = await loadVote(ctx.db, input.voteId)
  const who = whoOf(authorizeVote(ctx, vote))
  requireState(vote, ctx.now(), ['voting'])
  const [roll, ballots, bindings] = await Promise.all([
    readRoll(ctx.db, vote._id),
    recordedBallots(ctx, vote._id),
    readAll<{ _id: string; personId: string; openid: string }>(
      ctx.db,
      COLLECTIONS.bindings,
      { communityId: vote.communityId },
      { personId: true, openid: true },
    ),
  ])
  const seen = participatingParties(ballots, roll.representatives)
  const waiting = new Set(
    partiesOf(roll.units)
      .filter((p) => !seen.has(p.id))
      .flatMap((p) => p.ownerKeys),
  )
  const openids = [...new Set(bindings.filter((b) => waiting.has(b.personId)).map((b) => b.openid))]
  const report = await sendVoteMessages(openids, vote, 'reminder')
  await writeVoteAudit(ctx, vote, { action: 'remind', after: report }, who)
  return ok(report)
}
