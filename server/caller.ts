import type { RoleName } from '../core/api/identity'
import { COLLECTIONS } from './collections'
import type { Database } from './cloud'
import { rows } from './db'
import { fail } from './handler'

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

/**
 * Loads every role the caller holds, in three reads side by side (bindings → owner, delegations →
 * delegate, role grants → every other role). With `only` (a permission-table entry), the reads
 * for kinds of role it does not name are skipped, and so are those roles: a staff-only action
 * spends one read, an owner-only one two. `'anyone'` in it needs them all.
 */
export async function loadCaller(
  db: Database,
  openid: string | undefined,
  isConsole: boolean,
  nowMs: number,
  only?: readonly string[],
): Promise<Caller> {
  if (!openid) return { openid, console: isConsole, roles: [] }
  const _ = db.command
  const all = !only || only.includes('anyone')
  const wants = (kind: 'owner' | 'delegate' | 'grant') =>
    all ||
    (kind === 'grant'
      ? (only as readonly string[]).some((r) => r !== 'owner' && r !== 'delegate' && r !== 'console')
      : (only as readonly string[]).includes(kind))
  const none = Promise.resolve([])
  const [bindings, delegations, grants] = await Promise.all([
    wants('owner')
      ? rows<{ communityId: string; personId: string }>(
          db
            .collection(COLLECTIONS.bindings)
            // An owner role only while the person holds a unit of the register (server/register/ownerBindings.ts).
            .where({ openid, inRegister: _.neq(false) })
            .field({ communityId: true, personId: true })
            .limit(1000),
        )
      : none,
    wants('delegate')
      ? rows<{ communityId: string }>(
          db
            .collection(COLLECTIONS.delegations)
            .where({ delegateOpenid: openid, status: 'active', until: _.gt(new Date(nowMs)) })
            .field({ communityId: true })
            .limit(1000),
        )
      : none,
    wants('grant')
      ? rows<ScopedRole>(
          db
            .collection(COLLECTIONS.roles)
            .where({ openid })
            .field({ role: true, communityId: true, street: true, district: true, status: true })
            .limit(1000),
        )
      : none,
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
    // A street's name is unique only within its district: both must match.
    case 'streetReviewer':
      return role.street === community.street && role.district === community.district
    case 'districtCentre':
      return role.district === community.district
    case 'cityCentre':
    case 'operator':
      return true
    default:
      return role.communityId === community._id
  }
}

/**
 * The database filter that matches the communities these roles reach by area, the same reach as
 * `roleReaches`, for a read of communities or of documents that carry a community's `street` and
 * `district` (votes): `{}` when a role is city-wide, null when no role reaches any by area. A street
 * office reaches a community only when the street AND the district match (a street's name is unique
 * only within its district).
 */
export function areaReachFilter(db: Pick<Database, 'command'>, roles: readonly ScopedRole[]): object | null {
  const active = roles.filter((r) => r.status === 'active')
  if (active.some((r) => r.role === 'cityCentre' || r.role === 'operator')) return {}
  const _ = db.command
  const streets = new Map<string, { street: string; district: string }>()
  for (const r of active) {
    if (r.role === 'streetReviewer' && r.street && r.district)
      streets.set(`${r.district}/${r.street}`, { street: r.street, district: r.district })
  }
  const districts = [...new Set(active.filter((r) => r.role === 'districtCentre' && r.district).map((r) => r.district as string))]
  const clauses: object[] = [...streets.values(), ...(districts.length > 0 ? [{ district: _.in(districts) }] : [])]
  if (clauses.length === 0) return null
  return clauses.length === 1 ? clauses[0] : _.or(clauses)
}

/** Self-service actions need a WeChat identity; the console has none. */
export function requireOpenid(openid: string | undefined): string {
  if (!openid) fail('NOT_SIGNED_IN')
  return openid
}
