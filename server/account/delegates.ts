import type { z } from 'zod'
import { DELEGATION_STATUS_LABELS, type DelegationStatus, type DelegationView, type accountApi } from '../../core/api/account'
import { maskIdLast4, maskPhone } from '../../core/mask'
import { firstRow, isConflict, isDuplicate, mustFind, rows, toDate, type Tx } from '../db'
import { writeAudit } from '../audit'
import { roomLabel } from '../../core/format'
import { endOfDay } from '../../core/schemas/time'
import type { BindingDoc, DelegationDoc } from '../collections/account'
import type { UnitDoc } from '../collections/register'
import { bindingsOf } from './lookups'
import { requireOpenid } from '../caller'
import { COLLECTIONS } from '../collections'
import { fail, ok, type Ctx } from '../handler'
import { checkIdNumber } from '../register/idNumber'
import { hashIdNumber, idLast4 } from '../register/hash'
import { consumeCode, sendCode } from '../smsCodes'
import { sms } from './ports'

type In<A extends keyof typeof accountApi> = z.output<(typeof accountApi)[A]['input']>

const MAX_DAYS = 3 * 366
const DAY_MS = 86_400_000

/** The certificate number, checked like the register checks it; a bad one is INVALID_INPUT. */
export function validIdNumber(raw: string): string {
  const checked = checkIdNumber(raw)
  if (!checked.ok) fail('INVALID_INPUT', `证件号码：${checked.reason}`)
  return checked.value
}

/** Persisted vote states a delegation may be given for: submitted and not yet past its voting (a draft may still change). */
const DELEGABLE_STATES: readonly string[] = ['reviewing', 'approved', 'voting']

interface VoteForDelegation {
  communityId: string
  state?: string
  scope?: { kind: 'community' } | { kind: 'buildings'; buildings: string[] }
  endAt?: Date | string | number
}

/**
 * A vote-scoped delegation lasts until the vote ends. The vote must be in the units' community, be
 * under review, approved or open (not a draft, not closed or counted), and take in every unit: the
 * whole community, or the unit's building among the vote's buildings.
 */
async function voteEnd(ctx: Ctx, voteId: string, units: readonly UnitDoc[]): Promise<Date> {
  const vote = await firstRow<VoteForDelegation>(
    ctx.db
      .collection(COLLECTIONS.votes)
      .where({ _id: voteId })
      .field({ communityId: true, state: true, scope: true, endAt: true })
      .limit(1),
  )
  if (!vote || vote.communityId !== units[0].communityId) fail('NOT_FOUND', '没有找到这个投票')
  if (!vote.state || !DELEGABLE_STATES.includes(vote.state)) {
    fail('VOTE_NOT_DELEGABLE', vote.state === 'draft' ? '这个投票还在草稿阶段，暂时不能办理委托' : '这个投票已经截止，不能再办理委托')
  }
  const scope = vote.scope
  const outside = units.filter((u) => !scope || (scope.kind === 'buildings' && !scope.buildings.includes(u.building)))
  if (outside.length > 0) {
    fail('UNIT_NOT_IN_VOTE', `${outside.map(roomOf).join('、')} 不在这个投票的范围内`)
  }
  if (!vote.endAt) fail('VOTE_NOT_SCHEDULED', '这个投票还没有确定截止时间，请选择委托截止日期')
  return toDate(vote.endAt)
}

const roomOf = (u: Pick<UnitDoc, 'building' | 'unitNo' | 'room'>) =>
  roomLabel({ building: u.building, unitNo: u.unitNo ?? '', room: u.room })

async function ownerBinding(
  ctx: Ctx,
  openid: string,
  units: readonly UnitDoc[],
): Promise<Pick<BindingDoc, '_id' | 'openid' | 'personId' | 'communityId'>> {
  const bindings = await bindingsOf(ctx.db, openid)
  const binding = bindings.find((b) => units.every((u) => b.communityId === u.communityId && u.ownerIds.includes(b.personId)))
  if (!binding) fail('NOT_OWNER', units.length > 1 ? '所选房屋不都在您的名下' : '这套房不在您的名下')
  return binding
}

/** The units named, each found, all in one community. */
async function unitsNamed(ctx: Ctx, unitIds: readonly string[]): Promise<UnitDoc[]> {
  const ids = [...new Set(unitIds)]
  const found = await rows<UnitDoc>(
    ctx.db
      .collection(COLLECTIONS.units)
      .where({ _id: ctx.db.command.in(ids) })
      .limit(ids.length),
  )
  if (found.length !== ids.length) fail('NOT_FOUND', '没有找到这套房')
  if (new Set(found.map((u) => u.communityId)).size > 1) fail('INVALID_INPUT', '一次委托只能选择同一个小区的房屋')
  return ids.map((id) => found.find((u) => u._id === id) as UnitDoc)
}

/**
 * The id of the next authorisation of a unit for a vote (or for a time, `term`): the number of
 * earlier ones plus one. Two owners' requests racing on one unit and vote read the same history,
 * so they write the same id and the database keeps one (the other answers DELEGATION_EXISTS).
 */
