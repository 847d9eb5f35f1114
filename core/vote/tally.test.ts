import { partiesOf } from './parties'
import { tally, tallyWithParties } from './tally'
import { ballot, ballotsFor, item, outcomeOf, partyOf, run, unit } from './test-fixtures'

describe('quorum: 3·P ≥ 2·T in area and headcount (⅔以上 includes the bound)', () => {
  it('passes at exactly two thirds of area and headcount', () => {
    const units = [unit({ area: 10000 }), unit({ area: 10000 }), unit({ area: 10000 })]
    const r = outcomeOf(units, ballotsFor(units, ['agree', 'agree', null]))
    expect(r.outcome).toBe('passed')
    expect(r.explanation.tests.quorumArea).toMatchObject({ left: { product: 60000 }, right: { product: 60000 }, holds: true })
    expect(r.explanation.tests.quorumArea.text).toBe('3 × 20000 = 60000 ≥ 2 × 30000 = 60000')
  })

  it('fails with one centi less participating area (total unchanged)', () => {
    const units = [unit({ area: 10000 }), unit({ area: 9999 }), unit({ area: 10001 })]
    const r = outcomeOf(units, ballotsFor(units, ['agree', 'agree', null]))
    expect(r.outcome).toBe('noValidDecision')
    expect(r.explanation.failed).toEqual(['quorumArea'])
    expect(r.explanation.tests.quorumArea.text).toBe('3 × 19999 = 59997 < 2 × 30000 = 60000')
    expect(r.explanation.summary).toContain('参与表决面积 199.99 m²，占总面积 300.00 m²，未达到三分之二')
    expect(r.explanation.summary.endsWith('未形成有效决定。')).toBe(true)
  })

  it('fails on headcount alone when area is met', () => {
    const big = [unit({ area: 20000 }), unit({ area: 20000 }), unit({ area: 20000 })]
    const small = [unit(), unit(), unit()]
    const units = [...big, ...small]
    const r = outcomeOf(units, ballotsFor(units, ['agree', 'agree', 'agree']))
    expect(r.outcome).toBe('noValidDecision')
    expect(r.explanation.tests.quorumArea.holds).toBe(true)
    expect(r.explanation.failed).toEqual(['quorumHeadcount'])
  })

  it('counts abstain and 从众 as participating', () => {
    const units = [unit(), unit(), unit()]
    const r = outcomeOf(units, ballotsFor(units, ['agree', 'abstain', 'followMajority']))
    expect(r.explanation.area.participating).toBe(30000)
    expect(r.explanation.headcount.participating).toBe(3)
  })
})

describe('ordinary item: 2·agree > P (过半数 is strictly more than half)', () => {
  it('fails at exactly half, passes one more', () => {
    const units = [unit(), unit(), unit(), unit()]
    expect(outcomeOf(units, ballotsFor(units, ['agree', 'agree', 'oppose', 'abstain'])).outcome).toBe('rejected')
    expect(outcomeOf(units, ballotsFor(units, ['agree', 'agree', 'agree', 'abstain'])).outcome).toBe('passed')
  })

  it('fails at exactly half the area even with a headcount majority, passes with one centi more', () => {
    const half = [unit({ area: 5000 }), unit({ area: 5000 }), unit({ area: 5000 }), unit({ area: 15000 })]
    const r = outcomeOf(half, ballotsFor(half, ['agree', 'agree', 'agree', 'oppose']))
    expect(r.outcome).toBe('rejected')
    expect(r.explanation.failed).toEqual(['approvalArea'])
    expect(r.explanation.tests.approvalArea.text).toBe('2 × 15000 = 30000 ≤ 30000')

    const more = [unit({ area: 5000 }), unit({ area: 5000 }), unit({ area: 5001 }), unit({ area: 15000 })]
    expect(outcomeOf(more, ballotsFor(more, ['agree', 'agree', 'agree', 'oppose'])).outcome).toBe('passed')
  })
})

