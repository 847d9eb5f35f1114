import type { RoleName } from '../core/api/identity'
import { COLLECTIONS } from './collections'
import type { Database } from './cloud'
import { rows } from './db'

export interface ScopedRole {
  role: RoleName
  communityId?: string
  street?: string
  district?: string
  status: 'active' | 'pending' | 'revoked'
  /** On an owner role: the bound person (register `persons` id). */
  personId?: string
}

export interface Caller {
  openid?: string
  console: boolean
  roles: ScopedRole[]
}

export interface CommunityScope {
  _id: string
  street: string
  district: string
}

/** Loads every role the caller holds, in three reads (bindings, delegations, role grants). */
export async function loadCaller(db: Database, openid: string | undefined, isConsole: boolean, nowMs: number): Promise<Caller> {
  if (!openid) return { openid, console: isConsole, roles: [] }
  const _ = db.command
  const [bindings, delegations, grants] = await Promise.all([
    rows<{ communityId: string; personId: string }>(db.collection(COLLECTIONS.bindings).where({ openid })
      .field({ communityId: true, personId: true }).limit(1000)),
    rows<{ communityId: string }>(db.collection(COLLECTIONS.delegations)
      .where({ delegateOpenid: openid, status: 'active', until: _.gt(new Date(nowMs)) }).field({ communityId: true }).limit(1000)),
    rows<ScopedRole>(db.collection(COLLECTIONS.roles).where({ openid })
      .field({ role: true, communityId: true, street: true, district: true, status: true }).limit(1000)),
  ])
  const roles: ScopedRole[] = [
    ...bindings.map((b) => ({ role: 'owner' as const, communityId: b.communityId, personId: b.personId, status: 'active' as const })),
    ...delegations.map((d) => ({ role: 'delegate' as const, communityId: d.communityId, status: 'active' as const })),
    ...grants.map(({ role, communityId, street, district, status }) => ({ role, communityId, street, district, status })),
  ]
  return { openid, console: false, roles }
}

/** Whether an active role reaches the community: its own community, or its street/district, or city-wide. */
export function roleReaches(role: ScopedRole, community: CommunityScope): boolean {
  if (role.status !== 'active') return false
  switch (role.role) {
    case 'streetReviewer': return role.street === community.street
    case 'districtCentre': return role.district === community.district
    case 'cityCentre':
    case 'operator': return true
    default: return role.communityId === community._id
  }
}