function delegationId(unitId: string, voteId: string | null, earlier: number): string {
  return `dlg:${unitId}:${voteId ?? 'term'}:${earlier + 1}`
}

/**
 * 委托他人: one authorisation per unit, all written together (one transaction) — the owner may
 * name all her units at once. A delegate casts for an owner only when every unit of hers in the
 * vote's scope is delegated to her (docs/counting-rules.md §3).
 */
export async function authorizeDelegate(input: In<'authorizeDelegate'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  if (Boolean(input.voteId) === Boolean(input.until)) fail('INVALID_INPUT', '请选择委托一次投票，或者填写委托截止日期（二选一）')
  const idNumber = validIdNumber(input.idNumber)
  const units = await unitsNamed(ctx, input.unitIds)
  await ctx.authorize(units[0].communityId)
  const binding = await ownerBinding(ctx, openid, units)
  const nowMs = ctx.now()
  const until = input.voteId ? await voteEnd(ctx, input.voteId, units) : endOfDay(input.until!)
  if (until.getTime() <= nowMs) fail('INVALID_INPUT', input.voteId ? '这个投票已经截止' : '委托截止日期必须晚于今天')
  if (until.getTime() > nowMs + MAX_DAYS * DAY_MS) fail('INVALID_INPUT', '委托期限最长3年')
  const idHash = hashIdNumber(idNumber)
  const owner = await firstRow<{ name: string; idHash: string }>(
    ctx.db.collection(COLLECTIONS.persons).where({ _id: binding.personId }).field({ name: true, idHash: true }).limit(1),
  )
  if (owner?.idHash === idHash) fail('SELF_DELEGATION', '不能委托您自己')
  const voteId = input.voteId ?? null
  const history = (
    await rows<Pick<DelegationDoc, '_id' | 'unitId' | 'voteId' | 'status' | 'until'>>(
      ctx.db
        .collection(COLLECTIONS.delegations)
        .where({ unitId: ctx.db.command.in(units.map((u) => u._id)) })
        .field({ unitId: true, voteId: true, status: true, until: true })
        .limit(1000),
    )
  ).filter((d) => (d.voteId ?? null) === voteId)
  const live = units.filter((u) =>
    history.some((d) => d.unitId === u._id && (d.status === 'pending' || d.status === 'active') && toDate(d.until).getTime() > nowMs),
  )
  if (live.length > 0) fail('DELEGATION_EXISTS', `${live.map(roomOf).join('、')} 已有生效或待认证的委托，请先撤销原委托`)
  const docs: DelegationDoc[] = units.map((unit) => ({
    _id: delegationId(unit._id, voteId, history.filter((d) => d.unitId === unit._id).length),
    communityId: unit.communityId,
    unitId: unit._id,
    ownerPersonId: binding.personId,
    ownerOpenid: openid,
    ownerName: owner?.name ?? '',
    delegateOpenid: null,
    delegateName: input.name,
    delegateIdHash: idHash,
    delegateIdLast4: idLast4(idNumber),
    delegatePhone: input.phone,
    voteId,
    until,
    status: 'pending',
    createdAt: new Date(nowMs),
  }))
  try {
    await ctx.db.runTransaction(async (t: Tx) => {
      for (const doc of docs) await t.collection(COLLECTIONS.delegations).add({ data: doc })
      await writeAudit(t, {
        actor: openid,
        at: new Date(nowMs),
        action: 'account.authorizeDelegate',
        targetId: docs[0]._id,
        communityId: units[0].communityId,
        after: { unitIds: units.map((u) => u._id), delegate: input.name, idLast4: idLast4(idNumber), voteId, until },
      })
    })
  } catch (e) {
    if (isDuplicate(e) || isConflict(e)) fail('DELEGATION_EXISTS')
    throw e
  }
  return ok({ delegations: docs.map((doc, i) => viewOf(doc, units[i], nowMs)) })
}

export async function revokeDelegate(input: In<'revokeDelegate'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const doc = await mustFind(ctx.db, 'delegations', input.delegationId, '没有找到这个委托')
  await ctx.authorize(doc.communityId)
  const mine = (await bindingsOf(ctx.db, openid)).some((b) => b.personId === doc.ownerPersonId)
  if (!mine) fail('FORBIDDEN', '只有办理委托的业主本人可以撤销')
  const unit = await mustFind(ctx.db, 'units', doc.unitId, '没有找到这套房')
  if (doc.status === 'revoked') return ok(viewOf(doc, unit, ctx.now()))
  const revokedAt = new Date(ctx.now())
  await ctx.db
    .collection(COLLECTIONS.delegations)
    .doc(doc._id)
    .update({ data: { status: 'revoked', revokedAt } })
  await ctx.audit({
    action: 'account.revokeDelegate',
    targetId: doc._id,
    communityId: doc.communityId,
    before: { status: doc.status },
    after: { status: 'revoked' },
  })
  return ok(viewOf({ ...doc, status: 'revoked', revokedAt }, unit, ctx.now()))
}

