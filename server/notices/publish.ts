import type { NoticeView } from '../../core/api/notices'
import { COMMITTEE_ROLES } from '../../core/roles'
import type { Result } from '../../core/result'
import type { Database } from '../cloud'
import type { NoticeDoc } from '../collections/notices'
import { checkContent } from '../content/check'
import { collection, rows } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { sendTemplate } from '../notify/send'
import { cancelTodosOf, openTodosMany, type TodoActor } from '../todos/write'
import { ownNotice, type In } from './drafts'
import { areasOf, senderName, targetCommunities, type TargetCommunity } from './targets'
import { noticeView } from './view'
import { noticePage, replyTodoSpec } from './todos'

/** Who acted, as to-do histories show it. */
export function centreActor(ctx: Ctx, notice: Pick<NoticeDoc, 'sender'>): TodoActor {
  return { by: ctx.caller.openid ?? 'console', who: senderName(notice.sender), at: ctx.now() }
}

/**
 * Publishes a draft. The notice keeps its target rule and the recipients' count per street; no
 * per-community state is written (each community's is written on its first open). A notice that
 * needs a reply becomes each committee's to-do, inserted 1000 at a time. Writes: the notice, the
 * to-dos (⌈N/1000⌉ when a reply is needed) and the audit; reads: the target's communities
 * (⌈N/1000⌉) and the committee people to message.
 */
export async function publishNotice(input: In<'publishNotice'>, ctx: Ctx): Promise<Result<NoticeView & { recipients: number }>> {
  const draft = await ownNotice(ctx, input.noticeId)
  if (draft.state !== 'draft') fail('NOTICE_NOT_DRAFT')
  const now = ctx.now()
  if (draft.replyRequired && !draft.replyDueAt) fail('NOTICE_DUE_REQUIRED')
  if (draft.replyDueAt && new Date(draft.replyDueAt).getTime() <= now) fail('NOTICE_DUE_PAST')
  const communities = await targetCommunities(ctx.db, draft.target)
  if (draft.sender.role === 'districtCentre') {
    const district = draft.sender.district
    if (communities.some((c) => c.district !== district)) fail('FORBIDDEN', `只能向${district}的小区发布通知`)
  }
  if (communities.length === 0) fail('NOTICE_NO_RECIPIENTS')
  const areas = areasOf(communities)
  const at = new Date(now)
  const published = await collection(ctx.db, 'notices')
    .where({ _id: draft._id, state: 'draft' })
    .update({ data: { state: 'published', areas, total: communities.length, publishedAt: at, updatedAt: at } })
  // Two taps, one publish: whoever lost the race changes nothing.
  if (published.stats.updated !== 1) fail('NOTICE_NOT_DRAFT')
  const notice: NoticeDoc = { ...draft, state: 'published', areas, total: communities.length, publishedAt: at, updatedAt: at }
  if (notice.replyRequired) {
    await openTodosMany(
      ctx.db,
      communities.map((c) => replyTodoSpec(notice, c)),
      centreActor(ctx, notice),
    )
  }
  await ctx.audit({
    action: 'notices.publishNotice',
    targetId: notice._id,
    after: { recipients: communities.length, target: notice.target },
  })
  await messageCommittees(ctx.db, notice, communities)
  return ok({ ...noticeView(notice), recipients: communities.length })
}

/** The committee people of these communities, 1000 communities per read. */
async function committeeOpenids(db: Database, communities: readonly TargetCommunity[]): Promise<string[]> {
  const _ = db.command
  const openids: string[] = []
  for (let at = 0; at < communities.length; at += 1000) {
    const ids = communities.slice(at, at + 1000).map((c) => c._id)
    for (let offset = 0; ; offset += 1000) {
      const page = await rows(
        collection(db, 'roles')
          .where({ communityId: _.in(ids), role: _.in([...COMMITTEE_ROLES]), status: 'active' })
          .field({ openid: true })
          .skip(offset)
          .limit(1000),
      )
      for (const r of page) if (r.openid) openids.push(r.openid)
      if (page.length < 1000) break
    }
  }
  return openids
}

/** A subscription message to each committee person who agreed to receive one; the others see the badge. */
async function messageCommittees(db: Database, notice: NoticeDoc, communities: readonly TargetCommunity[]): Promise<void> {
  const openids = await committeeOpenids(db, communities)
  if (openids.length === 0) return
  await sendTemplate(
    'noticePublished',
    openids,
    noticePage(notice._id, ''),
    {
      thing1: notice.title,
      thing2: senderName(notice.sender),
      time3: notice.publishedAt ? new Date(notice.publishedAt).getTime() : Date.now(),
      thing4: notice.replyRequired ? '请在截止时间前回复' : notice.priority === 'important' ? '请查看并确认已知悉' : '请查看',
    },
    { db },
  )
}

/** Revokes a published notice; it stays visible as revoked with its reason, and its open to-dos are withdrawn. */
export async function revokeNotice(input: In<'revokeNotice'>, ctx: Ctx): Promise<Result<NoticeView>> {
  const notice = await ownNotice(ctx, input.noticeId)
  if (notice.state !== 'published') fail('NOTICE_NOT_PUBLISHED')
  await checkContent(ctx, [{ label: '撤回原因', text: input.reason }])
  const at = new Date(ctx.now())
  const r = await collection(ctx.db, 'notices')
    .where({ _id: notice._id, state: 'published' })
    .update({ data: { state: 'revoked', revokedAt: at, revokeReason: input.reason, updatedAt: at } })
  if (r.stats.updated !== 1) fail('NOTICE_NOT_PUBLISHED')
  await cancelTodosOf(ctx.db, notice._id, centreActor(ctx, notice), `通知已撤回：${input.reason}`)
  await ctx.audit({ action: 'notices.revokeNotice', targetId: notice._id, note: input.reason })
  return ok(noticeView({ ...notice, state: 'revoked', revokedAt: at, revokeReason: input.reason, updatedAt: at }))
}
