import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import { getDb, type Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import { readAllBallots } from './count'
import { newReceipt } from './model'
import type { BallotDoc } from '../collections/vote'
import { PAGE, rangeBounds, readAll, readRanges } from './paging'

/*
 * Paged reads through the real SDK on the emulator: readRanges must answer exactly what readAll
 * answers whatever bounds it is given; good bounds only make it take fewer, parallel reads.
 */
let emu: TestEmulator
let db: Database

const N = 2600
const id = (vote: string, i: number) => `${vote}:${String(i).padStart(5, '0')}`
type Row = { _id: string; n: number }

beforeAll(async () => {
  emu = await startTestEmulator()
  db = getDb()
  const rows = Array.from({ length: N }, (_u, i) => ({ _id: id('vp', i), voteId: 'vp', n: i, history: [{ n: -i }] }))
  // Other votes' documents sort before, after and between this vote's ids: the filter keeps them out.
  const others = [
    { _id: 'vo:1', voteId: 'vo', n: -1 },
    { _id: 'vz:1', voteId: 'vz', n: -2 },
    { _id: `${id('vp', 1500)}x`, voteId: 'vq', n: -3 },
    { _id: `${id('vp', 998)}x`, voteId: 'vq', n: -4 },
  ]
  await emu.insert(COLLECTIONS.ballots, [...rows.reverse(), ...others]) // storage order is not id order
})
afterAll(() => emu.close())

async function reads<T>(run: () => Promise<T>): Promise<[T, number]> {
  emu.resetStats()
  const value = await run()
  return [value, emu.stats()['db.reads'] ?? 0]
}

const FIELDS = { n: true }
const expected = Array.from({ length: N }, (_u, i) => ({ _id: id('vp', i), n: i }))

describe('readAll', () => {
  it('answers every match in ascending _id, ⌈n/1000⌉ reads one after another', async () => {
    const [all, count] = await reads(() => readAll<Row>(db, COLLECTIONS.ballots, { voteId: 'vp' }, FIELDS))
    expect(all).toEqual(expected)
    expect(count).toBe(Math.ceil(N / PAGE))
  })
})

describe('rangeBounds', () => {
  it('names every 999th id, so each range stays short of a full page', () => {
    const sorted = expected.slice(0, 2000)
    expect(rangeBounds(sorted)).toEqual([id('vp', 999), id('vp', 1998)])
    expect(rangeBounds(sorted.slice(0, 999))).toEqual([])
    expect(rangeBounds(sorted.slice(0, 1000))).toEqual([id('vp', 999)])
    expect(rangeBounds(sorted, 500)).toEqual([id('vp', 500), id('vp', 1000), id('vp', 1500)])
  })
})

describe('readRanges', () => {
  it('with bounds from an earlier read: the same answer, one read per range', async () => {
    const bounds = rangeBounds(expected)
    expect(bounds).toHaveLength(2)
    const [all, count] = await reads(() => readRanges<Row>(db, COLLECTIONS.ballots, { voteId: 'vp' }, FIELDS, bounds))
    expect(all).toEqual(expected)
    expect(count).toBe(bounds.length + 1)
  })

  it.each([
    ['no bounds (one range, as readAll)', []],
    ['a range holding more than a page (paged inside it)', [id('vp', 100), id('vp', 2500)]],
    ['a range holding exactly a page', [id('vp', 1000)]],
    ['bounds outside every id', ['a', 'zz']],
    ['bounds that are not ids', [id('vp', 10) + '~', id('vp', 1400) + '!']],
    ['bounds out of order (ignored)', [id('vp', 2000), id('vp', 1000)]],
    ['a repeated bound (ignored)', [id('vp', 1000), id('vp', 1000)]],
    ['many small ranges (more than run at once)', Array.from({ length: 30 }, (_u, k) => id('vp', 80 * (k + 1)))],
  ])('with %s: still every match exactly once, in order', async (_name, bounds) => {
    expect(await readRanges<Row>(db, COLLECTIONS.ballots, { voteId: 'vp' }, FIELDS, bounds)).toEqual(expected)
  })

  it('reads documents added after the bounds were taken', async () => {
    const bounds = rangeBounds(expected)
    await emu.insert(COLLECTIONS.ballots, [
      { _id: `${id('vp', 999)}a`, voteId: 'vp', n: 999.5 },
      { _id: id('vp', 99999), voteId: 'vp', n: 99999 },
    ])
    try {
      const all = await readRanges<Row>(db, COLLECTIONS.ballots, { voteId: 'vp' }, FIELDS, bounds)
      expect(all.map((r) => r.n)).toEqual([
        ...expected.slice(0, 1000).map((r) => r.n),
        999.5,
        ...expected.slice(1000).map((r) => r.n),
        99999,
      ])
    } finally {
      await db
        .collection(COLLECTIONS.ballots)
        .where({ _id: db.command.in([`${id('vp', 999)}a`, id('vp', 99999)]) })
        .remove()
    }
  })
})

describe('readAllBallots', () => {
  it('reads each ballot as the count needs it, without its history, with or without bounds', async () => {
    const ballot = (partyId: string): BallotDoc => ({
      _id: `vb:${partyId}:paper`,
      voteId: 'vb',
      partyId,
      channel: 'paper',
      ownerKey: null,
      castBy: 'staff',
      choices: { i1: 'agree' },
      receipt: newReceipt(),
      rev: 2,
      at: 5,
      by: 'o-staff',
      who: '经办人',
      areaCenti: 100,
      coOwned: false,
      confirmsCoOwners: false,
      note: '改过一次',
      history: [{ choices: { i1: 'oppose' }, receipt: 'OLD', at: 1, by: 'o-staff' }],
    })
    const docs = ['party:a', 'party:b', 'party:c'].map(ballot)
    await emu.insert(COLLECTIONS.ballots, docs)
    const counted = docs.map(({ _id, partyId, channel, ownerKey, castBy, choices, receipt, at, by, confirmsCoOwners }) => ({
      _id,
      partyId,
      channel,
      ownerKey,
      castBy,
      choices,
      receipt,
      at,
      by,
      confirmsCoOwners,
    }))
    expect(await readAllBallots(db, 'vb')).toEqual(counted)
    expect(await readAllBallots(db, 'vb', [docs[1]._id])).toEqual(counted)
  })
})
