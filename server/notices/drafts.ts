import type { z } from 'zod'
import {
  NOTICE_PRIORITY_LABELS,
  NOTICE_STATE_LABELS,
  type noticesApi,
  type NoticeView,
  type SentNotice,
  type SentRow,
} from '../../core/api/notices'
import type { Page } from '../../core/schemas/paging'
import { nextOffsetOf } from '../../core/schemas/paging'
import type { NoticeDoc } from '../collections/notices'
import { checkContent } from '../content/check'
import { collection, firstRow, rows, toDate } from '../db'
import { requirePlatformFiles } from '../files'
import { fail, ok, type Ctx } from '../handler'
import type { Result } from '../../core/result'
import { maySee, requireReach, requireSender, senderKeyOf, targetKeysOf, targetLabel } from './targets'
import { noticeView } from './view'

export type In<A extends keyof typeof noticesApi> = z.output<(typeof noticesApi)[A]['input']>

/** A notice by id, or NOT_FOUND. */
export async function loadNotice(ctx: Ctx, noticeId: string): Promise<NoticeDoc> {
  const doc = await firstRow(collection(ctx.db, 'notices').where({ _id: noticeId }).limit(1))
  if (!doc) fail('NOT_FOUND', '这条通知不存在')
  return doc
}

/** A notice of the caller's own organisation (drafting, publishing, revoking act only on one's own). */
export async function ownNotice(ctx: Ctx, noticeId: string): Promise<NoticeDoc> {
  const sender = requireSender(ctx.caller.roles)
  const doc = await loadNotice(ctx, noticeId)
  if (doc.senderKey !== senderKeyOf(sender)) fail('FORBIDDEN')
  return doc
}

/** A notice whose results the caller may read: its own organisation's, or any for the city centre. */
export async function visibleNotice(ctx: Ctx, noticeId: string): Promise<NoticeDoc> {
  const sender = requireSender(ctx.caller.roles)
  const doc = await loadNotice(ctx, noticeId)
  if (!maySee(sender, doc.senderKey)) fail('FORBIDDEN')
  return doc
}

const newId = (nowMs: number) => `notice-${nowMs.toString(36)}-${Math.random().toString(36).slice(2, 8)}`

/** Creates a draft, or rewrites one of the organisation's drafts (a published notice is never edited). */
export async function saveDraft(input: In<'saveDraft'>, ctx: Ctx): Promise<Result<NoticeView>> {
  const sender = requireSender(ctx.caller.roles)
  requireReach(sender, input.target)
  requirePlatformFiles('notices', input.attachments)
  const before = input.noticeId ? await ownNotice(ctx, input.noticeId) : null
  if (before && before.state !== 'draft') fail('NOTICE_NOT_DRAFT')
  const flag = await checkContent(ctx, [
    { label: '通知标题', text: input.title },
    { label: '通知内容', text: input.body },
  ])
  const at = new Date(ctx.now())
  const doc: NoticeDoc = {
    _id: before?._id ?? newId(ctx.now()),
    sender,
    senderKey: senderKeyOf(sender),
    title: input.title,
    body: input.body,
    attachments: input.attachments,
    replyRequired: input.replyRequired,
    replyDueAt: input.replyRequired && input.replyDueAt !== null ? new Date(input.replyDueAt) : null,
    priority: input.priority,
    target: input.target,
    targetKeys: targetKeysOf(input.target),
    state: 'draft',
    areas: [],
    total: 0,
    read: 0,
    acknowledged: 0,
    replied: 0,
    contentFlag: flag,
    createdBy: ctx.caller.openid ?? 'console',
    createdAt: before ? toDate(before.createdAt) : at,
    updatedAt: at,
    publishedAt: null,
    revokedAt: null,
    revokeReason: null,
  }
  const { _id, ...data } = doc
  if (before) {
    // Conditional on still being a draft: a publish that won the race is never overwritten.
    const r = await collection(ctx.db, 'notices')
      .where({ _id, state: 'draft' })
      .update({ data: { ...data, attachments: ctx.db.command.set(data.attachments), target: ctx.db.command.set(data.target) } })
    if (r.stats.updated !== 1) fail('NOTICE_NOT_DRAFT')
  } else {
    await collection(ctx.db, 'notices').add({ data: doc })
  }
  return ok(noticeView(doc))
}

export async function deleteDraft(input: In<'deleteDraft'>, ctx: Ctx): Promise<Result<{ deleted: true }>> {
  const doc = await ownNotice(ctx, input.noticeId)
  if (doc.state !== 'draft') fail('NOTICE_NOT_DRAFT')
  const r = await collection(ctx.db, 'notices').where({ _id: doc._id, state: 'draft' }).remove()
  if (r.stats.removed !== 1) fail('NOTICE_NOT_DRAFT')
  return ok({ deleted: true })
}

export async function getSent(input: In<'getSent'>, ctx: Ctx): Promise<Result<SentNotice>> {
  const doc = await visibleNotice(ctx, input.noticeId)
  return ok({ ...noticeView(doc), target: doc.target })
}

/** The organisation's notices, newest change first (the city centre sees its own, as a district centre does). */
export async function listSent(input: In<'listSent'>, ctx: Ctx): Promise<Result<Page<SentRow>>> {
  const sender = requireSender(ctx.caller.roles)
  const { offset, limit } = input
  const found = await rows(
    collection(ctx.db, 'notices')
      .where({ senderKey: senderKeyOf(sender) })
      .field({
        title: true,
        state: true,
        target: true,
        priority: true,
        replyRequired: true,
        updatedAt: true,
        total: true,
        read: true,
        acknowledged: true,
        replied: true,
      })
      .orderBy('updatedAt', 'desc')
      .skip(offset)
      .limit(limit),
  )
  return ok({
    rows: found.map((n) => ({
      id: n._id,
      title: n.title,
      state: n.state,
      stateLabel: NOTICE_STATE_LABELS[n.state],
      targetLabel: targetLabel(n.target),
      priorityLabel: NOTICE_PRIORITY_LABELS[n.priority],
      replyRequired: n.replyRequired,
      updatedAt: toDate(n.updatedAt).getTime(),
      total: n.total,
      read: n.priority === 'important' ? n.acknowledged : n.read,
      replied: n.replied,
    })),
    nextOffset: nextOffsetOf(offset, limit, found.length),
  })
}