export async function listMyDelegations(_input: In<'listMyDelegations'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const _ = ctx.db.command
  const personIds = (await bindingsOf(ctx.db, openid)).map((b) => b.personId)
  const [granted, held] = await Promise.all([
    personIds.length === 0
      ? []
      : rows<DelegationDoc>(
          ctx.db
            .collection(COLLECTIONS.delegations)
            .where({ ownerPersonId: _.in(personIds) })
            .orderBy('createdAt', 'desc')
            .limit(100),
        ),
    rows<DelegationDoc>(
      ctx.db.collection(COLLECTIONS.delegations).where({ delegateOpenid: openid }).orderBy('createdAt', 'desc').limit(100),
    ),
  ])
  const units = await unitsById(
    ctx,
    [...granted, ...held].map((d) => d.unitId),
  )
  const nowMs = ctx.now()
  const view = (d: DelegationDoc) => viewOf(d, units.get(d.unitId), nowMs)
  return ok({ granted: granted.map(view), held: held.map(view) })
}

async function pendingFor(ctx: Ctx, name: string, idHash: string): Promise<DelegationDoc[]> {
  return rows<DelegationDoc>(
    ctx.db
      .collection(COLLECTIONS.delegations)
      .where({
        delegateName: name,
        delegateIdHash: idHash,
        status: 'pending',
        until: ctx.db.command.gt(new Date(ctx.now())),
      })
      .orderBy('createdAt', 'desc')
      .limit(100),
  )
}

export async function sendDelegateCode(input: In<'sendDelegateCode'>, ctx: Ctx) {
  const account = requireOpenid(ctx.caller.openid)
  const idHash = hashIdNumber(validIdNumber(input.idNumber))
  const pending = await pendingFor(ctx, input.name, idHash)
  if (pending.length === 0) fail('NO_DELEGATION')
  const phone = pending[0].delegatePhone
  await sendCode(ctx.db, ctx.now(), sms, { purpose: 'bindDelegate', key: idHash, account, phone })
  return ok({ phoneMasked: maskPhone(phone) })
}

/** The delegate proves the owner's phone-of-record for her by the code; every pending authorisation to that phone becomes active. */
export async function bindDelegate(input: In<'bindDelegate'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const idHash = hashIdNumber(validIdNumber(input.idNumber))
  if ((await pendingFor(ctx, input.name, idHash)).length === 0) fail('NO_DELEGATION')
  const phone = await consumeCode(ctx.db, ctx.now(), { purpose: 'bindDelegate', key: idHash, account: openid }, input.code)
  const pending = (await pendingFor(ctx, input.name, idHash)).filter((d) => d.delegatePhone === phone)
  const boundAt = new Date(ctx.now())
  for (const d of pending) {
    await ctx.db
      .collection(COLLECTIONS.delegations)
      .where({ _id: d._id, status: 'pending' })
      .update({ data: { delegateOpenid: openid, status: 'active', boundAt } })
    await ctx.audit({
      action: 'account.bindDelegate',
      targetId: d._id,
      communityId: d.communityId,
      before: { status: 'pending' },
      after: { status: 'active' },
    })
  }
  const units = await unitsById(
    ctx,
    pending.map((d) => d.unitId),
  )
  const nowMs = ctx.now()
  return ok({
    delegations: pending.map((d) => viewOf({ ...d, delegateOpenid: openid, status: 'active', boundAt }, units.get(d.unitId), nowMs)),
  })
}

async function unitsById(ctx: Ctx, ids: string[]): Promise<Map<string, UnitDoc>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const found = await rows<UnitDoc>(
    ctx.db
      .collection(COLLECTIONS.units)
      .where({ _id: ctx.db.command.in(unique) })
      .field({ communityId: true, building: true, unitNo: true, room: true, ownerIds: true })
      .limit(1000),
  )
  return new Map(found.map((u) => [u._id, u]))
}

export function statusAt(doc: Pick<DelegationDoc, 'status' | 'until'>, nowMs: number): DelegationStatus {
  if (doc.status === 'revoked') return 'revoked'
  return toDate(doc.until).getTime() <= nowMs ? 'expired' : doc.status
}

function viewOf(doc: DelegationDoc, unit: UnitDoc | undefined, nowMs: number): DelegationView {
  const status = statusAt(doc, nowMs)
  return {
    id: doc._id,
    communityId: doc.communityId,
    unit: { id: doc.unitId, building: unit?.building ?? '', unitNo: unit?.unitNo ?? '', room: unit?.room ?? '' },
    ownerName: doc.ownerName,
    delegateName: doc.delegateName,
    delegatePhoneMasked: maskPhone(doc.delegatePhone),
    delegateIdMasked: maskIdLast4(doc.delegateIdLast4),
    voteId: doc.voteId ?? null,
    until: toDate(doc.until).getTime(),
    status,
    statusLabel: DELEGATION_STATUS_LABELS[status],
  }
}
