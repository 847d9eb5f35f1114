import type { z } from 'zod'
import { FEATURE_LABELS, type MyAccount, type PermissionGroup, type accountApi } from '../../core/api/account'
import { ROLE_LABELS, type RoleName, type RoleView } from '../../core/api/identity'
import { maskPhone } from '../../core/mask'
import { writeAudit } from '../audit'
import { requireOpenid, type Caller } from '../caller'
import { COLLECTIONS } from '../collections'
import type { DelegationDoc, RoleDoc } from '../collections/account'
import type { PersonDoc } from '../collections/register'
import { rows, type Tx } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { PERMISSIONS } from '../permissions/index'
import { communityNames } from '../register/communityNames'
import { checkCode, sendCode, spendCodeIn } from '../smsCodes'
import { bindingsOf, roleDocsOf } from './lookups'
import { todosIn } from '../todos/write'
import { sms } from './ports'

type In<A extends keyof typeof accountApi> = z.output<(typeof accountApi)[A]['input']>

interface Holdings {
  persons: PersonDoc[]
  roleDocs: RoleDoc[]
  bindingIds: string[]
}

async function holdingsOf(ctx: Ctx, openid: string): Promise<Holdings> {
  const [bindings, roleDocs] = await Promise.all([bindingsOf(ctx.db, openid), roleDocsOf(ctx.db, openid)])
  const personIds = bindings.map((b) => b.personId)
  const persons =
    personIds.length === 0
      ? []
      : await rows<PersonDoc>(
          ctx.db
            .collection(COLLECTIONS.persons)
            .where({ _id: ctx.db.command.in(personIds) })
            .field({ name: true, phone: true, communityId: true })
            .limit(1000),
        )
  return { persons, roleDocs, bindingIds: bindings.map((b) => b._id) }
}

/** The account's own phone: the register's phone of a bound owner, else the phone of a committee/government account. */
function ownPhone(h: Holdings): string | null {
  return h.persons[0]?.phone ?? h.roleDocs.find((r) => r.phone && r.status !== 'revoked')?.phone ?? null
}

/** Every action some active role of the caller allows, grouped by feature (open-to-all actions left out). */
export function permissionGroups(caller: Pick<Caller, 'roles'>): PermissionGroup[] {
  const held = new Set<string>(caller.roles.filter((r) => r.status === 'active').map((r) => r.role))
  const groups = new Map<string, string[]>()
  for (const [key, grantees] of Object.entries(PERMISSIONS)) {
    if (!grantees.some((g) => held.has(g))) continue
    const [feature, action] = key.split('.')
    groups.set(feature, [...(groups.get(feature) ?? []), action])
  }
  return [...groups].map(([feature, actions]) => ({ feature, label: FEATURE_LABELS[feature] ?? feature, actions }))
}

async function describe(ctx: Ctx, openid: string | undefined): Promise<MyAccount> {
  if (!openid) return { name: null, phone: null, phoneMasked: null, roles: [], permissions: [] }
  const h = await holdingsOf(ctx, openid)
  const roleRows: Array<{ role: RoleName; communityId?: string; status: RoleView['status'] }> = [
    ...h.persons.map((p) => ({ role: 'owner' as const, communityId: p.communityId, status: 'active' as const })),
    ...ctx.caller.roles.filter((r) => r.role === 'delegate'),
    ...h.roleDocs.map((r) => ({ role: r.role, communityId: r.communityId, status: r.status })),
  ]
  const names = await communityNames(
    ctx.db,
    roleRows.map((r) => r.communityId ?? ''),
  )
  const roles: RoleView[] = roleRows.map((r) => ({
    role: r.role,
    label: ROLE_LABELS[r.role],
    communityId: r.communityId,
    communityName: r.communityId ? names.get(r.communityId) : undefined,
    status: r.status,
  }))
  const phone = ownPhone(h)
  return {
    name: h.persons[0]?.name ?? h.roleDocs.find((r) => r.name)?.name ?? null,
    phone,
    phoneMasked: phone ? maskPhone(phone) : null,
    roles,
    permissions: permissionGroups(ctx.caller),
  }
}

export async function myAccount(_input: In<'myAccount'>, ctx: Ctx) {
  return ok(await describe(ctx, ctx.caller.openid))
}

async function requireHoldings(ctx: Ctx): Promise<{ openid: string; h: Holdings }> {
  const openid = requireOpenid(ctx.caller.openid)
  const h = await holdingsOf(ctx, openid)
  const live = h.bindingIds.length > 0 || h.roleDocs.some((r) => r.status !== 'revoked')
  if (!live) fail('NOT_BOUND', '这个微信账号还没有绑定任何身份')
  return { openid, h }
}

export async function sendPhoneChangeCode(input: In<'sendPhoneChangeCode'>, ctx: Ctx) {
  const { openid, h } = await requireHoldings(ctx)
  if (ownPhone(h) === input.phone) fail('SAME_PHONE', '新手机号码与当前绑定的号码相同')
  await sendCode(ctx.db, ctx.now(), sms, { purpose: 'changePhone', key: input.phone, account: openid, phone: input.phone })
  return ok({ phoneMasked: maskPhone(input.phone) })
}

