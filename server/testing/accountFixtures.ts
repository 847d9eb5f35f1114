import { hashIdNumber, idLast4 } from '../register/hash'
import type { Caller, Persona, Side, World } from './world'

/** TEST FIXTURE: the account function's part of the fixture world — delegations and face checks. */

const DAY_MS = 86_400_000

/** A delegate authorised for a fresh unit of the own community's owner, bound to `openid`. */
export async function addDelegate(world: World, persona: Persona, openid: string): Promise<Caller> {
  const idNumber = world.idNumber()
  const phone = world.phone()
  await insertDelegation(world, 'own', { delegateOpenid: openid, status: 'active', idNumber, phone, name: '李受托' })
  return { persona, openid, console: false, name: '李受托', phone, idNumber }
}

/** An authorisation waiting for its delegate, with what the delegate types to bind. */
export async function freshDelegation(world: World, side: Side): Promise<{ delegationId: string; name: string; idNumber: string }> {
  const idNumber = world.idNumber()
  const delegationId = await insertDelegation(world, side, {
    delegateOpenid: null,
    status: 'pending',
    idNumber,
    phone: world.phone(),
    name: '周受托',
  })
  return { delegationId, name: '周受托', idNumber }
}

async function insertDelegation(
  world: World,
  side: Side,
  d: { delegateOpenid: string | null; status: string; idNumber: string; phone: string; name: string },
) {
  const owner = world.ownerOf(side)
  const unitId = await world.freshUnit(side)
  const _id = world.id('delegation')
  await world.seeder.insert('delegations', [
    {
      _id,
      communityId: world.community(side),
      unitId,
      ownerPersonId: owner.personId,
      ownerOpenid: owner.openid,
      ownerName: owner.name,
      delegateOpenid: d.delegateOpenid,
      delegateName: d.name,
      delegateIdHash: hashIdNumber(d.idNumber),
      delegateIdLast4: idLast4(d.idNumber),
      delegatePhone: d.phone,
      voteId: null,
      until: new Date(world.nowMs() + 365 * DAY_MS),
      status: d.status,
      createdAt: new Date(world.nowMs()),
    },
  ])
  return _id
}

/** Whose face a caller checks in a community: herself when she has an identity there, else its owner. */
export function faceSubject(world: World, side: Side, caller: Caller): Caller {
  return caller.idNumber && side === 'own' ? caller : world.ownerOf(side)
}

/** A face check the caller started (or, for callers without an identity, the community's owner). */
export async function freshFaceCheck(world: World, side: Side, caller: Caller): Promise<{ checkId: string; idNumber: string }> {
  const subject = faceSubject(world, side, caller)
  const _id = world.id('face')
  await world.seeder.insert('faceChecks', [
    {
      _id,
      communityId: world.community(side),
      openid: subject.openid,
      role: subject.persona === 'delegate' ? 'delegate' : 'owner',
      personId: null,
      delegationId: null,
      name: subject.name,
      idType: 'mainland',
      idHash: hashIdNumber(subject.idNumber!),
      idLast4: idLast4(subject.idNumber!),
      verifyId: `local-${_id}`,
      outSeqNo: _id,
      status: 'started',
      reason: '',
      startedAt: new Date(world.nowMs()),
      at: null,
    },
  ])
  return { checkId: _id, idNumber: subject.idNumber! }
}
