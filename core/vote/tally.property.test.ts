import fc from 'fast-check'
import { formatCenti } from '../format'
import { partiesOf } from './parties'
import { tally, tallyWithParties, type VoteTally } from './tally'
import { ballot, unit } from './test-fixtures'
import type { Choice, EffectiveBallot, ItemClass, Outcome, Party, ScopeUnit } from './types'
import { verifyAnnouncement } from './verify'

/** A community of 1–12 units; owner keys from a small pool so merges happen often. */
const scenario = fc.record({
  rows: fc.array(
    fc.record({
      area: fc.integer({ min: 1, max: 20000 }),
      owners: fc.subarray(['a', 'b', 'c', 'd', 'e', 'f'], { minLength: 1, maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  /** A 0 marks a developer-held unit (about one in ten). */
  developerMask: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }),
  choices: fc.array(fc.option(fc.constantFrom<Choice>('agree', 'oppose', 'abstain', 'followMajority'), { nil: null }), {
    minLength: 12,
    maxLength: 12,
  }),
  itemClass: fc.constantFrom<ItemClass>('ordinary', 'major'),
  followMajorityCounts: fc.boolean(),
})

type Scenario = { units: ScopeUnit[]; parties: Party[]; ballots: EffectiveBallot[]; itemClass: ItemClass; followMajorityCounts: boolean }

type Generated = typeof scenario extends fc.Arbitrary<infer T> ? T : never

function build(s: Generated): Scenario {
  const units = s.rows.map((r, i) =>
    unit({ id: `u${String(i).padStart(2, '0')}`, area: r.area, owners: r.owners, developer: s.developerMask[i] === 0 }),
  )
  const parties = partiesOf(units)
  const ballots = parties.flatMap((p, i) => (s.choices[i] ? [ballot(p.id, s.choices[i] as Choice)] : []))
  return { units, parties, ballots, itemClass: s.itemClass, followMajorityCounts: s.followMajorityCounts }
}

function count(sc: Scenario, ballots = sc.ballots): VoteTally {
  const r = tally({
    units: sc.units,
    ballots,
    items: [{ id: 'i1', class: sc.itemClass }],
    settings: { followMajorityCounts: sc.followMajorityCounts },
  })
  if (!r.ok) throw new Error(r.message)
  return r.data
}

/** Independent statement of Art. 278 using ⌈⌉/⌊⌋ thresholds instead of cross-multiplication. */
function oracle(sc: Scenario, applyFollow: boolean): Outcome {
  const choiceOf = new Map(sc.ballots.map((b) => [b.partyId, b.choice]))
  const dims = [(p: Party) => p.areaCenti, () => 1].map((weight) => {
    const sum = (pred: (p: Party) => boolean) => sc.parties.filter(pred).reduce((s, p) => s + weight(p), 0)
    const total = sum(() => true)
    const part = sum((p) => choiceOf.has(p.id))
    const agree = sum((p) => choiceOf.get(p.id) === 'agree')
    const oppose = sum((p) => choiceOf.get(p.id) === 'oppose')
    const follow = sum((p) => choiceOf.get(p.id) === 'followMajority')
    const counted = agree + (applyFollow && agree > oppose ? follow : 0)
    const quorum = part >= Math.ceil((2 * total) / 3)
    const approve = sc.itemClass === 'major' ? counted >= Math.ceil((3 * part) / 4) : counted > Math.floor(part / 2)
    return { quorum, approve }
  })
  if (!dims.every((d) => d.quorum)) return 'noValidDecision'
  return dims.every((d) => d.approve) ? 'passed' : 'rejected'
}

const RANK: Record<Outcome, number> = { noValidDecision: 0, rejected: 1, passed: 2 }

describe('tally properties', () => {
  it('agrees with an independent statement of the rules, with and without 从众', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sc = build(s)
        const item = count(sc).items[0]
        expect(item.withFollowMajority.outcome).toBe(oracle(sc, true))
        expect(item.withoutFollowMajority.outcome).toBe(oracle(sc, false))
        expect(item.counted).toBe(sc.followMajorityCounts ? item.withFollowMajority : item.withoutFollowMajority)
      }),
      { numRuns: 300 },
    )
  })

  it('tallyWithParties, given partiesOf(units), answers exactly what tally answers', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), (s, twoItems) => {
        const sc = build(s)
        const items = twoItems
          ? [
              { id: 'i1', class: sc.itemClass },
              { id: 'i2', class: 'major' as const },
            ]
          : [{ id: 'i1', class: sc.itemClass }]
        const ballots = twoItems ? [...sc.ballots, ...sc.ballots.map((b) => ({ ...b, itemId: 'i2' }))] : sc.ballots
        const input = { units: sc.units, ballots, items, settings: { followMajorityCounts: sc.followMajorityCounts } }
        expect(tallyWithParties(input, partiesOf(sc.units))).toEqual(tally(input))
      }),
      { numRuns: 300 },
    )
  })

  it('does not depend on the order of the ballots', () => {
    fc.assert(
      fc.property(scenario, fc.func(fc.integer()), (s, key) => {
        const sc = build(s)
        const shuffled = [...sc.ballots].sort((a, b) => key(a.partyId) - key(b.partyId))
        expect(count(sc, shuffled)).toEqual(count(sc))
      }),
    )
  })

  it('one more agree ballot never turns passed into rejected (monotonicity)', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (s, pick) => {
        const sc = build(s)
        const party = sc.parties[pick % sc.parties.length]
        const more = [...sc.ballots.filter((b) => b.partyId !== party.id), ballot(party.id, 'agree')]
        for (const variant of ['withFollowMajority', 'withoutFollowMajority'] as const) {
          const before = count(sc).items[0][variant].outcome
          const after = count(sc, more).items[0][variant].outcome
          expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before])
        }
      }),
      { numRuns: 300 },
    )
  })

  it('figures add up: P = agree + oppose + abstain + 从众, totals = the scope', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sc = build(s)
        const t = count(sc)
        expect(t.scope.areaCenti).toBe(sc.units.reduce((sum, u) => sum + u.areaCenti, 0))
        for (const d of [t.items[0].counted.explanation.area, t.items[0].counted.explanation.headcount]) {
          expect(d.participating).toBe(d.agree + d.oppose + d.abstain + d.followMajority)
          expect(d.agreeCounted + d.opposeCounted).toBeLessThanOrEqual(d.participating)
        }
      }),
    )
  })

  it('the announcement verifier, given the tally’s figures, reaches the same outcomes', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sc = build(s)
        const item = count(sc).items[0]
        const { area, headcount } = item.withFollowMajority.explanation
        const pair = (k: 'total' | 'participating' | 'agree' | 'oppose' | 'abstain' | 'followMajority') => ({
          owners: headcount[k],
          area: formatCenti(area[k]), // published as m² text with two decimals
        })
        const report = verifyAnnouncement({
          major: sc.itemClass === 'major',
          total: pair('total'),
          participated: pair('participating'),
          agree: pair('agree'),
          oppose: pair('oppose'),
          abstain: pair('abstain'),
          followMajority: pair('followMajority'),
        })
        if (!report.ok) throw new Error(report.message)
        expect(report.data.outcome).toBe(item.withFollowMajority.outcome)
        expect(report.data.outcomeWithoutFollowMajority).toBe(item.withoutFollowMajority.outcome)
      }),
      { numRuns: 300 },
    )
  })
})
