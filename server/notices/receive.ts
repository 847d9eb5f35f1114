import { NOTICE_PRIORITY_LABELS, RECEIPT_STATUS_LABELS, type Inbox, type ReceivedNotice } from '../../core/api/notices'
import type { Result } from '../../core/result'
import type { NoticeDoc, NoticeReceiptDoc } from '../collections/notices'
import { COLLECTIONS } from '../collections'
import { checkContent } from '../content/check'
import { collection, rows, toDate } from '../db'
import { requireCommunityFiles } from '../files'
import { fail, ok, type Ctx } from '../handler'
import { openTodoCount } from '../todos/read'
import { loadNotice, type In } from './drafts'
import { openOverdueTodos } from './overdue'
import { changeReceipt, closeNoticeTodos, receiptOf, requireReceived } from './receipts'
import { committeeCommunities, recipientActor, recipientFor } from './recipient'
import { communityKeys, type TargetCommunity } from './targets'
import { isOverdue, receiptStatus, receivedView } from './view'

type ReceiptState = Pick<NoticeReceiptDoc, 'noticeId' | 'readAt' | 'acknowledgedAt' | 'repliedAt' | 'overdueOpened'>
type CommunityWithReceipts = TargetCommunity & { receipts: ReceiptState[] }

/** The community and every receipt it has, in one read (an aggregate joining its receipts). */
async function communityWithReceipts(ctx: Ctx, communityId: string): Promise<CommunityWithReceipts | undefined> {
  const found = (await ctx.db
    .collection(COLLECTIONS.communities)
    .aggregate()
    .match({ _id: communityId })
    .lookup({ from: COLLECTIONS.noticeReceipts, localField: '_id', foreignField: 'communityId', as: 'receipts' })
    .project({
      name: 1,
      district: 1,
      street: 1,
      'receipts.noticeId': 1,
      'receipts.readAt': 1,
      'receipts.acknowledgedAt': 1,
      'receipts.repliedAt': 1,
      'receipts.overdueOpened': 1,
    })
    .limit(1)
    .end()) as { list: CommunityWithReceipts[] }
  return found.list[0]
}

const INBOX_FIELDS = {
  title: true,
  sender: true,
  priority: true,
  replyRequired: true,
  replyDueAt: true,
  state: true,
  publishedAt: true,
  areas: true,
  targetKeys: true,
} as const

/**
 * 我接收的消息: the notices the committee's community receives, newest first, with its own state of
 * each. Three reads: the caller's roles, the community with its receipts, the notices by its keys.
 * A deadline passed without a reply opens the director's to-do here, once per notice and community.
 */
export async function inbox(input: In<'inbox'>, ctx: Ctx): Promise<Result<Inbox>> {
  const mine = committeeCommunities(ctx)
  const communityId = input.communityId ?? mine[0]
  if (!communityId || !mine.includes(communityId)) fail('FORBIDDEN')
  const community = await communityWithReceipts(ctx, communityId)
  if (!community) fail('NOT_FOUND', '小区不存在')
  const _ = ctx.db.command
  const notices = await rows(
    collection(ctx.db, 'notices')
      .where({ targetKeys: _.in(communityKeys(community)), state: _.in(['published', 'revoked']) })
      .field(INBOX_FIELDS)
      .orderBy('publishedAt', 'desc')
      .skip(input.offset)
      .limit(input.limit),
  )
  const receipts = new Map(community.receipts.map((r) => [r.noticeId, r]))
  const now = ctx.now()
  const overdue = notices.filter((n) => isOverdue(n, receipts.get(n._id), now) && !receipts.get(n._id)?.overdueOpened)
  if (overdue.length > 0) await openOverdueTodos(ctx, overdue, community, receipts)
  const rowsOut = notices.map((n) => {
    const status = receiptStatus(n, receipts.get(n._id), now)
    return {
      id: n._id,
      title: n.title,
      senderName: n.sender.role === 'cityCentre' ? '市住房中心' : `${n.sender.district}住房中心`,
      priorityLabel: NOTICE_PRIORITY_LABELS[n.priority],
      replyRequired: n.replyRequired,
      replyDueAt: n.replyDueAt ? toDate(n.replyDueAt).getTime() : null,
      state: n.state,
      status,
      statusLabel: n.state === 'revoked' ? '已撤回' : RECEIPT_STATUS_LABELS[status],
      publishedAt: n.publishedAt ? toDate(n.publishedAt).getTime() : 0,
    }
  })
  return ok({
    communityId,
    rows: rowsOut,
    unread: rowsOut.filter((r) => r.state === 'published' && r.status === 'unread').length,
  })
}

