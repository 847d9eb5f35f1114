import type { z } from 'zod'
import type { castVoteApi, VoteNoticeStatus } from '../../core/api/vote'
import { ok, type Result } from '../../core/result'
import { fail, type Ctx } from '../handler'
import { grant, liveTemplateIds } from '../notify/consent'
import { voteFail } from './errors'
import { voteTemplates } from './notify'

type In<A extends keyof typeof castVoteApi> = z.output<(typeof castVoteApi)[A]['input']>

/*
 * The owner's consent to the vote's subscription messages, kept in the general ledger
 * (server/notify/consent.ts): each accepted request adds a one-time grant, each message uses one.
 */

function callerOpenid(ctx: Ctx): string {
  const openid = ctx.caller.openid
  if (!openid) fail('NOT_SIGNED_IN')
  return openid
}

/** One read: the caller's live grants for the current templates. */
async function statusOf(ctx: Ctx, openid: string): Promise<VoteNoticeStatus> {
  const templates = voteTemplates()
  const ids = templates.map((t) => t.templateId)
  const live = await liveTemplateIds(ctx.db, openid, ids)
  return { templates, subscribed: ids.filter((id) => live.has(id)) }
}

export async function noticeStatus(_input: In<'noticeStatus'>, ctx: Ctx): Promise<Result<VoteNoticeStatus>> {
  return ok(await statusOf(ctx, callerOpenid(ctx)))
}

/** Records one grant for each named template (all must be the vote's), then answers the new status. */
export async function subscribe(input: In<'subscribe'>, ctx: Ctx): Promise<Result<VoteNoticeStatus>> {
  const openid = callerOpenid(ctx)
  const known = new Set(voteTemplates().map((t) => t.templateId))
  if (input.templateIds.some((id) => !known.has(id))) voteFail('UNKNOWN_TEMPLATE')
  await grant(ctx.db, openid, input.templateIds, new Date(ctx.now()))
  return ok(await statusOf(ctx, openid))
}
