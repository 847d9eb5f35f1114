import type { z } from 'zod'
import type { accountApi } from '../../core/api/account'
import { SUBSCRIPTION_TEMPLATES, type SubscriptionKey, type SubscriptionStatus } from '../../core/api/subscriptions'
import { requireOpenid } from '../caller'
import { fail, ok, type Ctx } from '../handler'
import { grant, liveTemplateIds } from '../notify/consent'
import { templateId, templateLabel } from '../notify/templates'

type In<A extends keyof typeof accountApi> = z.output<(typeof accountApi)[A]['input']>

/*
 * 消息提醒 by name, for every page that asks consent (miniprogram/src/hooks/useSubscriptions.ts): the
 * ids come from the server's environment, the grants go to the general ledger (server/notify/consent.ts):
 * each accepted request adds one one-time grant per template, each message sent uses one.
 */

/** The caller may ask only for templates meant for a role she holds (a member need not agree to vote messages). */
function requireAudience(ctx: Ctx, keys: readonly SubscriptionKey[]): void {
  const held = new Set(ctx.caller.roles.filter((r) => r.status === 'active').map((r) => r.role))
  for (const key of keys) {
    if (!SUBSCRIPTION_TEMPLATES[key].audience.some((role) => held.has(role))) {
      fail('FORBIDDEN', `您不会收到“${SUBSCRIPTION_TEMPLATES[key].label}”`)
    }
  }
}

/** One read: the named templates and which of them the caller has a grant left for. */
async function statusOf(ctx: Ctx, openid: string, keys: readonly SubscriptionKey[]): Promise<SubscriptionStatus> {
  const templates = [...new Set(keys)].map((key) => ({ key, templateId: templateId(key), label: templateLabel(key) }))
  const live = await liveTemplateIds(
    ctx.db,
    openid,
    templates.map((t) => t.templateId),
  )
  return { templates, subscribed: templates.filter((t) => live.has(t.templateId)).map((t) => t.key) }
}

export async function subscriptionStatus(input: In<'subscriptionStatus'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  requireAudience(ctx, input.keys)
  return ok(await statusOf(ctx, openid, input.keys))
}

/** One grant for each accepted id, each of which must be one of the named templates'. */
export async function subscribe(input: In<'subscribe'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  requireAudience(ctx, input.keys)
  const known = new Set(input.keys.map((key) => templateId(key)))
  if (input.templateIds.some((id) => !known.has(id))) fail('UNKNOWN_TEMPLATE')
  await grant(ctx.db, openid, input.templateIds, new Date(ctx.now()))
  return ok(await statusOf(ctx, openid, input.keys))
}
