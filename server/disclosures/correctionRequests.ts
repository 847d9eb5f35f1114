import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { disclosuresApi } from '../../core/api/disclosures'
import { COMMITTEE_ROLES, isIn, ROLE_LABELS } from '../../core/roles'
import { checkContent } from '../content/check'
import type { DisclosureCorrectionDoc, StampDoc } from '../collections/disclosures'
import { collection, isConflict, mustFind, type Tx } from '../db'
import { fail, Failure, ok, type Ctx } from '../handler'
import { communityNames } from '../register/communityNames'
import { todosIn } from '../todos/write'
import { followFlag } from './publish'
import { findDisclosure } from './read'
import { correctionView } from './correctionViews'
import { stampOf } from './stamp'

type In<A extends keyof typeof disclosuresApi> = z.output<(typeof disclosuresApi)[A]['input']>

const actorOf = (s: StampDoc) => ({ by: s.by, who: s.who, at: new Date(s.at).getTime() })

/** 纠错: an owner of the community asks for a correction of a published item; the request and the committee's to-do are written together. */
export async function requestCorrection(input: In<'requestCorrection'>, ctx: Ctx) {
  const item = await findDisclosure(ctx, input.disclosureId)
  await ctx.authorize(item.communityId)
  if (item.status !== 'published') fail('DISCLOSURE_NOT_PUBLISHED')
  const contentFlag = await checkContent(ctx, [{ label: '纠错内容', text: input.content }], { scene: 2 })
  const asked: StampDoc = { by: ctx.caller.openid ?? 'console', who: ROLE_LABELS.owner, at: new Date(ctx.now()) }
  const doc: DisclosureCorrectionDoc = {
    _id: `${item._id}:${randomUUID()}`,
    disclosureId: item._id,
    communityId: item.communityId,
    content: input.content,
    asked,
    status: 'open',
    answer: null,
    contentFlag,
    createdAt: asked.at,
  }
  const names = await communityNames(ctx.db, [item.communityId])
  await ctx.db.runTransaction(async (tx: Tx) => {
    const { _id, ...data } = doc
    await collection(tx, 'disclosureCorrections').doc(_id).set({ data })
    await todosIn(tx).open(
      {
        kind: 'disclosureCorrection',
        targetId: _id,
        community: { _id: item.communityId, name: names.get(item.communityId) ?? '' },
        subject: item.title,
        // Voiding or correcting the item withdraws every open request's to-do at once (settleCorrections).
        sourceId: item._id,
      },
      actorOf(asked),
      input.content,
    )
  }, 1)
  await followFlag(ctx, { _id: doc._id, communityId: doc.communityId, subject: item.title }, contentFlag, 'correction')
  await ctx.audit({ action: 'disclosures.requestCorrection', targetId: doc._id, communityId: doc.communityId, note: input.content })
  return ok(correctionView(doc))
}

/** The committee answers once: the answer and the closed to-do are written together; a second answer changes nothing. */
export async function answerCorrection(input: In<'answerCorrection'>, ctx: Ctx) {
  const request = await mustFind(ctx.db, 'disclosureCorrections', input.requestId, '没有找到这条纠错')
  const roles = await ctx.authorize(request.communityId)
  if (request.status !== 'open') fail('CORRECTION_ALREADY_ANSWERED')
  await checkContent(ctx, [{ label: '答复', text: input.answer }])
  const role = roles.find((r) => isIn(COMMITTEE_ROLES, r)) ?? 'director'
  const stamp = await stampOf(ctx, request.communityId, role)
  const answer = { ...stamp, text: input.answer }
  try {
    await ctx.db.runTransaction(async (tx: Tx) => {
      const { data } = await collection(tx, 'disclosureCorrections').doc(request._id).get()
      if (data?.status !== 'open') fail('CORRECTION_ALREADY_ANSWERED')
      await collection(tx, 'disclosureCorrections')
        .doc(request._id)
        .update({ data: { status: 'answered', answer: ctx.db.command.set(answer) } })
      await todosIn(tx).close('disclosureCorrection', request._id, actorOf(stamp), 'replied', input.answer)
    }, 1)
  } catch (e) {
    if (!(e instanceof Failure) && isConflict(e)) fail('CORRECTION_ALREADY_ANSWERED')
    throw e
  }
  await ctx.audit({ action: 'disclosures.answerCorrection', targetId: request._id, communityId: request.communityId, note: input.answer })
  return ok(correctionView({ ...request, status: 'answered', answer }))
}
