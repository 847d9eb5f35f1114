import { type MyHome, ROLE_LABELS, type RoleView, type UnitView } from '../../core/api/identity'
import type { ScopedRole } from '../caller'
import type { Database } from '../cloud'
import type { UnitDoc } from '../collections/register'
import { collection, rows } from '../db'
import { communityNames } from '../register/communityNames'

export const EMPTY_HOME: MyHome = { person: null, community: null, communities: [], units: [], roles: [] }

const ROLE_ORDER: RoleName[] = [
  'owner',
  'delegate',
  'director',
  'member',
  'alternate',
  'staff',
  'propertyManager',
  'streetReviewer',
  'districtCentre',
  'cityCentre',
  'operator',
]
type RoleName = ScopedRole['role']

/**
 * What "我的" shows: the bound person, their units with areas, and every role with its Chinese label
 * (pending and revoked staff roles included, so a 经办人 sees she awaits the director), from the
 * caller's roles (owner roles name the bound person). Three reads: persons, units, community names.
 */
export async function myHome(db: Database, callerRoles: readonly ScopedRole[]): Promise<MyHome> {
  if (callerRoles.length === 0) return EMPTY_HOME
  const _ = db.command
  const personIds = callerRoles.flatMap((r) => (r.role === 'owner' && r.personId ? [r.personId] : []))
  const persons = personIds.length
    ? await rows(
        collection(db, 'persons')
          .where({ _id: _.in(personIds) })
          .field({ communityId: true, name: true, phoneMasked: true, unitIds: true })
          .limit(100),
      )
    : []
  persons.sort((a, b) => (a._id < b._id ? -1 : 1))
  const unitIds = persons.flatMap((p) => p.unitIds ?? [])
  const units = unitIds.length
    ? await rows(
        collection(db, 'units')
          .where({ _id: _.in(unitIds) })
          .field({ communityId: true, building: true, unitNo: true, room: true, areaCenti: true, inRegister: true })
          .limit(1000),
      )
    : []

  const others = callerRoles.filter((r) => r.role !== 'owner')
  const boundCommunities = [...new Set(persons.map((p) => p.communityId))]
  const names = await communityNames(db, [...boundCommunities, ...others.map((r) => r.communityId ?? '')])

  const roles: RoleView[] = [
    ...boundCommunities.map((communityId): RoleView => ({
      role: 'owner',
      label: ROLE_LABELS.owner,
      communityId,
      communityName: names.get(communityId),
      status: 'active',
    })),
    ...others.map((r): RoleView => ({
      role: r.role,
      label: ROLE_LABELS[r.role],
      status: r.status,
      ...(r.communityId ? { communityId: r.communityId, communityName: names.get(r.communityId) } : {}),
      ...(r.role === 'streetReviewer' && r.street ? { scopeName: r.street } : {}),
      ...(r.role === 'districtCentre' && r.district ? { scopeName: r.district } : {}),
    })),
  ].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))

  const mainCommunity = boundCommunities[0] ?? others.find((r) => r.communityId && r.status !== 'revoked')?.communityId
  const person = persons[0]
  return {
    person: person ? { name: person.name, phoneMasked: person.phoneMasked } : null,
    community: mainCommunity ? { id: mainCommunity, name: names.get(mainCommunity) ?? '' } : null,
    communities: boundCommunities.map((id) => ({ id, name: names.get(id) ?? '' })),
    units: units
      .filter((u) => u.inRegister !== false)
      .map(unitView)
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    roles,
  }
}

function unitView(u: Pick<UnitDoc, '_id' | 'communityId' | 'building' | 'unitNo' | 'room' | 'areaCenti'>): UnitView {
  return { id: u._id, communityId: u.communityId, building: u.building, unitNo: u.unitNo, room: u.room, areaCenti: u.areaCenti }
}
