import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { disclosuresApi } from '../../core/api/disclosures'
import { ROLE_LABELS } from '../../core/roles'
import { disclosureProblem } from '../../core/disclosures/rules'
import { checkContent, flagNote, type ContentFlag, type TextField } from '../content/check'
import type { DisclosureDoc, StampDoc } from '../collections/disclosures'
import { collection, isConflict, type Tx } from '../db'
import { fail, Failure, ok, type Ctx } from '../handler'
import { requireCommunityFiles } from '../files'
import { communityNames } from '../register/communityNames'
import { openTodo } from '../todos/write'
import { closeOverdue } from './calendar'
import { findDisclosure, detailOf } from './read'
import { settleCorrections } from './settleCorrections'
import { stampOf } from './stamp'
import { beijingToday } from './views'

type In<A extends keyof typeof disclosuresApi> = z.output<(typeof disclosuresApi)[A]['input']>
type Fields = Pick<In<'publishDisclosure'>, 'category' | 'title' | 'period' | 'body' | 'attachments' | 'finance' | 'displayUntil'>

export const newDisclosureId = () => `dis-${randomUUID()}`

function texts(f: Fields): TextField[] {
  return [
    { label: '标题', text: f.title },
    { label: '所属期间', text: f.period },
    { label: '正文', text: f.body },
    { label: '收支项目', text: (f.finance ?? []).map((l) => l.item).join('\n') },
  ]
}

/**
 * Everything checked before anything is written: the files are the community's, and for publishing
 * the statement of account balances and the display lasts 15 days; then the text's content check.
 */
export async function checkFields(ctx: Ctx, communityId: string, f: Fields, publishing: boolean): Promise<ContentFlag | null> {
  requireCommunityFiles(communityId, f.attachments)
  if (publishing) {
    const problem = disclosureProblem(f, beijingToday(ctx.now()))
    if (problem) fail(problem.code, problem.message)
  }
  return checkContent(ctx, texts(f))
}

function fieldsOf(f: Fields) {
  return {
    category: f.category,
    title: f.title,
    period: f.period,
    body: f.body,
    attachments: f.attachments.map(({ fileID, name }) => ({ fileID, name })),
    finance: f.finance && f.finance.length > 0 ? f.finance : null,
    displayUntil: f.displayUntil,
  }
}

export function newDoc(
  communityId: string,
  f: Fields,
  stamp: StampDoc,
  status: 'draft' | 'published',
  extra: Partial<DisclosureDoc> = {},
): DisclosureDoc {
  return {
    _id: newDisclosureId(),
    communityId,
    ...fieldsOf(f),
    status,
    created: stamp,
    published: status === 'published' ? stamp : null,
    voided: null,
    corrects: null,
    correctedBy: null,
    importId: null,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    ...extra,
  }
}

/** Who writes the text of each source, as the to-do's history names them. */
const WRITER = { disclosure: 'director', transfer: 'propertyManager', correction: 'owner' } as const

/** Flagged text becomes the committee's contentReview to-do (server/content/check.ts). */
export async function followFlag(
  ctx: Ctx,
  target: { _id: string; communityId: string; subject: string },
  flag: ContentFlag | null,
  source: 'disclosure' | 'transfer' | 'correction' = 'disclosure',
) {
  if (!flag) return
  const names = await communityNames(ctx.db, [target.communityId])
  await openTodo(
    ctx.db,
    {
      kind: 'contentReview',
      targetId: target._id,
      community: { _id: target.communityId, name: names.get(target.communityId) ?? '' },
      subject: target.subject,
      source,
    },
    { by: ctx.caller.openid ?? 'console', who: ROLE_LABELS[WRITER[source]], at: ctx.now() },
    flagNote(flag),
  )
}

async function write(ctx: Ctx, input: In<'publishDisclosure'>, status: 'draft' | 'published') {
  await ctx.authorize(input.communityId)
  let draft: DisclosureDoc | undefined
  if (input.disclosureId) {
    draft = await findDisclosure(ctx, input.disclosureId)
    if (draft.communityId !== input.communityId) fail('NOT_FOUND', '没有找到这条公开信息')
    if (draft.status !== 'draft') fail('DISCLOSURE_NOT_DRAFT')
  }
  const contentFlag = await checkFields(ctx, input.communityId, input, status === 'published')
  const stamp = await stampOf(ctx, input.communityId, 'director')
  let doc: DisclosureDoc
  if (draft) {
    const _ = ctx.db.command
    const changes = {
      ...fieldsOf(input),
      status,
      contentFlag,
      updatedAt: stamp.at,
      ...(status === 'published' ? { published: _.set(stamp) } : {}),
    }
    // Conditional on still being a draft: a second tap or a race publishes once.
    const { stats } = await collection(ctx.db, 'disclosures').where({ _id: draft._id, status: 'draft' }).update({ data: changes })
    if (stats.updated === 0) fail('DISCLOSURE_NOT_DRAFT')
    doc = { ...draft, ...fieldsOf(input), status, contentFlag, updatedAt: stamp.at, published: status === 'published' ? stamp : null }
  } else {
    doc = newDoc(input.communityId, input, stamp, status, { contentFlag })
    const { _id, ...data } = doc
    await collection(ctx.db, 'disclosures').doc(_id).set({ data })
  }
  await ctx.audit({
    action: status === 'published' ? 'disclosures.publishDisclosure' : 'disclosures.saveDraft',
    targetId: doc._id,
    communityId: doc.communityId,
    after: { category: doc.category, title: doc.title, period: doc.period, status },
  })
  await followFlag(ctx, { ...doc, subject: doc.title }, contentFlag)
  if (status === 'published') await closeOverdue(ctx, doc.communityId, doc.category)
  return ok(await detailOf(ctx, doc))
}

