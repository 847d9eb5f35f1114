import type { z } from 'zod'
import { MEMBER_KIND_LABELS, type MemberChange, type MemberView, type committeeApi } from '../../core/api/committee'
import { collection, existsIn, firstRow, mustFind, rows, toDate, type Tx } from '../db'
import type { MemberDoc } from '../collections/committee'
import type { RoleDoc } from '../collections/account'
import { rosterAccountId } from './roster'
import { maskPhone } from '../../core/mask'
import { writeAudit, type AuditEntry } from '../audit'
import { COLLECTIONS } from '../collections'
import { fail, ok, type Ctx } from '../handler'
import { checkContent } from '../content/check'
import { cancelTodo } from '../todos/write'
import { withdrawOnLeave } from '../training/required'

type In<A extends keyof typeof committeeApi> = z.output<(typeof committeeApi)[A]['input']>

const KIND_ORDER = { member: 0, alternate: 1, staff: 2 } as const

export function memberView(m: MemberDoc): MemberView {
  return {
    id: m._id,
    communityId: m.communityId,
    kind: m.kind,
    kindLabel: MEMBER_KIND_LABELS[m.kind],
    name: m.name,
    position: m.position,
    termStart: m.termStart,
    termEnd: m.termEnd,
    phoneMasked: maskPhone(m.phone),
    status: m.status,
  }
}

export function checkTerm(termStart: string | null | undefined, termEnd: string | null | undefined): void {
  if (termStart && termEnd && termEnd < termStart) fail('INVALID_INPUT', '任期结束日期不能早于开始日期')
}

async function findMember(ctx: Ctx, memberId: string): Promise<MemberDoc> {
  const member = await mustFind(ctx.db, 'committeeMembers', memberId, '没有找到这位成员')
  await ctx.authorize(member.communityId)
  return member
}

/** History is the audit trail of the member: what people see is masked, so the trail holds masked views only. */
function auditEntry(ctx: Ctx, action: string, before: MemberDoc | null, after: MemberDoc | null, note?: string): AuditEntry {
  const id = (after ?? before)!._id
  return {
    actor: ctx.caller.openid ?? 'console',
    at: new Date(ctx.now()),
    action,
    targetId: id,
    communityId: (after ?? before)!.communityId,
    before: before ? memberView(before) : null,
    after: after ? memberView(after) : null,
    note,
  }
}

function recordChange(ctx: Ctx, action: string, before: MemberDoc | null, after: MemberDoc | null): Promise<void> {
  const { actor: _actor, at: _at, ...entry } = auditEntry(ctx, action, before, after)
  return ctx.audit(entry)
}

export async function listMembers(input: In<'listMembers'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const where = input.includeRemoved ? { communityId: input.communityId } : { communityId: input.communityId, status: 'serving' }
  const found = await rows<MemberDoc>(ctx.db.collection(COLLECTIONS.committeeMembers).where(where).limit(1000))
  found.sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.position.localeCompare(b.position, 'zh') || a.name.localeCompare(b.name, 'zh'),
  )
  return ok({ members: found.map(memberView) })
}

export async function addMember(input: In<'addMember'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  checkTerm(input.termStart, input.termEnd)
  const at = new Date(ctx.now())
  const doc: Omit<MemberDoc, '_id'> = {
    communityId: input.communityId,
    kind: input.kind,
    name: input.name,
    position: input.position,
    phone: input.phone,
    termStart: input.termStart ?? null,
    termEnd: input.termEnd ?? null,
    status: 'serving',
    createdAt: at,
    updatedAt: at,
  }
  const { _id } = (await ctx.db.collection(COLLECTIONS.committeeMembers).add({ data: doc })) as { _id: string }
  const member = { _id, ...doc }
  await recordChange(ctx, 'committee.addMember', null, member)
  return ok(memberView(member))
}

export async function editMember(input: In<'editMember'>, ctx: Ctx) {
  const member = await findMember(ctx, input.memberId)
  if (member.status === 'removed') fail('MEMBER_REMOVED', '该成员已移除，不能再编辑')
  const { memberId: _id, ...changes } = input
  const next: MemberDoc = { ...member }
  for (const [key, value] of Object.entries(changes) as [keyof typeof changes, unknown][]) {
    if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value
  }
  checkTerm(next.termStart, next.termEnd)
  const changed = (['kind', 'name', 'position', 'phone', 'termStart', 'termEnd'] as const).filter((k) => next[k] !== member[k])
  if (changed.length === 0) return ok(memberView(member))
  next.updatedAt = new Date(ctx.now())
  const data = Object.fromEntries([...changed.map((k) => [k, next[k]]), ['updatedAt', next.updatedAt]])
  // One transaction (roster entry, bound account, history): a retry after a failure finds nothing
  // half done, where a roster entry changed without its account would look unchanged and stay so.
  await ctx.db.runTransaction(async (t: Tx) => {
    await t.collection(COLLECTIONS.committeeMembers).doc(member._id).update({ data })
    if (changed.includes('kind')) {
      // A bound account follows the roster: a 候补委员 who becomes 委员 holds the 委员 role.
      const account = t.collection(COLLECTIONS.roles).doc(rosterAccountId(member._id))
      if (await existsIn(account)) await account.update({ data: { role: next.kind } })
    }
    await writeAudit(t, auditEntry(ctx, 'committee.editMember', member, next))
  })
  return ok(memberView(next))
}

