import type { NoticePriority, NoticeState, NoticeTarget } from '../../core/api/notices'
import type { CloudFile } from '../../core/schemas/files'

/* 通知消息 (server/notices): one document per notice, and one per community that has opened or answered it. */

/** Who sent a notice: the city centre, or one district's centre (the organisation, never a person). */
export type NoticeSender = { role: 'cityCentre' } | { role: 'districtCentre'; district: string }

/** One district + street of a notice's recipients, with its running counts (kept on write, read by the dashboard). */
export interface NoticeArea {
  district: string
  street: string
  total: number
  read: number
  acknowledged: number
  replied: number
}

/**
 * `notices`: the notice and its target rule. Publishing stores the rule (`targetKeys`, matched
 * against a community's own keys) and the recipients' count per street, never one document per
 * community; each community's state is written on its first open (`noticeReceipts`).
 */
export interface NoticeDoc {
  _id: string
  sender: NoticeSender
  /** `city` or `district:<name>`: the organisation's drafts and sent notices are one query. */
  senderKey: string
  title: string
  body: string
  attachments: CloudFile[]
  replyRequired: boolean
  replyDueAt: Date | null
  priority: NoticePriority
  target: NoticeTarget
  /** `city`, `district:<d>`, `street:<d>/<s>` or `community:<id>` per chosen community (server/notices/targets.ts). */
  targetKeys: string[]
  state: NoticeState
  /** Recipients by street, fixed at publishing; `counts` of each grow as communities open and reply. */
  areas: NoticeArea[]
  total: number
  read: number
  acknowledged: number
  replied: number
  contentFlag?: { fields: string[]; labels: string[]; at: number } | null
  createdBy: string
  createdAt: Date
  updatedAt: Date
  publishedAt: Date | null
  revokedAt: Date | null
  revokeReason: string | null
}

export interface ReplyVersionDoc {
  text: string
  attachments: CloudFile[]
  at: Date
  by: string
  who: string
}

/** `noticeReceipts/receipt:<noticeId>:<communityId>`: one community's state with one notice, written lazily. */
export interface NoticeReceiptDoc {
  _id: string
  noticeId: string
  communityId: string
  /** Index of the community's street in the notice's `areas`, whose counts its changes bump. */
  area: number
  /** Null only on a receipt written for the overdue to-do before anyone opened the notice. */
  readAt: Date | null
  readBy: string | null
  /** The reader as people read it: "业委会主任 赵志强". */
  readByWho: string | null
  acknowledgedAt: Date | null
  acknowledgedBy: string | null
  /** The versions of the reply, oldest first; the last is the current one. */
  replies: ReplyVersionDoc[]
  repliedAt: Date | null
  /** The director's overdue to-do has been opened. */
  overdueOpened: boolean
  updatedAt: Date
}
