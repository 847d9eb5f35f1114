import type { NoticeDoc, NoticeReceiptDoc } from '../collections/notices'
import { COLLECTIONS } from '../collections'
import { collection, firstRow, type Tx } from '../db'
import { fail, type Ctx } from '../handler'
import { todosIn, type TodoActor } from '../todos/write'
import type { Recipient } from './recipient'
import { areaIndex, reaches, type TargetCommunity } from './targets'
import { noticeTodoTarget } from './todos'

/*
 * A community's state with one notice, written on its first open (never at publishing). Each change
 * and the notice's counters move in one transaction, so the dashboard's counts are the receipts'.
 */

export const receiptId = (noticeId: string, communityId: string) => `receipt:${noticeId}:${communityId}`

export async function receiptOf(ctx: Ctx, noticeId: string, communityId: string): Promise<NoticeReceiptDoc | null> {
  return (
    (await firstRow(
      collection(ctx.db, 'noticeReceipts')
        .where({ _id: receiptId(noticeId, communityId) })
        .limit(1),
    )) ?? null
  )
}

/** A published or revoked notice this community receives (a draft is no one's to see). */
export function requireReceived(notice: NoticeDoc, recipient: Recipient): void {
  if (notice.state === 'draft') fail('NOT_FOUND', '这条通知不存在')
  if (!reaches(notice.targetKeys, recipient.community)) fail('NOTICE_NOT_RECIPIENT')
}

/** A community's receipt before anything happened: changes start from it (and the overdue mark, server/notices/overdue.ts). */
export function blankReceipt(notice: Pick<NoticeDoc, '_id' | 'areas'>, community: TargetCommunity, at: Date): NoticeReceiptDoc {
  return {
    _id: receiptId(notice._id, community._id),
    noticeId: notice._id,
    communityId: community._id,
    area: areaIndex(notice.areas, community),
    readAt: null,
    readBy: null,
    readByWho: null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    replies: [],
    repliedAt: null,
    overdueOpened: false,
    updatedAt: at,
  }
}

type Counter = 'read' | 'acknowledged' | 'replied'

/**
 * Reads the receipt inside a transaction (a blank one when there is none), lets `change` edit it,
 * writes it and bumps the notice's counters (total and street) for each state reached for the first time.
 */
export async function changeReceipt(
  ctx: Ctx,
  notice: NoticeDoc,
  recipient: Recipient,
  change: (r: NoticeReceiptDoc, tx: Tx) => Promise<void> | void,
): Promise<NoticeReceiptDoc> {
  const at = new Date(ctx.now())
  const _ = ctx.db.command
  const id = receiptId(notice._id, recipient.community._id)
  return (await ctx.db.runTransaction(async (tx: Tx) => {
    const ref = tx.collection(COLLECTIONS.noticeReceipts).doc(id)
    const found = await readIn<NoticeReceiptDoc>(ref)
    const before = found ?? blankReceipt(notice, recipient.community, at)
    const after: NoticeReceiptDoc = { ...before, replies: [...before.replies], updatedAt: at }
    if (!after.readAt) Object.assign(after, { readAt: at, readBy: ctx.caller.openid ?? 'console', readByWho: recipient.who })
    await change(after, tx)
    const reached = (['read', 'acknowledged', 'replied'] as const).filter((k: Counter) => !stamp(before, k) && stamp(after, k))
    const { _id, ...data } = after
    await ref.set({ data })
    if (reached.length > 0) {
      // Only the counters: the notice's updatedAt is its sender's last change, which orders the sent list.
      const inc: Record<string, unknown> = {}
      for (const k of reached) {
        inc[k] = _.inc(1)
        if (after.area >= 0) inc[`areas.${after.area}.${k}`] = _.inc(1)
      }
      await tx.collection(COLLECTIONS.notices).doc(notice._id).update({ data: inc })
    }
    return after
  })) as NoticeReceiptDoc
}

function stamp(r: NoticeReceiptDoc, k: Counter): Date | null {
  return k === 'read' ? r.readAt : k === 'acknowledged' ? r.acknowledgedAt : r.repliedAt
}

/** The committee's reply to-do closes, and the director's overdue one with it, in the reply's transaction. */
export async function closeNoticeTodos(tx: Tx, notice: NoticeDoc, recipient: Recipient, actor: TodoActor): Promise<void> {
  const todos = todosIn(tx as never)
  const target = noticeTodoTarget(notice._id, recipient.community._id)
  await todos.close('noticeReply', target, actor, 'replied')
  await todos.close('noticeOverdue', target, actor, 'replied')
}

/** A document read inside a transaction, or null (CloudBase answers a missing one with an error there). */
async function readIn<T>(ref: { get(): unknown }): Promise<T | null> {
  try {
    return ((await ref.get()) as { data: T | null }).data ?? null
  } catch (e) {
    if (/does not exist/.test((e as Error).message ?? '')) return null
    throw e
  }
}
