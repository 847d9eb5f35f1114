import type { z } from 'zod'
import type { FaceFailureView, IdType, manageVoteApi } from '../../core/api/vote'
import { ok, type Result } from '../../core/result'
import type { FaceCheckDoc } from '../collections/account'
import { COLLECTIONS } from '../collections'
import { collection, rows } from '../db'
import { fail, type Ctx } from '../handler'
import { checkIdNumber } from '../register/idNumber'
import { hashIdNumber, idLast4 } from '../register/hash'
import { whoOf } from './access'
import { voteFail } from './errors'
import { roomLabel } from './model'
import { maskName } from '../../core/mask'
import { auditDoc, stampOf, type Tx } from './store'

type In<A extends keyof typeof manageVoteApi> = z.output<(typeof manageVoteApi)[A]['input']>

/*
 * 线下认证 (manual 十一.8): staff look up, by certificate type and number, the people of their
 * community whose face verification failed, and — having seen them and their papers in person —
 * record them as verified. The record is a `faceChecks` document with status `passed` and an
 * `inPerson` stamp, written in one transaction with its audit entry.
 */

function certificate(idType: IdType, raw: string): string {
  const checked = checkIdNumber(raw)
  if (!checked.ok) fail('INVALID_INPUT', `证件号码：${checked.reason}`)
  const mainland = /^\d{17}[\dX]$/.test(checked.value)
  if (idType === 'mainland' && !mainland) fail('INVALID_INPUT', '证件号码：大陆二代身份证应为18位')
  return checked.value
}

const subjectOf = (c: FaceCheckDoc) => c.personId ?? c.delegationId ?? c.openid
const ms = (d: Date | string | number | null | undefined) => (d ? new Date(d).getTime() : null)

async function failures(ctx: Ctx, communityId: string, idHash: string): Promise<Array<{ view: FaceFailureView; failed: FaceCheckDoc }>> {
  const checks = await rows(collection(ctx.db, 'faceChecks').where({ communityId, idHash }).orderBy('startedAt', 'desc').limit(100))
  const bySubject = new Map<string, FaceCheckDoc[]>()
  for (const c of checks) bySubject.set(subjectOf(c), [...(bySubject.get(subjectOf(c)) ?? []), c])
  const found: Array<{ view: FaceFailureView; failed: FaceCheckDoc; personId?: string }> = []
  for (const [subjectId, list] of bySubject) {
    const failed = list.find((c) => c.status === 'failed')
    if (!failed) continue
    const inPerson = list.find((c) => c.inPerson && (ms(c.at) ?? 0) >= (ms(failed.at) ?? 0))?.inPerson
    found.push({
      view: {
        subjectId,
        role: failed.role,
        name: maskName(failed.name),
        idLast4: `****${failed.idLast4}`,
        rooms: [],
        failedAt: ms(failed.at),
        reason: failed.reason,
        verifiedInPerson: inPerson ? { who: inPerson.who, at: inPerson.at } : null,
      },
      failed,
      personId: failed.personId ?? undefined,
    })
  }
  const personIds = found.map((f) => f.personId).filter((p): p is string => Boolean(p))
  if (personIds.length > 0) {
    const units = await rows<{ building: string; unitNo?: string; room: string; ownerIds: string[] }>(
      ctx.db
        .collection(COLLECTIONS.units)
        .where({ communityId, ownerIds: ctx.db.command.in(personIds) })
        .field({ building: true, unitNo: true, room: true, ownerIds: true })
        .limit(100),
    )
    for (const f of found) {
      f.view.rooms = units
        .filter((u) => f.personId && u.ownerIds.includes(f.personId))
        .map((u) => roomLabel(u.building, u.unitNo ?? '', u.room))
    }
  }
  return found
}

export async function findFaceFailures(input: In<'findFaceFailures'>, ctx: Ctx): Promise<Result<FaceFailureView[]>> {
  await ctx.authorize(input.communityId)
  const found = await failures(ctx, input.communityId, hashIdNumber(certificate(input.idType, input.idNumber)))
  if (found.length === 0) voteFail('NO_FACE_FAILURE')
  return ok(found.map((f) => f.view))
}

export async function verifyInPerson(input: In<'verifyInPerson'>, ctx: Ctx): Promise<Result<FaceFailureView>> {
  const roles = await ctx.authorize(input.communityId)
  const idNumber = certificate(input.idType, input.idNumber)
  const idHash = hashIdNumber(idNumber)
  const found = (await failures(ctx, input.communityId, idHash)).find((f) => f.view.subjectId === input.subjectId)
  if (!found) voteFail('NO_FACE_FAILURE')
  const { view: target, failed } = found
  const stamp = stampOf(ctx, whoOf(roles))
  const inPerson = { ...stamp, note: input.note }
  const record: Omit<FaceCheckDoc, '_id'> = {
    communityId: input.communityId,
    openid: failed.openid,
    role: failed.role,
    personId: failed.personId,
    delegationId: failed.delegationId,
    name: failed.name,
    idType: input.idType,
    idHash,
    idLast4: idLast4(idNumber),
    verifyId: '',
    outSeqNo: '',
    status: 'passed',
    reason: '线下认证',
    startedAt: new Date(stamp.at),
    at: new Date(stamp.at),
    inPerson,
  }
  await ctx.db.runTransaction(async (tx: Tx) => {
    await tx.collection(COLLECTIONS.faceChecks).add({ data: record })
    await tx.collection(COLLECTIONS.audit).add({
      data: auditDoc(
        ctx,
        { _id: input.subjectId, communityId: input.communityId },
        {
          action: 'verifyInPerson',
          after: { subjectId: input.subjectId, idType: input.idType, idLast4: record.idLast4 },
          note: input.note || undefined,
        },
        { who: stamp.who },
      ),
    })
  }, 1)
  return ok({ ...target, verifiedInPerson: { who: stamp.who, at: stamp.at } })
}