/** 保存草稿: a new draft, or the draft `disclosureId` rewritten; only the committee sees drafts. */
export const saveDraft = (input: In<'saveDraft'>, ctx: Ctx) => write(ctx, input, 'draft')

/** 发布 (manual 八): a new item, or a draft, published with the director's name and time. */
export const publishDisclosure = (input: In<'publishDisclosure'>, ctx: Ctx) => write(ctx, input, 'published')

function voidedBy(ctx: Ctx, stamp: StampDoc, reason: string) {
  return { status: 'voided' as const, voided: ctx.db.command.set({ ...stamp, reason }), updatedAt: stamp.at }
}

/** 作废: a published item becomes voided with who, when and why; it stays listed, never deleted. */
export async function voidDisclosure(input: In<'voidDisclosure'>, ctx: Ctx) {
  const found = await findDisclosure(ctx, input.disclosureId)
  await ctx.authorize(found.communityId)
  if (found.status !== 'published') fail('DISCLOSURE_NOT_PUBLISHED')
  await checkContent(ctx, [{ label: '作废原因', text: input.reason }])
  const stamp = await stampOf(ctx, found.communityId, 'director')
  const { stats } = await collection(ctx.db, 'disclosures')
    .where({ _id: found._id, status: 'published' })
    .update({ data: voidedBy(ctx, stamp, input.reason) })
  if (stats.updated === 0) fail('DISCLOSURE_NOT_PUBLISHED')
  await ctx.audit({ action: 'disclosures.voidDisclosure', targetId: found._id, communityId: found.communityId, note: input.reason })
  await settleCorrections(ctx, found._id, stamp, `该信息已作废，原因：${input.reason}`)
  return ok(await detailOf(ctx, { ...found, status: 'voided', voided: { ...stamp, reason: input.reason }, updatedAt: stamp.at }))
}

/**
 * 更正: the wrong item is voided with the reason and the corrected one published in the same
 * transaction, each pointing at the other; the new item's page lists what changed.
 */
export async function correctDisclosure(input: In<'correctDisclosure'>, ctx: Ctx) {
  const found = await findDisclosure(ctx, input.disclosureId)
  await ctx.authorize(found.communityId)
  if (found.status !== 'published') fail('DISCLOSURE_NOT_PUBLISHED')
  const contentFlag = await checkFields(ctx, found.communityId, input, true)
  await checkContent(ctx, [{ label: '更正原因', text: input.reason }])
  const stamp = await stampOf(ctx, found.communityId, 'director')
  const next = newDoc(found.communityId, input, stamp, 'published', { corrects: found._id, contentFlag })
  try {
    await ctx.db.runTransaction(async (tx: Tx) => {
      const { data } = await collection(tx, 'disclosures').doc(found._id).get()
      if (data?.status !== 'published') fail('DISCLOSURE_NOT_PUBLISHED')
      await collection(tx, 'disclosures')
        .doc(found._id)
        .update({ data: { ...voidedBy(ctx, stamp, input.reason), correctedBy: next._id } })
      const { _id, ...rest } = next
      await collection(tx, 'disclosures').doc(_id).set({ data: rest })
    }, 1)
  } catch (e) {
    if (!(e instanceof Failure) && isConflict(e)) fail('DISCLOSURE_NOT_PUBLISHED')
    throw e
  }
  await ctx.audit({
    action: 'disclosures.correctDisclosure',
    targetId: next._id,
    communityId: next.communityId,
    before: { id: found._id, title: found.title },
    after: { title: next.title },
    note: input.reason,
  })
  await settleCorrections(ctx, found._id, stamp, `该信息已更正，请看更正后的「${next.title}」。更正原因：${input.reason}`)
  await followFlag(ctx, { ...next, subject: next.title }, contentFlag)
  await closeOverdue(ctx, next.communityId, next.category)
  return ok(await detailOf(ctx, next))
}
