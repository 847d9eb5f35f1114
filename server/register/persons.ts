import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import { rows } from '../db'
import { hashIdNumber } from './hash'
import type { PersonDoc } from '../collections/register'

export type PersonMatch = Pick<PersonDoc, '_id' | 'communityId' | 'name' | 'phone' | 'phoneMasked' | 'idHash'>

/**
 * The registered persons with this name and certificate number (one per community they own in), in
 * one read by the ID hash. Name spacing is ignored; a person the register no longer lists is not found.
 */
export async function findRegisteredPersons(db: Database, name: string, idNumber: string): Promise<PersonMatch[]> {
  const idHash = hashIdNumber(idNumber)
  const found = await rows<PersonMatch & { inRegister?: boolean }>(
    db
      .collection(COLLECTIONS.persons)
      .where({ idHash })
      .field({ communityId: true, name: true, phone: true, phoneMasked: true, idHash: true, inRegister: true })
      .limit(100),
  )
  const wanted = name.replace(/\s+/g, '')
  return found.filter((p) => p.inRegister !== false && p.name.replace(/\s+/g, '') === wanted).sort((a, b) => (a._id < b._id ? -1 : 1))
}

/** A person can be bound once: the binding's id is derived from the person (`<communityId>:<personId>`). */
export function bindingIdFor(person: Pick<PersonDoc, '_id' | 'communityId'>): string {
  return `${person.communityId}:${person._id}`
}