async function received(ctx: Ctx, input: { noticeId: string; communityId: string }) {
  const recipient = await recipientFor(ctx, input.communityId)
  const notice = await loadNotice(ctx, input.noticeId)
  requireReceived(notice, recipient)
  return { recipient, notice }
}

const answer = (ctx: Ctx, notice: NoticeDoc, communityId: string, r: NoticeReceiptDoc | null) =>
  ok(receivedView(notice, communityId, r, ctx.now()))

/** Opens a notice: the first open by any committee member marks it read for the committee (by whom, when). */
export async function readNotice(input: In<'readNotice'>, ctx: Ctx): Promise<Result<ReceivedNotice>> {
  const { recipient, notice } = await received(ctx, input)
  const before = await receiptOf(ctx, notice._id, input.communityId)
  if (before?.readAt || notice.state !== 'published') return answer(ctx, notice, input.communityId, before)
  return answer(ctx, notice, input.communityId, await changeReceipt(ctx, notice, recipient, () => {}))
}

function requirePublished(notice: NoticeDoc): void {
  if (notice.state === 'revoked') fail('NOTICE_REVOKED')
  if (notice.state !== 'published') fail('NOTICE_NOT_PUBLISHED')
}

/** 已知悉: an 重要 notice is read only once someone of the committee says so. */
export async function acknowledgeNotice(input: In<'acknowledgeNotice'>, ctx: Ctx): Promise<Result<ReceivedNotice>> {
  const { recipient, notice } = await received(ctx, input)
  requirePublished(notice)
  if (notice.priority !== 'important') fail('NOTICE_NOT_IMPORTANT')
  const after = await changeReceipt(ctx, notice, recipient, (r) => {
    if (r.acknowledgedAt) return
    r.acknowledgedAt = new Date(ctx.now())
    r.acknowledgedBy = recipient.who
  })
  return answer(ctx, notice, input.communityId, after)
}

/**
 * The committee's reply (text and files, checked first); a later reply is a new version and the
 * earlier ones stay. The first one closes the committee's to-do (and the director's overdue one).
 */
export async function replyNotice(input: In<'replyNotice'>, ctx: Ctx): Promise<Result<ReceivedNotice>> {
  const { recipient, notice } = await received(ctx, input)
  requirePublished(notice)
  if (!notice.replyRequired) fail('NOTICE_REPLY_NOT_NEEDED')
  await checkContent(ctx, [{ label: '回复内容', text: input.text }])
  requireCommunityFiles(input.communityId, input.attachments)
  const actor = recipientActor(ctx, recipient)
  const at = new Date(actor.at)
  const after = await changeReceipt(ctx, notice, recipient, async (r, tx) => {
    r.replies.push({ text: input.text, attachments: input.attachments, at, by: actor.by, who: recipient.who })
    if (notice.priority === 'important' && !r.acknowledgedAt) Object.assign(r, { acknowledgedAt: at, acknowledgedBy: recipient.who })
    if (!r.repliedAt) {
      r.repliedAt = at
      await closeNoticeTodos(tx, notice, recipient, actor)
    }
  })
  return answer(ctx, notice, input.communityId, after)
}

/**
 * The 消息 tab's badge: the caller's open to-dos (a notice that needs a reply is one of them) plus
 * the unread notices of the committee that need none. It is asked for whenever the home page or the
 * 消息 tab shows, so a reply deadline that passed opens the director's to-do here too, before the count.
 */
export async function badge(_input: In<'badge'>, ctx: Ctx): Promise<Result<{ count: number }>> {
  const communityId = committeeCommunities(ctx)[0]
  const unread = communityId ? await unreadWithoutReply(ctx, communityId) : 0
  return ok({ count: (await openTodoCount(ctx)) + unread })
}

async function unreadWithoutReply(ctx: Ctx, communityId: string): Promise<number> {
  const community = await communityWithReceipts(ctx, communityId)
  if (!community) return 0
  const _ = ctx.db.command
  const notices = await rows(
    collection(ctx.db, 'notices')
      .where({ targetKeys: _.in(communityKeys(community)), state: 'published' })
      .field({ title: true, areas: true, priority: true, replyRequired: true, replyDueAt: true, state: true })
      .orderBy('publishedAt', 'desc')
      .limit(100),
  )
  const receipts = new Map(community.receipts.map((r) => [r.noticeId, r]))
  const now = ctx.now()
  const overdue = notices.filter((n) => isOverdue(n, receipts.get(n._id), now) && !receipts.get(n._id)?.overdueOpened)
  if (overdue.length > 0) await openOverdueTodos(ctx, overdue, community, receipts)
  return notices.filter((n) => !n.replyRequired && receiptStatus(n, receipts.get(n._id), now) === 'unread').length
}
