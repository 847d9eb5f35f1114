import { ACCOUNT_STATUS_LABELS, type accountApi, type StaffAccountView } from '../../core/api/account'
import { ROLE_LABELS } from '../../core/api/identity'
import type { z } from 'zod'
import { maskPhone } from '../../core/mask'
import { requireOpenid } from '../caller'
import { COLLECTIONS } from '../collections'
import type { RoleDoc } from '../collections/account'
import type { MemberDoc } from '../collections/committee'
import { COMMITTEE_ROLES, isIn, ROSTER_ROLES } from '../../core/roles'
import { rosterAccountId } from '../committee/roster'
import { mustFind, rows } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { communityNames } from '../register/communityNames'
import { consumeCode, sendCode } from '../smsCodes'
import { checkContent } from '../content/check'
import { closeTodo, openTodo, type TodoActor } from '../todos/write'
import { assignOnJoin, withdrawOnLeave } from '../training/required'
import { mergeCommitteePeople, personOfAccount } from './committeePeople'
import { sms } from './ports'

type In<A extends keyof typeof accountApi> = z.output<(typeof accountApi)[A]['input']>

async function rosterMatches(ctx: Ctx, name: string, phone: string): Promise<MemberDoc[]> {
  return rows<MemberDoc>(ctx.db.collection(COLLECTIONS.committeeMembers).where({ name, phone, status: 'serving' }).limit(20))
}

/** Grants the operator made by name and phone (admin.grantRole) that no WeChat account holds yet. */
async function openGrants(ctx: Ctx, name: string, phone: string): Promise<RoleDoc[]> {
  const found = await rows<RoleDoc>(ctx.db.collection(COLLECTIONS.roles).where({ name, phone }).limit(20))
  return found.filter((r) => !r.openid && !r.rosterId && r.status !== 'revoked')
}

export async function sendStaffCode(input: In<'sendStaffCode'>, ctx: Ctx) {
  const account = requireOpenid(ctx.caller.openid)
  const [members, grants] = await Promise.all([rosterMatches(ctx, input.name, input.phone), openGrants(ctx, input.name, input.phone)])
  if (members.length + grants.length === 0) fail('NOT_ON_ROSTER')
  await sendCode(ctx.db, ctx.now(), sms, { purpose: 'bindStaff', key: input.phone, account, phone: input.phone })
  return ok({ phoneMasked: maskPhone(input.phone) })
}

/**
 * Binds this WeChat account to every roster entry with this name and phone, as a pending account
 * of the entry's kind (经办人, 委员, 候补委员) that can do nothing until the director authorises it;
 * and to any role the operator granted to this name and phone, with the status it was granted.
 */
export async function bindStaff(input: In<'bindStaff'>, ctx: Ctx) {
  const openid = requireOpenid(ctx.caller.openid)
  const [members, grants] = await Promise.all([rosterMatches(ctx, input.name, input.phone), openGrants(ctx, input.name, input.phone)])
  if (members.length + grants.length === 0) fail('NOT_ON_ROSTER')
  await consumeCode(ctx.db, ctx.now(), { purpose: 'bindStaff', key: input.phone, account: openid }, input.code)
  const at = new Date(ctx.now())
  const bound = [...(await bindRoster(ctx, openid, members, at))]
  for (const grant of grants) {
    const claimed = await ctx.db
      .collection(COLLECTIONS.roles)
      .where({ _id: grant._id, openid: ctx.db.command.exists(false) })
      .update({ data: { openid, updatedAt: at } })
    // Another WeChat account claimed it between our read and this write: not ours, so not bound nor audited.
    if ((claimed as { stats?: { updated?: number } }).stats?.updated !== 1) continue
    await ctx.audit({
      action: 'account.bindStaff',
      targetId: grant._id,
      communityId: grant.communityId,
      after: { role: grant.role, status: grant.status },
    })
    bound.push({ ...grant, openid })
    // An active grant claimed now makes her a committee member now: her required courses open.
    await assignOnJoin(ctx, { ...grant, openid })
  }
  if (bound.length === 0) fail('ALREADY_BOUND', '该人员已被其他微信账号绑定，如有疑问请联系业委会主任')
  const names = await communityNames(
    ctx.db,
    bound.map((r) => r.communityId ?? ''),
  )
  // A roster account waiting for the director is the director's to-do (idempotent: a rebind reuses it).
  for (const r of bound.filter((b) => b.rosterId && b.status === 'pending' && b.communityId)) {
    const community = { _id: r.communityId as string, name: names.get(r.communityId as string) ?? '' }
    await openTodo(
      ctx.db,
      { kind: 'staffAuthorisation', targetId: r._id, community, subject: `${r.name ?? ''}（${ROLE_LABELS[r.role]}）` },
      staffActor(ctx, '本人绑定'),
    )
  }
  const accounts: StaffAccountView[] = bound.map((r) => ({
    accountId: r._id,
    role: r.role,
    roleLabel: ROLE_LABELS[r.role],
    status: r.status,
    statusLabel: ACCOUNT_STATUS_LABELS[r.status],
    communityId: r.communityId ?? '',
    communityName: names.get(r.communityId ?? '') ?? '',
  }))
  return ok({ accounts })
}