describe('major item: 4·agree ≥ 3·P (¾以上 includes the bound)', () => {
  it('passes at exactly three quarters', () => {
    const units = [unit(), unit(), unit(), unit()]
    const r = outcomeOf(units, ballotsFor(units, ['agree', 'agree', 'agree', 'abstain']), 'major')
    expect(r.outcome).toBe('passed')
    expect(r.explanation.tests.approvalHeadcount.text).toBe('4 × 3 = 12 ≥ 3 × 4 = 12')
    expect(r.explanation.summary).toContain('达到参与表决面积的四分之三')
  })

  it('fails with one centi less agreeing area', () => {
    const units = [unit(), unit(), unit({ area: 9999 }), unit({ area: 10001 })]
    const r = outcomeOf(units, ballotsFor(units, ['agree', 'agree', 'agree', 'oppose']), 'major')
    expect(r.outcome).toBe('rejected')
    expect(r.explanation.failed).toEqual(['approvalArea'])
  })

  it('two thirds agreeing passes an ordinary item but not a major one', () => {
    const units = [unit(), unit(), unit(), unit()]
    const twoOfThree = ballotsFor(units, ['agree', 'agree', 'oppose', null])
    expect(outcomeOf(units, twoOfThree, 'ordinary').outcome).toBe('passed')
    expect(outcomeOf(units, twoOfThree, 'major').outcome).toBe('rejected')
  })
})

describe('确认从众 joins the majority of cast agree/oppose, per dimension', () => {
  it('can join agree by area and oppose by headcount', () => {
    const units = [unit({ area: 30000 }), unit(), unit(), unit(), unit()]
    const t = run(units, ballotsFor(units, ['agree', 'oppose', 'oppose', 'followMajority', 'followMajority']))
    const e = t.items[0].withFollowMajority.explanation
    expect(e.area).toMatchObject({
      agree: 30000,
      oppose: 20000,
      followMajority: 20000,
      followMajorityJoins: 'agree',
      agreeCounted: 50000,
      opposeCounted: 20000,
    })
    expect(e.headcount).toMatchObject({
      agree: 1,
      oppose: 2,
      followMajority: 2,
      followMajorityJoins: 'oppose',
      agreeCounted: 1,
      opposeCounted: 4,
    })
    expect(e.summary).toContain('从众面积计入同意，从众人数计入反对')
  })

  it('joins neither side on a tie', () => {
    const units = [unit(), unit(), unit()]
    const e = run(units, ballotsFor(units, ['agree', 'oppose', 'followMajority'])).items[0].withFollowMajority.explanation
    expect(e.area).toMatchObject({ followMajorityJoins: 'neither', agreeCounted: 10000, opposeCounted: 10000 })
    expect(e.headcount).toMatchObject({ followMajorityJoins: 'neither', agreeCounted: 1, opposeCounted: 1 })
  })

  it('is always shown with and without; `counted` follows the vote setting', () => {
    const units = [unit(), unit(), unit(), unit(), unit(), unit()]
    const ballots = ballotsFor(units, ['agree', 'agree', 'agree', 'oppose', 'followMajority', 'followMajority'])
    const counting = run(units, ballots, { followMajorityCounts: true }).items[0]
    expect(counting.withFollowMajority.outcome).toBe('passed')
    expect(counting.withoutFollowMajority.outcome).toBe('rejected') // 3 of 6 participants: exactly half
    expect(counting.counted).toBe(counting.withFollowMajority)
    const notCounting = run(units, ballots, { followMajorityCounts: false }).items[0]
    expect(notCounting.counted.outcome).toBe('rejected')
    expect(notCounting.counted.explanation.summary).toContain('本次表决不计从众')
    expect(notCounting.counted.explanation.headcount.participating).toBe(6)
  })
})

describe('parties weigh as docs/counting-rules.md §1 says', () => {
  it('one owner of two flats casts one ballot weighing both areas, counted as one person', () => {
    const a = unit({ id: 'a1', area: 8950, owners: ['zhang'] })
    const b = unit({ id: 'a2', area: 6000, owners: ['zhang'] })
    const c = unit({ id: 'b1', area: 9000 })
    const t = run([a, b, c], [ballot('party:a1', 'agree')])
    expect(t.scope).toEqual({ headcount: 2, areaCenti: 23950 })
    expect(t.items[0].counted.explanation.area.agree).toBe(14950)
    expect(t.items[0].counted.explanation.headcount.agree).toBe(1)
    // one person of two took part: 3·1 < 2·2, so the two flats do not make two heads
    expect(t.items[0].counted.explanation.failed).toContain('quorumHeadcount')
  })

  it('the developer is one person however many units it holds', () => {
    const dev = [unit({ developer: true }), unit({ developer: true }), unit({ developer: true })]
    const t = run([...dev, unit(), unit()], [])
    expect(t.scope.headcount).toBe(3)
    expect(t.scope.areaCenti).toBe(50000)
  })
})

