import { maskPhone } from '../../core/mask'
import { hashIdNumber, idLast4, personIdFor } from './hash'
import type { CommunityDoc, PersonDoc, UnitDoc } from '../collections/register'
import type { ParsedRegister, RegisterCommunity } from './validate'

/** A community's totals as the file gives them (the stored ones are derived from the units: totals.ts). */
export interface RegisterTotals {
  unitCount: number
  personCount: number
  developerHeldUnits: number
  coOwnedUnits: number
  totalAreaCenti: number
}

export interface CommunityPlan {
  community: CommunityDoc & RegisterTotals
  units: UnitDoc[]
  persons: PersonDoc[]
}

export function unitIdFor(communityId: string, building: string, unitNo: string, room: string): string {
  return `${communityId}:${building}-${unitNo}-${room}`
}

/** Pure: the documents a validated register describes, per community, in a stable order. */
export function planDocuments(register: ParsedRegister): CommunityPlan[] {
  return register.communities.map((community) => planCommunity(community, register))
}

function planCommunity(c: RegisterCommunity, register: ParsedRegister): CommunityPlan {
  const persons = new Map<string, PersonDoc>()
  const units: UnitDoc[] = []
  for (const row of register.units) {
    if (row.communityId !== c.id) continue
    const unitId = unitIdFor(c.id, row.building, row.unitNo, row.room)
    const ownerIds = row.owners.map((owner) => {
      const idHash = hashIdNumber(owner.idNumber)
      const personId = personIdFor(c.id, idHash)
      let person = persons.get(personId)
      if (!person) {
        person = {
          _id: personId,
          communityId: c.id,
          name: owner.name,
          idHash,
          idLast4: idLast4(owner.idNumber),
          phone: owner.phone,
          phoneMasked: maskPhone(owner.phone),
          unitIds: [],
          inRegister: true,
        }
        persons.set(personId, person)
      }
      person.unitIds.push(unitId)
      return personId
    })
    units.push({
      _id: unitId,
      communityId: c.id,
      building: row.building,
      unitNo: row.unitNo,
      room: row.room,
      areaCenti: row.areaCenti,
      ownerIds: [...new Set(ownerIds)].sort(),
      developerHeld: row.developerHeld,
      inRegister: true,
    })
  }
  for (const person of persons.values()) person.unitIds.sort()
  units.sort(byId)
  const personList = [...persons.values()].sort(byId)
  return {
    community: {
      _id: c.id,
      name: c.name,
      district: c.district,
      street: c.street,
      unitCount: units.length,
      personCount: personList.length,
      developerHeldUnits: units.filter((u) => u.developerHeld).length,
      coOwnedUnits: units.filter((u) => u.ownerIds.length > 1).length,
      totalAreaCenti: units.reduce((sum, u) => sum + u.areaCenti, 0),
    },
    units,
    persons: personList,
  }
}

function byId(a: { _id: string }, b: { _id: string }): number {
  return a._id < b._id ? -1 : a._id > b._id ? 1 : 0
}

/** The register-owned fields that differ between what is stored and what the file says (empty: unchanged). */
export function changedFields<T extends object>(stored: Partial<T> | undefined, next: T): Partial<T> {
  const changes: Partial<T> = {}
  for (const [key, value] of Object.entries(next) as [keyof T, T[keyof T]][]) {
    if (key === '_id') continue
    if (!stored || JSON.stringify(stored[key]) !== JSON.stringify(value)) changes[key] = value
  }
  return changes
}