/**
 * Removing keeps the entry (as `removed`) for history and ends any account bound to it. Safe to
 * retry: the account is revoked first (an idempotent conditional write), even when the entry is
 * already removed, and the entry changes with its history entry in one transaction.
 */
export async function removeMember(input: In<'removeMember'>, ctx: Ctx) {
  const member = await findMember(ctx, input.memberId)
  await checkContent(ctx, [{ label: '移除原因', text: input.reason }])
  const account = await firstRow(
    collection(ctx.db, 'roles')
      .where({ _id: rosterAccountId(member._id) })
      .limit(1),
  )
  await ctx.db
    .collection(COLLECTIONS.roles)
    .where({ _id: rosterAccountId(member._id), status: ctx.db.command.neq('revoked') })
    .update({ data: { status: 'revoked', updatedAt: new Date(ctx.now()) } })
  // Off the roster: an account that still waited for authorisation is withdrawn with it.
  await cancelTodo(
    ctx.db,
    'staffAuthorisation',
    rosterAccountId(member._id),
    { by: ctx.caller.openid ?? 'console', who: '业委会主任', at: ctx.now() },
    `已从名册移除：${input.reason}`,
  )
  if (account)
    await withdrawOnLeave(
      ctx.db,
      account,
      { by: ctx.caller.openid ?? 'console', who: '业委会主任', at: ctx.now() },
      `已从名册移除：${input.reason}`,
    )
  if (member.status === 'removed') return ok(memberView(member))
  const next: MemberDoc = { ...member, status: 'removed', removedReason: input.reason, updatedAt: new Date(ctx.now()) }
  await ctx.db.runTransaction(async (t: Tx) => {
    await t
      .collection(COLLECTIONS.committeeMembers)
      .doc(member._id)
      .update({ data: { status: 'removed', removedReason: input.reason, updatedAt: next.updatedAt } })
    await writeAudit(t, auditEntry(ctx, 'committee.removeMember', member, next, input.reason))
  })
  return ok(memberView(next))
}

const CHANGE_OF: Record<string, MemberChange['change']> = {
  'committee.addMember': 'add',
  'committee.editMember': 'edit',
  'committee.removeMember': 'remove',
}

export async function memberHistory(input: In<'memberHistory'>, ctx: Ctx) {
  const member = await findMember(ctx, input.memberId)
  const entries = await rows<AuditEntry>(
    ctx.db
      .collection(COLLECTIONS.audit)
      .where({ targetId: member._id, action: ctx.db.command.in(Object.keys(CHANGE_OF)) })
      .orderBy('at', 'asc')
      .limit(1000),
  )
  const actors = await actorNames(
    ctx,
    entries.map((e) => e.actor),
  )
  const changes: MemberChange[] = entries.map((e) => ({
    at: toDate(e.at).getTime(),
    change: CHANGE_OF[e.action],
    actorName: actors.get(e.actor) ?? (e.actor === 'console' ? '平台管理员' : '业委会'),
    before: (e.before as MemberChange['before']) ?? null,
    after: (e.after as MemberChange['after']) ?? null,
    reason: e.note ?? null,
  }))
  return ok({ changes })
}

async function actorNames(ctx: Ctx, openids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(openids.filter((o) => o && o !== 'console'))]
  if (unique.length === 0) return new Map()
  const grants = await rows<RoleDoc>(
    ctx.db
      .collection(COLLECTIONS.roles)
      .where({ openid: ctx.db.command.in(unique) })
      .field({ openid: true, name: true })
      .limit(1000),
  )
  return new Map(grants.filter((g) => g.name).map((g) => [g.openid!, g.name!]))
}

/** The director's name for 信用信息: the roster's 主任, else the director account's name. */
export async function directorName(ctx: Ctx, communityId: string, roster: MemberDoc[]): Promise<string> {
  const chair = roster.find((m) => m.position.includes('主任') && !m.position.includes('副'))
  if (chair) return chair.name
  const grant = await firstRow<RoleDoc>(
    ctx.db.collection(COLLECTIONS.roles).where({ communityId, role: 'director', status: 'active' }).field({ name: true }).limit(1),
  )
  return grant?.name ?? ''
}
