import { z } from 'zod'
import { action } from './contract'
import { Id } from '../schemas/common'
import { CloudFiles, type CloudFile } from '../schemas/files'
import { PageInput, type Page } from '../schemas/paging'
import { Body, Reason, Title } from '../schemas/text'
import { Instant } from '../schemas/time'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'

/*
 * 通知消息 (manual 六): the city and district housing centres publish notices to the committees of
 * the whole city, a district, a street or a chosen list of communities. The recipient is a
 * community's committee, not a person; a notice marked 回复 needs a reply, 重要 an explicit 已知悉.
 */

export const NoticePriority = z.enum(['normal', 'important'])
export type NoticePriority = z.infer<typeof NoticePriority>
export const NOTICE_PRIORITY_LABELS: Record<NoticePriority, string> = { normal: '普通', important: '重要' }

export type NoticeState = 'draft' | 'published' | 'revoked'
export const NOTICE_STATE_LABELS: Record<NoticeState, string> = { draft: '草稿', published: '已发布', revoked: '已撤回' }

/** Whom a notice reaches: every community of the city, of a district, of a street, or a chosen list. */
export const NoticeTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('city') }),
  z.object({ kind: z.literal('district'), district: Title(40, '请选择区') }),
  z.object({ kind: z.literal('street'), district: Title(40, '请选择区'), street: Title(40, '请选择街道') }),
  z.object({ kind: z.literal('communities'), communityIds: z.array(Id).min(1, '请选择小区').max(1000, '一次最多选择1000个小区') }),
])
export type NoticeTarget = z.infer<typeof NoticeTarget>

const NoticeFields = z.object({
  title: Title(60, '请填写通知标题'),
  body: Body(5000),
  attachments: CloudFiles(9).default([]),
  replyRequired: z.boolean({ required_error: '请选择是否需要回复' }),
  replyDueAt: Instant.nullable().default(null),
  priority: NoticePriority.default('normal'),
  target: NoticeTarget,
})

/** A notice as its sender edits it: with its target rule. */
export interface SentNotice extends NoticeView {
  target: NoticeTarget
}

/** How a recipient community stands with one notice, as the dashboard and the committee read it. */
export type ReceiptStatus = 'unread' | 'read' | 'replied' | 'overdue'
export const RECEIPT_STATUS_LABELS: Record<ReceiptStatus, string> = {
  unread: '未读',
  read: '已读',
  replied: '已回复',
  overdue: '逾期未回复',
}

export interface NoticeView {
  id: string
  title: string
  body: string
  attachments: CloudFile[]
  replyRequired: boolean
  replyDueAt: number | null
  priority: NoticePriority
  priorityLabel: string
  state: NoticeState
  stateLabel: string
  /** 市住房中心 or 南山区住房中心. */
  senderName: string
  /** 全市 / 南山区 / 南山区粤海街道 / 指定的12个小区. */
  targetLabel: string
  publishedAt: number | null
  revokedAt: number | null
  revokeReason: string | null
}

export interface ReplyVersion {
  text: string
  attachments: CloudFile[]
  at: number
  /** The role of whoever replied ("业委会主任"), never an id. */
  who: string
}

/** One notice as a committee sees it: the notice and its own community's state. */
export interface ReceivedNotice extends NoticeView {
  communityId: string
  status: ReceiptStatus
  statusLabel: string
  readAt: number | null
  readBy: string | null
  acknowledgedAt: number | null
  /** The current reply (the last version) and every earlier one, newest first. */
  reply: ReplyVersion | null
  earlierReplies: ReplyVersion[]
}

export interface InboxRow {
  id: string
  title: string
  senderName: string
  priorityLabel: string
  replyRequired: boolean
  replyDueAt: number | null
  state: NoticeState
  status: ReceiptStatus
  statusLabel: string
  publishedAt: number
}

/** 我接收的消息: a committee's notices, newest first, and how many it has not read. */
export interface Inbox {
  communityId: string
  rows: InboxRow[]
  unread: number
}

/** One district or street of a notice's dashboard. */
export interface AreaCount {
  district: string
  street: string
  total: number
  read: number
  unread: number
  replied: number
  overdue: number
}

export interface NoticeDashboard {
  notice: NoticeView
  total: number
  read: number
  unread: number
  replied: number
  overdue: number
  byDistrict: Array<Omit<AreaCount, 'street'>>
  byStreet: AreaCount[]
}

export interface CommunityStatusRow {
  communityId: string
  communityName: string
  street: string
  district: string
  status: ReceiptStatus
  statusLabel: string
  readAt: number | null
  repliedAt: number | null
}

