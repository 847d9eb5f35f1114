import fc from 'fast-check'
import { DEVELOPER_OWNER_KEY, DEVELOPER_PARTY_ID, partiesOf } from './parties'
import { unit } from './test-fixtures'
import type { ScopeUnit } from './types'

describe('partiesOf (SPC interpretation Art. 9)', () => {
  it('co-owners of one unit are one party', () => {
    const [p] = partiesOf([unit({ id: 'a', owners: ['li', 'wang'] })])
    expect(p).toMatchObject({ id: 'party:a', ownerKeys: ['li', 'wang'], coOwned: true, areaCenti: 10000 })
  })

  it('units with equal owner sets merge, whatever the order of the keys', () => {
    const parties = partiesOf([
      unit({ id: 'b', area: 8950, owners: ['wang', 'li'] }),
      unit({ id: 'a', area: 6000, owners: ['li', 'wang'] }),
    ])
    expect(parties).toEqual([
      {
        id: 'party:a',
        unitIds: ['a', 'b'],
        rooms: ['a', 'b'],
        ownerKeys: ['li', 'wang'],
        developerHeld: false,
        coOwned: true,
        areaCenti: 14950,
      },
    ])
  })

  it('a sole owner and the same person with a co-owner are different parties', () => {
    const parties = partiesOf([unit({ id: 'a', owners: ['li'] }), unit({ id: 'b', owners: ['li', 'wang'] })])
    expect(parties.map((p) => p.id)).toEqual(['party:a', 'party:b'])
  })

  it('all developer-held units merge into one party, whoever is listed on them', () => {
    const parties = partiesOf([
      unit({ id: 'd1', developer: true }),
      unit({ id: 'd2', developer: true, owners: ['buyer-not-yet-delivered'] }),
      unit({ id: 'o1', owners: ['buyer-not-yet-delivered'] }),
    ])
    expect(parties.map((p) => [p.id, p.unitIds])).toEqual([
      [DEVELOPER_PARTY_ID, ['d1', 'd2']],
      ['party:o1', ['o1']],
    ])
    expect(parties[0]).toMatchObject({ coOwned: false, ownerKeys: [DEVELOPER_OWNER_KEY] })
  })

  it('owner keys cannot collide by concatenation', () => {
    const parties = partiesOf([unit({ id: 'a', owners: ['x,y'] }), unit({ id: 'b', owners: ['x', 'y'] })])
    expect(parties).toHaveLength(2)
  })

  const units = fc
    .array(
      fc.record({
        area: fc.integer({ min: 1, max: 100000 }),
        owners: fc.subarray(['a', 'b', 'c', 'd'], { minLength: 1 }),
        developer: fc.boolean(),
      }),
      { minLength: 1, maxLength: 15 },
    )
    .map((rows) => rows.map((r, i) => unit({ id: `u${String(i).padStart(2, '0')}`, ...r })))

  it('keeps every unit exactly once and all the area, independent of input order', () => {
    fc.assert(
      fc.property(units, fc.func(fc.integer()), (us: ScopeUnit[], key) => {
        const parties = partiesOf(us)
        const shuffled = [...us].sort((a, b) => key(a.id) - key(b.id))
        expect(partiesOf(shuffled)).toEqual(parties)
        expect(parties.flatMap((p) => p.unitIds).sort()).toEqual(us.map((u) => u.id).sort())
        expect(parties.reduce((s, p) => s + p.areaCenti, 0)).toBe(us.reduce((s, u) => s + u.areaCenti, 0))
        const ownerSets = new Set(us.filter((u) => !u.developerHeld).map((u) => [...u.ownerKeys].sort().join('|')))
        const developer = us.some((u) => u.developerHeld) ? 1 : 0
        expect(parties).toHaveLength(ownerSets.size + developer)
      }),
    )
  })
})
