import { ACCOUNT_STATUS_LABELS, type CommitteePerson } from '../../core/api/account'
import type { MemberKind } from '../../core/api/committee'
import { ROLE_LABELS, type RoleName } from '../../core/api/identity'
import { maskPhone } from '../../core/mask'
import type { MemberDoc } from '../collections/committee'
import type { RoleDoc } from '../collections/account'

const ROLE_ORDER: Record<string, number> = { director: 0, member: 1, alternate: 2, staff: 3 }

/** The roster kind a committee role sits under: the director is a 委员 of the roster too. */
const KIND_OF_ROLE: Partial<Record<RoleName, MemberKind>> = { director: 'member', member: 'member', alternate: 'alternate', staff: 'staff' }

/**
 * 权限管理's list: one row per person. A roster entry and an account are the same person when the
 * account was bound to the entry (`rosterId`), or, for an account granted outside the roster
 * (admin.grantRole), when its name and phone are those of a serving entry no other account holds.
 * Accounts bound to an entry no longer serving are left out, as the entry is.
 */
export function mergeCommitteePeople(accounts: RoleDoc[], roster: MemberDoc[], me: string | undefined): CommitteePerson[] {
  const serving = roster.filter((m) => m.status === 'serving')
  const holder = new Map<string, RoleDoc>()
  for (const account of accounts) if (account.rosterId) holder.set(account.rosterId, account)
  const unmatched: RoleDoc[] = []
  // A live grant claims the entry before a revoked one of the same person.
  const loose = accounts.filter((a) => !a.rosterId).sort((a, b) => Number(a.status === 'revoked') - Number(b.status === 'revoked'))
  for (const account of loose) {
    const entry = samePerson(
      account,
      serving.filter((m) => !holder.has(m._id)),
    )
    if (entry) holder.set(entry._id, account)
    else unmatched.push(account)
  }
  const people = [
    ...serving.map((m) => personOfAccount(holder.get(m._id), m, me)),
    ...unmatched.map((a) => personOfAccount(a, undefined, me)),
  ]
  return people.sort((a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.name.localeCompare(b.name, 'zh'))
}

/** The free entry with the account's name and phone; of several, the one of the account's kind. */
function samePerson(account: RoleDoc, free: MemberDoc[]): MemberDoc | undefined {
  if (!account.name || !account.phone) return undefined
  const matches = free.filter((m) => m.name === account.name && m.phone === account.phone)
  return matches.find((m) => m.kind === KIND_OF_ROLE[account.role]) ?? matches[0]
}

export function personOfAccount(account: RoleDoc | undefined, member: MemberDoc | undefined, me: string | undefined): CommitteePerson {
  const role = account?.role ?? member?.kind ?? 'staff'
  const status = account?.openid ? account.status : 'unbound'
  return {
    accountId: account?._id ?? null,
    memberId: member?._id ?? account?.rosterId ?? null,
    name: member?.name ?? account?.name ?? '未填写',
    role,
    roleLabel: ROLE_LABELS[role],
    position: member?.position ?? null,
    status,
    statusLabel: ACCOUNT_STATUS_LABELS[status],
    phoneMasked: maskPhone(member?.phone ?? account?.phone),
    isMe: Boolean(me && account?.openid === me),
  }
}