/**
 * Moves the account's phone to the new number everywhere it is kept: the person, the role grants, the
 * roster entries. One transaction, with the code spent in it: a failure leaves everything (the code
 * too) as it was, so trying again with the same code finishes the change. Done as separate writes, a
 * half-moved phone would make the new number look current and refuse a retry as SAME_PHONE.
 */
export async function changePhone(input: In<'changePhone'>, ctx: Ctx) {
  const { openid, h } = await requireHoldings(ctx)
  const code = await checkCode(ctx.db, ctx.now(), { purpose: 'changePhone', key: input.phone, account: openid }, input.code)
  const data = { phone: input.phone }
  const rosterIds = h.roleDocs.filter((r) => r.rosterId && r.status !== 'revoked').map((r) => r.rosterId!)
  await ctx.db.runTransaction(async (t: Tx) => {
    await spendCodeIn(t, code._id)
    // A person keeps the masked phone that "我的" shows beside the phone itself: both move.
    for (const person of h.persons) {
      await t
        .collection(COLLECTIONS.persons)
        .doc(person._id)
        .update({ data: { ...data, phoneMasked: maskPhone(input.phone) } })
    }
    for (const role of h.roleDocs) await t.collection(COLLECTIONS.roles).doc(role._id).update({ data })
    for (const id of rosterIds) await t.collection(COLLECTIONS.committeeMembers).doc(id).update({ data })
    await writeAudit(t, {
      actor: openid,
      at: new Date(ctx.now()),
      action: 'account.changePhone',
      targetId: openid,
      before: { phone: maskPhone(ownPhone(h)) },
      after: { phone: maskPhone(input.phone) },
    })
  })
  return ok(await describe(ctx, openid))
}

/**
 * 解绑: the owner bindings are removed, role grants end (roster accounts are freed so the person can
 * bind again from a new WeChat account, and must be authorised again), delegations held end, and so
 * do the delegations she granted as owner from this account (pending or active). One transaction of
 * writes by id: a failure leaves everything as it was, so a retry still finds the account bound and
 * finishes the job (as separate writes, a retry after the bindings went would answer NOT_BOUND and
 * leave the rest live).
 */
export async function unbind(_input: In<'unbind'>, ctx: Ctx) {
  const { openid, h } = await requireHoldings(ctx)
  const _ = ctx.db.command
  const at = new Date(ctx.now())
  const delegations = ctx.db.collection(COLLECTIONS.delegations)
  const [held, granted] = await Promise.all([
    rows<DelegationDoc>(
      delegations.where({ delegateOpenid: openid, status: 'active' }).field({ communityId: true, status: true }).limit(1000),
    ),
    rows<DelegationDoc>(
      delegations
        .where({ ownerOpenid: openid, status: _.in(['pending', 'active']) })
        .field({ communityId: true, status: true })
        .limit(1000),
    ),
  ])
  const grantedIds = new Set(granted.map((d) => d._id))
  await ctx.db.runTransaction(async (t: Tx) => {
    for (const id of h.bindingIds) await t.collection(COLLECTIONS.bindings).doc(id).remove()
    for (const role of h.roleDocs) {
      const data = role.rosterId
        ? { status: 'revoked', openid: _.remove(), formerOpenid: openid, updatedAt: at }
        : { status: 'revoked', updatedAt: at }
      await t.collection(COLLECTIONS.roles).doc(role._id).update({ data })
      // A binding that still waited for the director is withdrawn: the director's to-do goes with it.
      if (role.status === 'pending')
        await todosIn(t).cancel('staffAuthorisation', role._id, { by: openid, who: '本人', at: at.getTime() }, '该人员已解绑微信账号')
    }
    for (const d of [...held.filter((d) => !grantedIds.has(d._id)), ...granted]) {
      await t
        .collection(COLLECTIONS.delegations)
        .doc(d._id)
        .update({ data: { status: 'revoked', revokedAt: at } })
    }
    // A delegation the owner granted ends as if she had revoked it: the trail says so per delegation.
    for (const d of granted) {
      await writeAudit(t, {
        actor: openid,
        at,
        action: 'account.revokeDelegate',
        targetId: d._id,
        communityId: d.communityId,
        before: { status: d.status },
        after: { status: 'revoked' },
        note: '业主解绑微信账号，委托随之撤销',
      })
    }
    await writeAudit(t, {
      actor: openid,
      at,
      action: 'account.unbind',
      targetId: openid,
      before: {
        bindings: h.bindingIds,
        roles: h.roleDocs.map((r) => ({ id: r._id, role: r.role, communityId: r.communityId, status: r.status })),
        delegationsHeld: held.map((d) => d._id),
        delegationsGranted: granted.map((d) => d._id),
      },
      after: { bindings: [], roles: 'revoked', delegations: 'revoked' },
    })
  })
  return ok({ unbound: true as const })
}