export interface SentRow {
  id: string
  title: string
  state: NoticeState
  stateLabel: string
  targetLabel: string
  priorityLabel: string
  replyRequired: boolean
  updatedAt: number
  total: number
  read: number
  replied: number
}

/** The subscription message for new notices: its template id for requestSubscribeMessage, and whether the caller has a grant left. */
export interface NoticeAlertStatus {
  templateId: string
  label: string
  subscribed: boolean
}

const NoticeRef = z.object({ noticeId: Id })
const CommunityNoticeRef = NoticeRef.extend({ communityId: Id })

/** The `notices` cloud function. */
export const noticesApi = {
  /** A new draft (the sender's organisation comes from the caller's role). */
  saveDraft: action(NoticeFields.extend({ noticeId: Id.optional() })).returns<NoticeView>(),
  deleteDraft: action(NoticeRef).returns<{ deleted: true }>(),
  publishNotice: action(NoticeRef).returns<NoticeView & { recipients: number }>(),
  revokeNotice: action(NoticeRef.extend({ reason: Reason(200, '请填写撤回原因') })).returns<NoticeView>(),
  /** The sender's notices: drafts, published and revoked. */
  listSent: action(PageInput({ max: 50, size: 20 })).returns<Page<SentRow>>(),
  getSent: action(NoticeRef).returns<SentNotice>(),
  dashboard: action(NoticeRef).returns<NoticeDashboard>(),
  /** The communities of one street (or all, for a chosen list) with their state, to drill into. */
  communityStatuses: action(
    NoticeRef.extend({ district: z.string().max(40).optional(), street: z.string().max(40).optional() }).merge(
      PageInput({ max: 1000, size: 100 }),
    ),
  ).returns<Page<CommunityStatusRow>>(),
  /** One community's state and reply, for the sender. */
  communityReply: action(CommunityNoticeRef).returns<ReceivedNotice>(),
  exportPending: action(NoticeRef).returns<{ fileID: string; tempFileURL: string; rows: number }>(),
  /** 我接收的消息 of the caller's committee (or the named one). */
  inbox: action(z.object({ communityId: Id.optional() }).merge(PageInput({ max: 100, size: 50 }))).returns<Inbox>(),
  /** Opens a notice: the first open by any committee member marks it read. */
  readNotice: action(CommunityNoticeRef).returns<ReceivedNotice>(),
  acknowledgeNotice: action(CommunityNoticeRef).returns<ReceivedNotice>(),
  replyNotice: action(
    CommunityNoticeRef.extend({ text: Body(2000).pipe(z.string().min(1, '请填写回复内容')), attachments: CloudFiles(9).default([]) }),
  ).returns<ReceivedNotice>(),
  alertStatus: action(z.object({})).returns<NoticeAlertStatus>(),
  /** Records that the committee member accepted the new-notice message (one grant, one message). */
  subscribeAlerts: action(z.object({ templateId: z.string().trim().min(1).max(128) })).returns<NoticeAlertStatus>(),
  /** The 消息 tab's badge: open to-dos plus unread notices that need no reply. */
  badge: action(z.object({})).returns<{ count: number }>(),
}
export type NoticesApi = typeof noticesApi

export const NOTICE_ERRORS = {
  NOTICE_NOT_DRAFT: '这条通知已发布，不能再修改',
  NOTICE_NOT_PUBLISHED: '这条通知不在发布状态',
  NOTICE_OUT_OF_REACH: '只能向本辖区的小区发布通知',
  NOTICE_NO_RECIPIENTS: '所选范围内没有小区',
  NOTICE_DUE_REQUIRED: '需要回复的通知请填写回复截止时间',
  NOTICE_DUE_PAST: '回复截止时间应晚于现在',
  NOTICE_REPLY_NOT_NEEDED: '这条通知不需要回复',
  NOTICE_REVOKED: '这条通知已撤回',
  NOTICE_NOT_IMPORTANT: '这条通知不需要确认已知悉',
  NOTICE_NOT_RECIPIENT: '本小区不在这条通知的接收范围内',
  FOREIGN_FILE: '附件不是为通知上传的文件，请重新上传',
  UNKNOWN_TEMPLATE: '没有这种通知提醒，请刷新页面后再试',
} as const satisfies ErrorSentences

export const NOTICE_LABELS: FieldLabels = {
  noticeId: '通知',
  communityId: '小区',
  title: '通知标题',
  body: '通知内容',
  attachments: '附件',
  replyRequired: '是否需要回复',
  replyDueAt: '回复截止时间',
  priority: '紧急程度',
  target: '发送范围',
  district: '区',
  street: '街道',
  communityIds: '小区',
  reason: '撤回原因',
  text: '回复内容',
  templateId: '消息提醒',
  offset: '位置',
  limit: '条数',
}
