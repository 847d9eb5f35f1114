import { dimensionKeys, type EvaluationTarget } from './dimensions'
import { applyIncrements, emptyTally, tallyIncrements, type Scores, type Tally } from './tally'
import { boardOf, type BoardEntry } from './board'
import { rank, shrunk } from './ranking'
import { periodLabel, periodOf, recentPeriods } from './period'

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed by its seed. */
function prng(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function recount(target: EvaluationTarget, current: Map<string, Scores>): Tally {
  const tally = emptyTally(target)
  for (const scores of current.values()) {
    tally.ratings += 1
    for (const [k, s] of Object.entries(scores)) {
      tally.dimensions[k].sum += s
      tally.dimensions[k].count += 1
      tally.dimensions[k].distribution[s - 1] += 1
    }
  }
  return tally
}

describe('the kept tally', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'equals a recount of the current ratings after random ratings, replacements and objections (seed %i)',
    (seed) => {
      const random = prng(seed)
      for (const target of ['property', 'committee'] as const) {
        let kept = emptyTally(target)
        const current = new Map<string, Scores>()
        const objected = new Set<string>()
        for (let step = 0; step < 300; step += 1) {
          const unit = `u${Math.floor(random() * 25)}`
          if (random() < 0.1 && current.has(unit)) {
            // An objection flags a rating; it changes no figure (nothing is hidden or deleted).
            objected.add(unit)
            continue
          }
          const scores = Object.fromEntries(dimensionKeys(target).map((k) => [k, 1 + Math.floor(random() * 5)]))
          kept = applyIncrements(kept, tallyIncrements(scores, current.get(unit) ?? null))
          current.set(unit, scores)
        }
        expect(kept).toEqual(recount(target, current))
        expect(objected.size).toBeGreaterThan(0)
      }
    },
  )
})

describe('the board rebuilt from the kept tallies', () => {
  const names = (c: string) => ({ name: `小区${c}`, district: `区${c.length}`, project: `项目${c}`, company: null })
  it.each([1, 2, 3, 4, 5, 6])(
    'equals a recount of the current ratings of every community, for both targets, after random ratings and replacements (seed %i)',
    (seed) => {
      const random = prng(seed)
      const communities = ['a', 'b', 'cc', 'd.1', 'e']
      const kept = new Map<string, Tally>()
      const current = new Map<string, Scores>()
      const keyOf = (target: EvaluationTarget, c: string) => `${target}|${c}`
      for (let step = 0; step < 600; step += 1) {
        const target: EvaluationTarget = random() < 0.5 ? 'property' : 'committee'
        const c = communities[Math.floor(random() * communities.length)]
        const unit = `${keyOf(target, c)}|u${Math.floor(random() * 8)}`
        const scores = Object.fromEntries(dimensionKeys(target).map((k) => [k, 1 + Math.floor(random() * 5)]))
        const tally = kept.get(keyOf(target, c)) ?? emptyTally(target)
        kept.set(keyOf(target, c), applyIncrements(tally, tallyIncrements(scores, current.get(unit) ?? null)))
        current.set(unit, scores)
      }
      const board = boardOf(
        [...kept].map(([key, t]) => {
          const [target, c] = key.split('|') as [EvaluationTarget, string]
          return { ...t, target, communityId: c, ...names(c) }
        }),
      )
      const recounted = (target: EvaluationTarget): BoardEntry[] =>
        communities
          .map((c) => {
            const mine = [...current].filter(([unit]) => unit.startsWith(`${keyOf(target, c)}|`)).map(([, scores]) => scores)
            const scoreSum = mine.reduce((a, scores) => a + Object.values(scores).reduce((x, y) => x + y, 0), 0)
            return { communityId: c, ...names(c), scoreSum, n: mine.length }
          })
          .filter((e) => e.n > 0)
          .sort((a, b) => (a.communityId < b.communityId ? -1 : 1))
      expect(board).toEqual({ property: recounted('property'), committee: recounted('committee') })
    },
  )
})

describe('the ranking score', () => {
  it('shrinks toward the prior: (n·mean + k·m) / (n + k)', () => {
    expect(shrunk(5 * 10, 10, 3, 10)).toBe(4)
  })

  it('does not let a handful of 5s beat many 4.6s, and leaves those below the minimum unranked', () => {
    const ranked = rank([
      { key: 'few', sum: 5 * 6, n: 6, prior: 3.5 },
      { key: 'many', sum: 4.6 * 200, n: 200, prior: 3.5 },
      { key: 'two', sum: 10, n: 2, prior: 3.5 },
    ])
    expect(ranked.map((r) => [r.key, r.rank])).toEqual([
      ['many', 1],
      ['few', 2],
      ['two', null],
    ])
    expect(ranked[2]).toMatchObject({ n: 2, mean: 5, score: null })
  })
})

describe('periods', () => {
  it('are Beijing quarters', () => {
    // 2026-12-31 17:00 UTC is already 2027-01-01 in Beijing.
    expect(periodOf(Date.UTC(2026, 11, 31, 17))).toBe('2027-1')
    expect(periodOf(Date.UTC(2026, 9, 1))).toBe('2026-4')
    expect(recentPeriods('2027-1', 3)).toEqual(['2027-1', '2026-4', '2026-3'])
    expect(periodLabel('2026-4')).toBe('2026年第4季度')
  })
})