/** One account per roster entry (`roster:<memberId>`); an entry another WeChat account holds is left alone. */
async function bindRoster(ctx: Ctx, openid: string, members: MemberDoc[], at: Date): Promise<RoleDoc[]> {
  if (members.length === 0) return []
  const existing = await rows<RoleDoc>(
    ctx.db
      .collection(COLLECTIONS.roles)
      .where({ _id: ctx.db.command.in(members.map((m) => rosterAccountId(m._id))) })
      .limit(20),
  )
  const byId = new Map(existing.map((r) => [r._id, r]))
  const bound: RoleDoc[] = []
  for (const member of members) {
    const id = rosterAccountId(member._id)
    const current = byId.get(id)
    if (current?.openid === openid && current.status !== 'revoked') {
      bound.push(current)
      continue
    }
    if (current?.openid && current.openid !== openid && current.status !== 'revoked') continue
    const doc: Omit<RoleDoc, '_id'> = {
      openid,
      role: member.kind,
      communityId: member.communityId,
      status: 'pending',
      name: member.name,
      phone: member.phone,
      rosterId: member._id,
      updatedAt: at,
    }
    await ctx.db.collection(COLLECTIONS.roles).doc(id).set({ data: doc })
    await ctx.audit({
      action: 'account.bindStaff',
      targetId: id,
      communityId: member.communityId,
      after: { role: doc.role, status: doc.status },
    })
    bound.push({ _id: id, ...doc })
  }
  return bound
}

function staffActor(ctx: Ctx, who: string): TodoActor {
  return { by: ctx.caller.openid ?? 'console', who, at: ctx.now() }
}

async function rosterAccount(ctx: Ctx, accountId: string): Promise<RoleDoc> {
  const doc = await mustFind(ctx.db, 'roles', accountId, '没有找到这个账号')
  if (!doc.communityId) fail('NOT_FOUND', '没有找到这个账号')
  await ctx.authorize(doc.communityId)
  if (!isIn(ROSTER_ROLES, doc.role)) fail('NOT_STAFF_ACCOUNT', '只能授权或停用业委会委员、候补委员和经办人的账号')
  if (!doc.openid) fail('NOT_BOUND_YET', '该人员还没有绑定微信账号')
  return doc
}

export async function authorizeStaff(input: In<'authorizeStaff'>, ctx: Ctx) {
  const doc = await rosterAccount(ctx, input.accountId)
  if (doc.status !== 'active') {
    await ctx.db
      .collection(COLLECTIONS.roles)
      .doc(doc._id)
      .update({ data: { status: 'active', updatedAt: new Date(ctx.now()) } })
    await ctx.audit({
      action: 'account.authorizeStaff',
      targetId: doc._id,
      communityId: doc.communityId,
      before: { status: doc.status },
      after: { status: 'active' },
    })
  }
  await closeTodo(ctx.db, 'staffAuthorisation', doc._id, staffActor(ctx, ROLE_LABELS.director), 'authorised')
  if (doc.status !== 'active') await assignOnJoin(ctx, { ...doc, status: 'active' })
  return ok(personOfAccount({ ...doc, status: 'active' }, undefined, ctx.caller.openid))
}

export async function revokeStaff(input: In<'revokeStaff'>, ctx: Ctx) {
  const doc = await rosterAccount(ctx, input.accountId)
  await checkContent(ctx, [{ label: '停用原因', text: input.reason }])
  if (doc.status !== 'revoked') {
    await ctx.db
      .collection(COLLECTIONS.roles)
      .doc(doc._id)
      .update({ data: { status: 'revoked', updatedAt: new Date(ctx.now()) } })
    await ctx.audit({
      action: 'account.revokeStaff',
      targetId: doc._id,
      communityId: doc.communityId,
      before: { status: doc.status },
      after: { status: 'revoked' },
      note: input.reason,
    })
  }
  await closeTodo(ctx.db, 'staffAuthorisation', doc._id, staffActor(ctx, ROLE_LABELS.director), 'revoked', input.reason)
  await withdrawOnLeave(ctx.db, doc, staffActor(ctx, ROLE_LABELS.director), `已停用：${input.reason}`)
  return ok(personOfAccount({ ...doc, status: 'revoked' }, undefined, ctx.caller.openid))
}

/** 权限管理: the roster and every committee account of the community, one row per person, with role and status. */
export async function listCommitteePeople(input: In<'listCommitteePeople'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const _ = ctx.db.command
  const [accounts, roster] = await Promise.all([
    rows<RoleDoc>(
      ctx.db
        .collection(COLLECTIONS.roles)
        .where({ communityId: input.communityId, role: _.in([...COMMITTEE_ROLES]) })
        .limit(1000),
    ),
    rows<MemberDoc>(
      ctx.db.collection(COLLECTIONS.committeeMembers).where({ communityId: input.communityId, status: 'serving' }).limit(1000),
    ),
  ])
  return ok({ people: mergeCommitteePeople(accounts, roster, ctx.caller.openid) })
}