describe('several items are counted independently', () => {
  it('keeps each item’s own class and ballots', () => {
    const units = [unit(), unit(), unit(), unit()]
    const ballots = [
      ...ballotsFor(units, ['agree', 'agree', 'agree', 'oppose'], 'fund'),
      ...ballotsFor(units, ['agree', 'agree', 'oppose', 'oppose'], 'rules'),
    ]
    const t = run(units, ballots, { items: [item('fund', 'major'), item('rules')] })
    expect(t.items.map((i) => [i.itemId, i.counted.outcome])).toEqual([
      ['fund', 'passed'],
      ['rules', 'rejected'],
    ])
  })
})

describe('bad input stops the count with a reason', () => {
  const units = [unit({ id: 'x1' }), unit({ id: 'x2' })]
  const base = { units, items: [item()], settings: { followMajorityCounts: true } }

  it.each([
    ['DUPLICATE_BALLOT', { ballots: [ballot('party:x1', 'agree'), ballot('party:x1', 'oppose', 'i1', 'other')] }],
    ['UNKNOWN_PARTY', { ballots: [ballot('party:nobody', 'agree')] }],
    ['UNKNOWN_ITEM', { ballots: [ballot('party:x1', 'agree', 'i9')] }],
    ['EMPTY_SCOPE', { units: [], ballots: [] }],
    ['INVALID_UNIT', { units: [unit({ area: 12.5 })], ballots: [] }],
    ['INVALID_UNIT', { units: [unit({ area: 0 })], ballots: [] }],
    ['INVALID_UNIT', { units: [unit({ id: 'd' }), unit({ id: 'd' })], ballots: [] }],
    ['AREA_TOO_LARGE', { units: [unit({ area: 2 ** 49 }), unit({ area: 2 ** 49 + 1 })], ballots: [] }],
    ['NO_ITEMS', { items: [], ballots: [] }],
  ])('%s', (code, patch) => {
    const r = tally({ ...base, ...patch } as Parameters<typeof tally>[0])
    expect(r).toMatchObject({ ok: false, code })
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('uses the receipt, not a party id, to point at a bad ballot', () => {
    const r = tally({ ...base, ballots: [ballot(partyOf(units[0]), 'agree', 'i9', 'ABCD-1234')] })
    expect(r.ok || r.message).toContain('ABCD-1234')
  })
})

describe('tallyWithParties: the same count from parties grouped beforehand', () => {
  const units = [
    unit({ id: 'w1', area: 9000 }),
    unit({ id: 'w2', area: 11000, owners: ['x', 'y'] }),
    unit({ id: 'w3', area: 5000, owners: ['x', 'y'] }),
    unit({ id: 'w4', area: 7000, developer: true }),
    unit({ id: 'w5', area: 3000, developer: true }),
  ]
  const input = {
    units,
    items: [item('i1'), item('i2', 'major')],
    ballots: [
      ballot('party:w1', 'agree'),
      ballot('party:w2', 'oppose'),
      ballot('developer', 'followMajority'),
      ballot('party:w1', 'agree', 'i2'),
    ],
    settings: { followMajorityCounts: true },
  }

  it('answers exactly what tally answers, merged owners and developer included', () => {
    const parties = partiesOf(units)
    const r = tallyWithParties(input, parties)
    expect(r).toEqual(tally(input))
    if (r.ok) {
      expect(r.data.parties.map((p) => p.id)).toEqual(['developer', 'party:w1', 'party:w2'])
      expect(r.data.parties).not.toBe(parties) // the caller's list is not handed back to be changed
    }
  })

  it('still checks the units and the ballots', () => {
    expect(tallyWithParties({ ...input, units: [unit({ area: 0 })] }, partiesOf(units))).toMatchObject({ ok: false, code: 'INVALID_UNIT' })
    expect(tallyWithParties({ ...input, units: [] }, [])).toMatchObject({ ok: false, code: 'EMPTY_SCOPE' })
    expect(tallyWithParties({ ...input, ballots: [ballot('party:w3', 'agree')] }, partiesOf(units))).toMatchObject({
      ok: false,
      code: 'UNKNOWN_PARTY',
    })
  })
})
