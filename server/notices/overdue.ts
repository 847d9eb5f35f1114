import type { NoticeDoc, NoticeReceiptDoc } from '../collections/notices'
import { collection, isDuplicate } from '../db'
import type { Ctx } from '../handler'
import { openTodo, SYSTEM_ACTOR } from '../todos/write'
import { blankReceipt, receiptId } from './receipts'
import type { TargetCommunity } from './targets'
import { overdueTodoSpec } from './todos'

/**
 * A reply deadline passed without a reply: the director's to-do (通知回复已逾期), opened the first time the
 * committee's notices are read after the deadline, and marked on the community's receipt so it opens once.
 * The sender sees the same communities as 逾期 on the dashboard.
 */
export async function openOverdueTodos(
  ctx: Ctx,
  notices: ReadonlyArray<Pick<NoticeDoc, '_id' | 'title' | 'areas'>>,
  community: TargetCommunity,
  receipts: ReadonlyMap<string, Pick<NoticeReceiptDoc, 'noticeId'>>,
): Promise<void> {
  const actor = SYSTEM_ACTOR(ctx.now())
  const at = new Date(ctx.now())
  for (const notice of notices) {
    await openTodo(ctx.db, overdueTodoSpec(notice, community), actor, '已过回复截止时间，业委会尚未回复')
    const id = receiptId(notice._id, community._id)
    const mark = () =>
      collection(ctx.db, 'noticeReceipts')
        .where({ _id: id })
        .update({ data: { overdueOpened: true } })
    if (receipts.has(notice._id)) {
      await mark()
      continue
    }
    const blank: NoticeReceiptDoc = { ...blankReceipt(notice, community, at), overdueOpened: true }
    try {
      await collection(ctx.db, 'noticeReceipts').add({ data: blank })
    } catch (e) {
      if (!isDuplicate(e)) throw e
      await mark()
    }
  }
}
