import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import type { RegisterTotals } from './documents'

/**
 * A community's totals, derived from the units and persons the register holds now (one aggregate
 * and one count side by side), never stored beside them: whatever an interrupted import left,
 * the totals agree with the units.
 */
export async function registerTotals(db: Database, communityId: string): Promise<RegisterTotals> {
  const $ = db.command.aggregate
  const [units, persons] = await Promise.all([
    db
      .collection(COLLECTIONS.units)
      .aggregate()
      .match({ communityId, inRegister: true })
      .group({
        _id: null,
        unitCount: $.sum(1),
        totalAreaCenti: $.sum('$areaCenti'),
        developerHeldUnits: $.sum($.cond({ if: $.eq(['$developerHeld', true]), then: 1, else: 0 })),
        coOwnedUnits: $.sum($.cond({ if: $.gt([$.size('$ownerIds'), 1]), then: 1, else: 0 })),
      })
      .end() as Promise<{ list: Array<Omit<RegisterTotals, 'personCount'>> }>,
    db.collection(COLLECTIONS.persons).where({ communityId, inRegister: true }).count() as Promise<{ total: number }>,
  ])
  const found = units.list[0] ?? { unitCount: 0, totalAreaCenti: 0, developerHeldUnits: 0, coOwnedUnits: 0 }
  return {
    unitCount: found.unitCount,
    personCount: persons.total,
    developerHeldUnits: found.developerHeldUnits,
    coOwnedUnits: found.coOwnedUnits,
    totalAreaCenti: found.totalAreaCenti,
  }
}
