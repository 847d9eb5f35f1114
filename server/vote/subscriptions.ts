import type { z } from 'zod'
import type { castVoteApi, VoteNoticeStatus } from '../../core/api/vote'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import { rows } from '../db'
import { fail, type Ctx } from '../handler'
import { voteFail } from './errors'
import { voteTemplates } from './notify'

type In<A extends keyof typeof castVoteApi> = z.output<(typeof castVoteApi)[A]['input']>

/*
 * The owner's consent to the vote's subscription messages. In the mini program it is
 * `requestSubscribeMessage` that makes WeChat deliver, and the server cannot see it; this record
 * is what the local subscribe port checks (no document → errcode 43101, as WeChat answers), and
 * what lets the page say the owner has turned the notices on.
 */

interface SubscriptionDoc {
  _id: string
  openid: string
  templateId: string
  at: Date
  /** Set only by the local port's one-time simulation; a record without it never runs out. */
  remaining?: number
}

/** One document per person and template, so agreeing twice writes the same document again. */
export const subscriptionId = (openid: string, templateId: string) => `${openid}:${templateId}`

function callerOpenid(ctx: Ctx): string {
  const openid = ctx.caller.openid
  if (!openid) fail('NOT_SIGNED_IN')
  return openid
}

/** One read: the caller's records for the current templates. */
async function statusOf(ctx: Ctx, openid: string): Promise<VoteNoticeStatus> {
  const templates = voteTemplates()
  const ids = templates.map((t) => t.templateId)
  const found = await rows<Pick<SubscriptionDoc, 'templateId' | 'remaining'>>(ctx.db.collection(COLLECTIONS.subscriptions)
    .where({ openid, templateId: ctx.db.command.in(ids) }).field({ templateId: true, remaining: true }).limit(ids.length * 2))
  const live = new Set(found.filter((s) => typeof s.remaining !== 'number' || s.remaining > 0).map((s) => s.templateId))
  return { templates, subscribed: ids.filter((id) => live.has(id)) }
}

export async function noticeStatus(_input: In<'noticeStatus'>, ctx: Ctx): Promise<Result<VoteNoticeStatus>> {
  return ok(await statusOf(ctx, callerOpenid(ctx)))
}

/** Records consent for each named template (all must be the vote's), then answers the new status. */
export async function subscribe(input: In<'subscribe'>, ctx: Ctx): Promise<Result<VoteNoticeStatus>> {
  const openid = callerOpenid(ctx)
  const known = new Set(voteTemplates().map((t) => t.templateId))
  const templateIds = [...new Set(input.templateIds)]
  if (templateIds.some((id) => !known.has(id))) voteFail('UNKNOWN_TEMPLATE')
  const at = new Date(ctx.now())
  const subscriptions = ctx.db.collection(COLLECTIONS.subscriptions)
  await Promise.all(templateIds.map((templateId) => subscriptions.doc(subscriptionId(openid, templateId)).set({ data: { openid, templateId, at } })))
  return ok(await statusOf(ctx, openid))
}
