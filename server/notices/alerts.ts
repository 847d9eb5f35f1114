import type { NoticeAlertStatus } from '../../core/api/notices'
import type { Result } from '../../core/result'
import { requireOpenid } from '../caller'
import { fail, ok, type Ctx } from '../handler'
import { grant, liveTemplateIds } from '../notify/consent'
import { templateId, templateLabel } from '../notify/templates'
import type { In } from './drafts'

/*
 * A committee member's consent to the new-notice subscription message, in the general ledger
 * (server/notify/consent.ts): each accepted request is one grant, each message sent uses one.
 */

async function statusOf(ctx: Ctx, openid: string): Promise<NoticeAlertStatus> {
  const id = templateId('noticePublished')
  const live = await liveTemplateIds(ctx.db, openid, [id])
  return { templateId: id, label: templateLabel('noticePublished'), subscribed: live.has(id) }
}

export async function alertStatus(_input: In<'alertStatus'>, ctx: Ctx): Promise<Result<NoticeAlertStatus>> {
  return ok(await statusOf(ctx, requireOpenid(ctx.caller.openid)))
}

export async function subscribeAlerts(input: In<'subscribeAlerts'>, ctx: Ctx): Promise<Result<NoticeAlertStatus>> {
  const openid = requireOpenid(ctx.caller.openid)
  if (input.templateId !== templateId('noticePublished')) fail('UNKNOWN_TEMPLATE')
  await grant(ctx.db, openid, [input.templateId], new Date(ctx.now()))
  return ok(await statusOf(ctx, openid))
}
