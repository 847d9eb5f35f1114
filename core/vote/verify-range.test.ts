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
  const fill = (i: number, f: Full) => {
    if (i === unknown.length) {
      if (consistent(f)) states.add(stateOf(f, itemClass, applyFollow))
      return
    }
    for (let v = 0; v <= bound; v++) fill(i + 1, { ...f, [unknown[i]]: v })
  }
  fill(0, { ...(known as Full) })
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
      absent: fc.integer({ min: 0, max: 8 }),
    })
    .map((r): Full => {
      const participated = r.agree + r.oppose + r.abstain + r.invalid + r.followMajority + r.unclassified
      return { ...r, participated, total: Math.max(1, participated + r.absent) }
    })

function check(maxPart: number, maxUnknown: number, bound: number, numRuns: number) {
  fc.assert(
    fc.property(
      figures(maxPart),
      fc.subarray([...KEYS], { maxLength: maxUnknown }),
      fc.constantFrom<ItemClass>('ordinary', 'major'),
      fc.boolean(),
      (full, hidden, itemClass, applyFollow) => {
        const known = Object.fromEntries(KEYS.map((k) => [k, hidden.includes(k) ? null : full[k]])) as DimensionKnown
        const got = [...reachableStates(known, itemClass, applyFollow)].sort()
        expect(got).toEqual([...bruteForce(known, bound, itemClass, applyFollow)].sort())
        expect(got).toContain(stateOf(full, itemClass, applyFollow)) // the true figures are one completion
      },
    ),
    { numRuns },
  )
}

describe('reachableStates equals brute-force enumeration of the unknown figures', () => {
  it('with up to two unknowns', () => check(3, 2, 70, 250))
  it('with up to three unknowns', () => check(1, 3, 30, 80))
  it('with everything known it is the plain rule', () => check(4, 0, 0, 200))
})
