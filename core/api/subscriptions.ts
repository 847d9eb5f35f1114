import { z } from 'zod'
import { COMMITTEE_ROLES, VOTER_ROLES, type RoleName } from '../roles'
import { VOTE_NOTICE_LABELS } from './vote'

/**
 * The subscription messages (订阅消息) a person may agree to receive, by name: what pages ask for and
 * what the page says. The server's registry (server/notify/templates.ts) gives each name its
 * environment variable (the template id) and its WeChat field types, and must name exactly these;
 * no page ever holds a template id, which is configured only on the server and handed over by
 * `account.subscriptionStatus`.
 */
export const SUBSCRIPTION_TEMPLATES = {
  voteOpened: { label: VOTE_NOTICE_LABELS.opened, audience: VOTER_ROLES },
  voteReminder: { label: VOTE_NOTICE_LABELS.reminder, audience: VOTER_ROLES },
  noticePublished: { label: '新的通知消息', audience: COMMITTEE_ROLES },
  tenderStage: { label: '招标进度提醒', audience: COMMITTEE_ROLES },
} as const satisfies Record<string, { label: string; audience: readonly RoleName[] }>

export type SubscriptionKey = keyof typeof SUBSCRIPTION_TEMPLATES

const KEYS = Object.keys(SUBSCRIPTION_TEMPLATES) as [SubscriptionKey, ...SubscriptionKey[]]

/** Everyone some template is meant for (the permission entry of the consent actions). */
export const SUBSCRIBER_ROLES = [...new Set(KEYS.flatMap((k) => SUBSCRIPTION_TEMPLATES[k].audience))] as RoleName[]

const Keys = z.array(z.enum(KEYS)).min(1, '请至少选择一种消息提醒').max(KEYS.length)

export const SubscriptionStatusInput = z.object({ keys: Keys })

/** The ids WeChat's dialog answered "accept" for, each one of the named templates' ids. */
export const SubscribeInput = z.object({
  keys: Keys,
  templateIds: z.array(z.string().trim().min(1).max(128)).min(1, '请至少同意一种消息提醒').max(KEYS.length),
})

/** The named templates as the page requests them, and which of them the caller has a grant left for. */
export interface SubscriptionStatus {
  templates: { key: SubscriptionKey; templateId: string; label: string }[]
  subscribed: SubscriptionKey[]
}
