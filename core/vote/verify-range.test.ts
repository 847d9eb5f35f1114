import fc from 'fast-check'
import { approves, followMajoritySide } from './rules'
import type { ItemClass } from './types'
import { reachableStates, type DimensionKnown, type DimensionState } from './verify-range'

const KEYS = ['total', 'participated', 'agree', 'oppose', 'abstain', 'invalid', 'followMajority'] as const
type Full = Record<(typeof KEYS)[number], number>

/** The state one complete, consistent set of figures gives. */
function stateOf(f: Full, itemClass: ItemClass, applyFollow: boolean): DimensionState {
  if (!(3 * f.participated >= 2 * f.total)) return 'noQuorum'
  const joinsAgree = applyFollow && followMajoritySide(f.agree, f.oppose) === 'agree'
  return approves(itemClass, f.agree + (joinsAgree ? f.followMajority : 0), f.participated) ? 'pass' : 'fail'
}

function consistent(f: Full): boolean {
  const parts = f.agree + f.oppose + f.abstain + f.invalid + f.followMajority
  return f.total >= 1 && f.participated <= f.total && parts <= f.participated
}

/** Every state reachable by filling the unknown figures with 0..bound. */
function bruteForce(known: DimensionKnown, bound: number, itemClass: ItemClass, applyFollow: boolean): Set<DimensionState> {
  const unknown = KEYS.filter((k) => known[k] === null)
  const states = new Set<DimensionState>()
  const f = { ...(known as Full) }
  const fill = (i: number) => {
    if (i === unknown.length) {
      if (consistent(f)) states.add(stateOf(f, itemClass, applyFollow))
      return
    }
    for (let v = 0; v <= bound; v++) {
      f[unknown[i]] = v
      fill(i + 1)
    }
  }
  fill(0)
  return states
}

/** Consistent complete figures, built from parts upward. */
const figures = (maxPart: number) =>
  fc
    .record({
      agree: fc.integer({ min: 0, max: maxPart }),
      oppose: fc.integer({ min: 0, max: maxPart }),
      abstain: fc.integer({ min: 0, max: maxPart }),
      invalid: fc.integer({ min: 0, max: maxPart }),
      followMajority: fc.integer({ min: 0, max: maxPart }),
      unclassified: fc.integer({ min: 0, max: 2 }),
      absent: fc.integer({ min: 0, max: 5 }),
    })
    .map((r): Full => {
      const participated = r.agree + r.oppose + r.abstain + r.invalid + r.followMajority + r.unclassified
      return { ...r, participated, total: Math.max(1, participated + r.absent) }
    })

type Key = (typeof KEYS)[number]

function check(maxPart: number, hiddenSets: fc.Arbitrary<Key[]>, bound: number, numRuns: number) {
  fc.assert(
    fc.property(
      figures(maxPart),
      hiddenSets,
      fc.constantFrom<ItemClass>('ordinary', 'major'),
      fc.boolean(),
      (full, hidden, itemClass, applyFollow) => {
        const known = Object.fromEntries(KEYS.map((k) => [k, hidden.includes(k) ? null : full[k]])) as unknown as DimensionKnown
        const got = [...reachableStates(known, itemClass, applyFollow)].sort()
        expect(got).toEqual([...bruteForce(known, bound, itemClass, applyFollow)].sort())
        expect(got).toContain(stateOf(full, itemClass, applyFollow)) // the true figures are one completion
      },
    ),
    { numRuns },
  )
}

const anyOf = (maxLength: number) => fc.subarray([...KEYS], { maxLength })
/** Unknown total and participation (an unbounded range) plus one more unknown. */
const unbounded = fc.constantFrom<Key>(...KEYS.slice(2)).map((k): Key[] => ['total', 'participated', k])
/** Unknown oppose, which decides where known 从众 goes. */
const opposeHidden = fc
  .subarray(['total', 'participated', 'agree', 'abstain', 'invalid'] as Key[], { maxLength: 1 })
  .map((ks): Key[] => ['oppose', ...ks])

describe('reachableStates equals brute-force enumeration of the unknown figures', () => {
  it('with up to two unknowns', () => check(3, anyOf(2), 70, 600))
  it('with up to three unknowns', () => check(1, anyOf(3), 26, 120))
  it('with total and participation unknown', () => check(1, unbounded, 26, 150))
  it('with oppose unknown', () => check(3, opposeHidden, 70, 1500))
  it('in a one-owner scope an unknown agree can still go either way', () => {
    const known = { total: 1, participated: 1, agree: null, oppose: 0, abstain: 0, invalid: 0, followMajority: 0 }
    expect([...reachableStates(known, 'ordinary', true)].sort()).toEqual(['fail', 'pass'])
  })
  it('with everything known it is the plain rule', () => check(4, fc.constant([]), 0, 200))
})
