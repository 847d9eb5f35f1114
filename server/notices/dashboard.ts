import ExcelJS from 'exceljs'
import {
  RECEIPT_STATUS_LABELS,
  type AreaCount,
  type CommunityStatusRow,
  type NoticeDashboard,
  type ReceivedNotice,
} from '../../core/api/notices'
import { formatDateTime } from '../../core/format/time'
import type { Page } from '../../core/schemas/paging'
import { nextOffsetOf } from '../../core/schemas/paging'
import type { Result } from '../../core/result'
import type { NoticeArea, NoticeDoc, NoticeReceiptDoc } from '../collections/notices'
import { collection, firstRow, rows, toDate } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { tempUrlOf, uploadFile } from '../vote/files'
import { visibleNotice, type In } from './drafts'
import { receiptOf } from './receipts'
import { reaches, targetCommunities, type TargetCommunity } from './targets'
import { receiptStatus, noticeView, receivedView } from './view'

/** Past the deadline, every community of the area that has not replied is overdue. */
function countsOf(n: NoticeDoc, a: Pick<NoticeArea, 'total' | 'read' | 'acknowledged' | 'replied'>, nowMs: number) {
  const read = n.priority === 'important' ? a.acknowledged : a.read
  const pastDue = n.state === 'published' && n.replyRequired && n.replyDueAt !== null && toDate(n.replyDueAt).getTime() < nowMs
  return { total: a.total, read, unread: a.total - read, replied: a.replied, overdue: pastDue ? a.total - a.replied : 0 }
}

/**
 * The sender's dashboard of one notice: read / unread / replied / overdue in all, by district and
 * by street, from the counters the receipts keep on the notice: the caller's roles and one read,
 * however many communities it reached.
 */
export async function dashboard(input: In<'dashboard'>, ctx: Ctx): Promise<Result<NoticeDashboard>> {
  const n = await visibleNotice(ctx, input.noticeId)
  const now = ctx.now()
  const byStreet: AreaCount[] = n.areas.map((a) => ({ district: a.district, street: a.street, ...countsOf(n, a, now) }))
  const districts = new Map<string, NoticeArea>()
  for (const a of n.areas) {
    const d = districts.get(a.district) ?? { district: a.district, street: '', total: 0, read: 0, acknowledged: 0, replied: 0 }
    d.total += a.total
    d.read += a.read
    d.acknowledged += a.acknowledged
    d.replied += a.replied
    districts.set(a.district, d)
  }
  return ok({
    notice: noticeView(n),
    ...countsOf(n, n, now),
    byDistrict: [...districts.values()].map((d) => ({ district: d.district, ...countsOf(n, d, now) })),
    byStreet,
  })
}

type ReceiptRow = Pick<NoticeReceiptDoc, 'communityId' | 'readAt' | 'acknowledgedAt' | 'repliedAt'>

function statusRow(n: NoticeDoc, c: TargetCommunity, r: ReceiptRow | undefined, nowMs: number): CommunityStatusRow {
  const status = receiptStatus(n, r, nowMs)
  return {
    communityId: c._id,
    communityName: c.name,
    street: c.street,
    district: c.district,
    status,
    statusLabel: RECEIPT_STATUS_LABELS[status],
    readAt: r?.readAt ? toDate(r.readAt).getTime() : null,
    repliedAt: r?.repliedAt ? toDate(r.repliedAt).getTime() : null,
  }
}

async function receiptsFor(ctx: Ctx, noticeId: string, communityIds: readonly string[]): Promise<Map<string, ReceiptRow>> {
  const _ = ctx.db.command
  const found = await rows(
    collection(ctx.db, 'noticeReceipts')
      .where({ noticeId, communityId: _.in([...communityIds]) })
      .field({ communityId: true, readAt: true, acknowledgedAt: true, repliedAt: true })
      .limit(1000),
  )
  return new Map(found.map((r) => [r.communityId, r]))
}

