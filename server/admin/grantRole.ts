import { createHash } from 'node:crypto'
import type { z } from 'zod'
import type { adminApi, GrantedRole } from '../../core/api/admin'
import { AREA_ROLES, isIn, ROLE_LABELS, ROSTER_ROLES } from '../../core/roles'
import { maskPhone } from '../../core/mask'
import { COLLECTIONS } from '../collections'
import type { RoleDoc } from '../collections/account'
import { collection, firstRow } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { communityNames } from '../register/communityNames'
import { openTodo } from '../todos/write'
import { assignOnJoin } from '../training/required'

type Input = z.output<(typeof adminApi)['grantRole']['input']>

/**
 * Grants a role: government roles (street office, district/city centre, operator) are the operator's
 * to give; committee and property roles too, for seeding and administration. Granting the same role to
 * the same person in the same scope again updates the one grant.
 */
export async function grantRole(input: Input, ctx: Ctx) {
  const target = await resolveTarget(input, ctx)
  const scope = scopeOf(input)
  const id = `grant:${input.role}:${scope.key}:${target.key}`
  const before = await firstRow(collection(ctx.db, 'roles').where({ _id: id }).limit(1))
  const status = input.status ?? (before && before.status !== 'revoked' ? before.status : input.role === 'staff' ? 'pending' : 'active')
  const doc = {
    ...(target.openid ? { openid: target.openid } : {}),
    ...(input.personId ? { personId: input.personId } : {}),
    name: target.name,
    ...(input.phone ? { phone: input.phone } : {}),
    role: input.role,
    ...scope.fields,
    status,
    grantedBy: ctx.caller.openid ?? 'console',
    updatedAt: new Date(ctx.now()),
  } satisfies Omit<RoleDoc, '_id'>
  await ctx.db.collection(COLLECTIONS.roles).doc(id).set({ data: doc })
  await ctx.audit({
    action: 'admin.grantRole',
    targetId: id,
    communityId: input.communityId,
    before: before ? { role: before.role, status: before.status, openid: before.openid } : undefined,
    after: { role: doc.role, status: doc.status, openid: doc.openid },
  })
  // A committee account granted as pending waits for the director, as one bound from the roster does.
  if (status === 'pending' && doc.openid && doc.communityId && isIn(ROSTER_ROLES, doc.role)) {
    const names = await communityNames(ctx.db, [doc.communityId])
    await openTodo(
      ctx.db,
      {
        kind: 'staffAuthorisation',
        targetId: id,
        community: { _id: doc.communityId, name: names.get(doc.communityId) ?? '' },
        subject: `${doc.name}（${ROLE_LABELS[doc.role]}）`,
      },
      { by: ctx.caller.openid ?? 'console', who: '平台管理员', at: ctx.now() },
    )
  }
  // Active now and not before (or held by another account before): she becomes a committee member now.
  if (before?.status !== 'active' || before.openid !== doc.openid) await assignOnJoin(ctx, doc)
  const view: GrantedRole = {
    id,
    role: doc.role,
    label: ROLE_LABELS[doc.role],
    name: doc.name,
    status: doc.status,
    ...(doc.phone ? { phoneMasked: maskPhone(doc.phone) } : {}),
    ...(doc.openid ? { openid: doc.openid } : {}),
    ...(doc.personId ? { personId: doc.personId } : {}),
    ...scope.fields,
  }
  return ok(view)
}

/** Who the grant is for; a registered person already bound to WeChat gets the grant on that account. */
async function resolveTarget(input: Input, ctx: Ctx): Promise<{ key: string; openid?: string; name: string }> {
  let openid = input.openid
  let name = input.name
  if (input.personId) {
    const person = await firstRow(
      collection(ctx.db, 'persons').where({ _id: input.personId }).field({ name: true, communityId: true }).limit(1),
    )
    if (!person) fail('NOT_FOUND', '房产登记中没有这个人')
    if (input.communityId && person.communityId !== input.communityId) fail('INVALID_INPUT', '这个人不在所选小区的房产登记中')
    name = person.name
    if (!openid) {
      const binding = await firstRow(collection(ctx.db, 'bindings').where({ personId: input.personId }).field({ openid: true }).limit(1))
      openid = binding?.openid
    }
  }
  if (input.communityId) {
    const community = await firstRow(
      ctx.db.collection(COLLECTIONS.communities).where({ _id: input.communityId }).field({ _id: true }).limit(1),
    )
    if (!community) fail('NOT_FOUND', '小区不存在')
  }
  const key = input.openid ?? input.personId ?? `ph-${shortHash(input.phone!)}`
  return { key, openid, name }
}

function scopeOf(input: Input): { key: string; fields: Pick<RoleDoc, 'communityId' | 'street' | 'district'> } {
  if (!isIn(AREA_ROLES, input.role)) return { key: input.communityId!, fields: { communityId: input.communityId } }
  switch (input.role) {
    case 'streetReviewer':
      return { key: `st-${shortHash(`${input.district}/${input.street}`)}`, fields: { street: input.street, district: input.district } }
    case 'districtCentre':
      return { key: `d-${shortHash(input.district!)}`, fields: { district: input.district } }
    default:
      return { key: 'city', fields: {} }
  }
}

/** Ids stay ASCII (they appear in audit logs and inputs) while streets and districts are Chinese. */
function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10)
}
