import {
  NOTICE_PRIORITY_LABELS,
  NOTICE_STATE_LABELS,
  RECEIPT_STATUS_LABELS,
  type NoticeView,
  type ReceiptStatus,
  type ReceivedNotice,
  type ReplyVersion,
} from '../../core/api/notices'
import type { NoticeDoc, NoticeReceiptDoc, ReplyVersionDoc } from '../collections/notices'
import { toDate } from '../db'
import { senderName, targetLabel } from './targets'

const ms = (d: Date | string | number | null | undefined) => (d === null || d === undefined ? null : toDate(d).getTime())

export function noticeView(n: NoticeDoc): NoticeView {
  return {
    id: n._id,
    title: n.title,
    body: n.body,
    attachments: n.attachments.map((f) => ({ fileID: f.fileID, name: f.name })),
    replyRequired: n.replyRequired,
    replyDueAt: ms(n.replyDueAt),
    priority: n.priority,
    priorityLabel: NOTICE_PRIORITY_LABELS[n.priority],
    state: n.state,
    stateLabel: NOTICE_STATE_LABELS[n.state],
    senderName: senderName(n.sender),
    targetLabel: targetLabel(n.target),
    publishedAt: ms(n.publishedAt),
    revokedAt: ms(n.revokedAt),
    revokeReason: n.revokeReason,
  }
}

type ReceiptState = Pick<NoticeReceiptDoc, 'readAt' | 'acknowledgedAt' | 'repliedAt'> | null | undefined

/** Whether the notice is past its reply deadline without a reply from this community. */
export function isOverdue(n: Pick<NoticeDoc, 'replyRequired' | 'replyDueAt' | 'state'>, r: ReceiptState, nowMs: number): boolean {
  return n.state === 'published' && n.replyRequired && n.replyDueAt !== null && toDate(n.replyDueAt).getTime() < nowMs && !r?.repliedAt
}

/** An 重要 notice counts as read only once someone tapped 已知悉; any other once it was opened. */
export function receiptStatus(
  n: Pick<NoticeDoc, 'replyRequired' | 'replyDueAt' | 'state' | 'priority'>,
  r: ReceiptState,
  nowMs: number,
): ReceiptStatus {
  if (r?.repliedAt) return 'replied'
  if (isOverdue(n, r, nowMs)) return 'overdue'
  if (r && (n.priority === 'important' ? r.acknowledgedAt : r.readAt)) return 'read'
  return 'unread'
}

function versionView(v: ReplyVersionDoc): ReplyVersion {
  return {
    text: v.text,
    attachments: v.attachments.map((f) => ({ fileID: f.fileID, name: f.name })),
    at: toDate(v.at).getTime(),
    who: v.who,
  }
}

export function receivedView(n: NoticeDoc, communityId: string, r: NoticeReceiptDoc | null, nowMs: number): ReceivedNotice {
  const status = receiptStatus(n, r, nowMs)
  const versions = (r?.replies ?? []).map(versionView).reverse()
  return {
    ...noticeView(n),
    communityId,
    status,
    statusLabel: RECEIPT_STATUS_LABELS[status],
    readAt: ms(r?.readAt),
    readBy: r?.readByWho ?? null,
    acknowledgedAt: ms(r?.acknowledgedAt),
    reply: versions[0] ?? null,
    earlierReplies: versions.slice(1),
  }
}