/** The communities of one street (or district) of the notice with their state: two reads per page of up to 1000. */
export async function communityStatuses(input: In<'communityStatuses'>, ctx: Ctx): Promise<Result<Page<CommunityStatusRow>>> {
  const n = await visibleNotice(ctx, input.noticeId)
  if (n.state === 'draft') fail('NOTICE_NOT_PUBLISHED')
  const where = {
    ...(input.district ? { district: input.district } : {}),
    ...(input.street ? { street: input.street } : {}),
    ...(n.target.kind === 'communities' ? { _id: ctx.db.command.in(n.target.communityIds) } : {}),
  }
  const page = (
    await rows(
      collection(ctx.db, 'communities')
        .where(where)
        .field({ name: true, district: true, street: true })
        .orderBy('_id', 'asc')
        .skip(input.offset)
        .limit(input.limit),
    )
  ).filter((c) => reaches(n.targetKeys, c))
  const receipts = await receiptsFor(
    ctx,
    n._id,
    page.map((c) => c._id),
  )
  const now = ctx.now()
  return ok({
    rows: page.map((c) => statusRow(n, c, receipts.get(c._id), now)),
    nextOffset: nextOffsetOf(input.offset, input.limit, page.length),
  })
}

/** One community's state and reply, for the sender. */
export async function communityReply(input: In<'communityReply'>, ctx: Ctx): Promise<Result<ReceivedNotice>> {
  const n = await visibleNotice(ctx, input.noticeId)
  const community = await firstRow(
    collection(ctx.db, 'communities').where({ _id: input.communityId }).field({ district: true, street: true }).limit(1),
  )
  if (!community || n.state === 'draft' || !reaches(n.targetKeys, community)) fail('NOTICE_NOT_RECIPIENT')
  return ok(receivedView(n, input.communityId, await receiptOf(ctx, n._id, input.communityId), ctx.now()))
}

/** Every receipt of the notice, 1000 per read. */
async function allReceipts(ctx: Ctx, noticeId: string): Promise<Map<string, ReceiptRow>> {
  const found = new Map<string, ReceiptRow>()
  for (let offset = 0; ; offset += 1000) {
    const page = await rows(
      collection(ctx.db, 'noticeReceipts')
        .where({ noticeId })
        .field({ communityId: true, readAt: true, acknowledgedAt: true, repliedAt: true })
        .orderBy('_id', 'asc')
        .skip(offset)
        .limit(1000),
    )
    for (const r of page) found.set(r.communityId, r)
    if (page.length < 1000) return found
  }
}

async function pendingWorkbook(n: NoticeDoc, pending: readonly CommunityStatusRow[], nowMs: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('未读未回复小区')
  sheet.addRow([n.title])
  sheet.addRow([`${n.replyRequired ? '未读或未回复' : '未读'}的小区（导出时间 ${formatDateTime(nowMs)}）`])
  sheet.addRow(['区', '街道', '小区', '状态']).font = { bold: true }
  for (const r of pending) sheet.addRow([r.district, r.street, r.communityName, r.statusLabel])
  for (const [i, width] of [14, 16, 28, 14].entries()) sheet.getColumn(i + 1).width = width
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** An xlsx of the communities that have not read (or, when a reply is needed, not replied). */
export async function exportPending(
  input: In<'exportPending'>,
  ctx: Ctx,
): Promise<Result<{ fileID: string; tempFileURL: string; rows: number }>> {
  const n = await visibleNotice(ctx, input.noticeId)
  if (n.state === 'draft') fail('NOTICE_NOT_PUBLISHED')
  const [communities, receipts] = await Promise.all([targetCommunities(ctx.db, n.target), allReceipts(ctx, n._id)])
  const now = ctx.now()
  const pending = communities
    .map((c) => statusRow(n, c, receipts.get(c._id), now))
    .filter((r) => r.status === 'unread' || (n.replyRequired && r.status !== 'replied'))
    .sort((a, b) => a.district.localeCompare(b.district, 'zh-CN') || a.street.localeCompare(b.street, 'zh-CN'))
  const fileID = await uploadFile(`exports/notices/${n._id}/pending-${now}.xlsx`, await pendingWorkbook(n, pending, now))
  await ctx.audit({ action: 'notices.exportPending', targetId: n._id, after: { rows: pending.length, fileID } })
  return ok({ fileID, tempFileURL: await tempUrlOf(fileID), rows: pending.length })
}
