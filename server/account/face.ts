import type { z } from 'zod'
import type { accountApi } from '../../core/api/account'
import type { DelegationDoc, FaceCheckDoc } from '../collections/account'
import type { PersonDoc } from '../collections/register'
import { bindingsOf } from './lookups'
import { firstRow, mustFind } from '../db'
import { requireOpenid } from '../caller'
import { COLLECTIONS } from '../collections'
import { fail, ok, type Ctx } from '../handler'
import { hashIdNumber, idLast4 } from '../register/hash'
import { validIdNumber } from './delegates'
import { face } from './ports'

type In<A extends keyof typeof accountApi> = z.output<(typeof accountApi)[A]['input']>

/** The 线下认证 lookup asks for the ID type too (vote contract's IdType). */
export function idTypeOf(idNumber: string): 'mainland' | 'other' {
  return /^\d{17}[\dX]$/.test(idNumber) ? 'mainland' : 'other'
}

interface Subject {
  role: 'owner' | 'delegate'
  name: string
  personId: string | null
  delegationId: string | null
}

/** Whose face is checked: the caller as a bound owner of the community, else as an active delegate there. */
async function subjectOf(ctx: Ctx, openid: string, communityId: string, idHash: string): Promise<Subject> {
  const binding = (await bindingsOf(ctx.db, openid)).find((b) => b.communityId === communityId)
  if (binding) {
    const person = await firstRow<PersonDoc>(
      ctx.db.collection(COLLECTIONS.persons).where({ _id: binding.personId }).field({ name: true, idHash: true }).limit(1),
    )
    if (person?.idHash === idHash) return { role: 'owner', name: person.name, personId: binding.personId, delegationId: null }
  }
  const delegation = await firstRow<DelegationDoc>(
    ctx.db
      .collection(COLLECTIONS.delegations)
      .where({
        delegateOpenid: openid,
        communityId,
        delegateIdHash: idHash,
        status: 'active',
        until: ctx.db.command.gt(new Date(ctx.now())),
      })
      .field({ delegateName: true })
      .limit(1),
  )
  if (delegation) return { role: 'delegate', name: delegation.delegateName, personId: null, delegationId: delegation._id }
  fail('ID_MISMATCH')
}

export async function startFaceCheck(input: In<'startFaceCheck'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  await ctx.authorize(input.communityId)
  const idNumber = validIdNumber(input.idNumber)
  const idHash = hashIdNumber(idNumber)
  const subject = await subjectOf(ctx, openid, input.communityId, idHash)
  const session = await face.start(openid, subject.name, idNumber)
  const doc: Omit<FaceCheckDoc, '_id'> = {
    communityId: input.communityId,
    openid,
    role: subject.role,
    personId: subject.personId,
    delegationId: subject.delegationId,
    name: subject.name,
    idType: idTypeOf(idNumber),
    idHash,
    idLast4: idLast4(idNumber),
    verifyId: session.verifyId,
    outSeqNo: session.outSeqNo,
    status: 'started',
    reason: '',
    startedAt: new Date(ctx.now()),
    at: null,
  }
  const { _id } = (await ctx.db.collection(COLLECTIONS.faceChecks).add({ data: doc })) as { _id: string }
  return ok({ checkId: _id, verifyId: session.verifyId })
}

export async function finishFaceCheck(input: In<'finishFaceCheck'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const check = await mustFind(ctx.db, 'faceChecks', input.checkId, '没有找到这次人脸核身')
  await ctx.authorize(check.communityId)
  if (check.openid !== openid) fail('NOT_FOUND', '没有找到这次人脸核身')
  const idNumber = validIdNumber(input.idNumber)
  if (hashIdNumber(idNumber) !== check.idHash) fail('ID_MISMATCH')
  if (check.status !== 'started') return ok(outcome(check.status === 'passed', check.reason))
  const result = await face.verify(openid, check.name, idNumber, { verifyId: check.verifyId, outSeqNo: check.outSeqNo })
  const reason = result.ok ? '' : result.reason
  await ctx.db
    .collection(COLLECTIONS.faceChecks)
    .doc(check._id)
    .update({ data: { status: result.ok ? 'passed' : 'failed', reason, at: new Date(ctx.now()) } })
  return ok(outcome(result.ok, reason))
}

function outcome(passed: boolean, reason: string) {
  return { passed, message: passed ? '人脸核身通过' : reason || '人脸核身未通过，请到业委会办公室线下认证' }
}
