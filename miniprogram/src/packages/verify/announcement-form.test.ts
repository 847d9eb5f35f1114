import fc from 'fast-check'
import { verifyAnnouncement } from '@core/vote/verify'
import { emptyForm, exampleForm, formFromAnnouncement, formToAnnouncement } from './announcement-form'

const pair = (owners: number | null, area: number | string | null) => ({ owners, area })

type Figure = { owners: number | null; area: number | string | null }
const ROWS = ['total', 'participated', 'agree', 'oppose', 'abstain', 'invalid', 'followMajority'] as const
const OPTIONAL = new Set<string>(['invalid', 'followMajority'])

/** An area as a notice's JSON may carry it: a number or a string, 0–2 decimals. */
const areaOf = (centi: number) => fc.constantFrom<number | string>(centi / 100, (centi / 100).toFixed(2), String(centi / 100))

/** Figures that mostly contradict each other: exercises the errors. */
const anyRow = fc.option(
  fc.record({
    owners: fc.option(fc.nat({ max: 2000 }), { nil: null, freq: 6 }),
    area: fc.option(fc.nat({ max: 50_000_000 }).chain(areaOf), { nil: null, freq: 6 }),
  }),
  { nil: null, freq: 8 },
)
const anyNotice = fc.tuple(fc.boolean(), fc.array(anyRow, { minLength: 7, maxLength: 7 })).map(([major, rows]) => build(major, rows))

/** Figures that add up (parts ≤ participated ≤ total), some left unknown: exercises the decisions. */
const consistentNotice = fc
  .record({
    major: fc.boolean(),
    total: fc.record({ owners: fc.integer({ min: 1, max: 600 }), centi: fc.integer({ min: 1, max: 6_000_000 }) }),
    shares: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
      minLength: 6,
      maxLength: 6,
    }),
    unknown: fc.array(fc.nat({ max: 9 }), { minLength: 14, maxLength: 14 }),
  })
  .chain(({ major, total, shares, unknown }) => {
    // participated takes a share of total; each part a share of what participated has left.
    const owners = [total.owners]
    const centi = [total.centi]
    let leftOwners = Math.floor(shares[0][0] * total.owners)
    let leftCenti = Math.floor(shares[0][1] * total.centi)
    owners.push(leftOwners)
    centi.push(leftCenti)
    for (const [a, b] of shares.slice(1)) {
      const o = Math.floor(a * leftOwners)
      const c = Math.floor(b * leftCenti)
      owners.push(o)
      centi.push(c)
      leftOwners -= o
      leftCenti -= c
    }
    return fc.tuple(...centi.map(areaOf)).map((areas) =>
      build(
        major,
        owners.map((o, i) => ({ owners: unknown[2 * i] === 0 ? null : o, area: unknown[2 * i + 1] === 0 ? null : areas[i] })),
      ),
    )
  })

function build(major: boolean, rows: Array<Figure | null>): Record<string, unknown> {
  const n: Record<string, unknown> = { major }
  ROWS.forEach((key, i) => {
    const row = rows[i]
    // An optional row with both figures unknown has no form of its own (empty boxes mean "not in the notice").
    if (OPTIONAL.has(key) && (row === null || (row.owners === null && row.area === null))) return
    n[key] = row
  })
  return n
}

describe('the form stands for the JSON the command reads', () => {
  it('an empty box is an unknown figure; empty optional rows are left out', () => {
    const form = emptyForm()
    form.figures.total = { owners: '300', area: '30000.5' }
    form.figures.agree = { owners: '', area: '10000' }
    form.figures.followMajority = { owners: '3', area: '' }
    expect(formToAnnouncement(form)).toEqual({
      major: false,
      total: pair(300, '30000.5'),
      participated: pair(null, null),
      agree: pair(null, '10000'),
      oppose: pair(null, null),
      abstain: pair(null, null),
      followMajority: pair(3, null),
    })
  })

  it('reads full-width digits and the Chinese full stop typed by an input method', () => {
    const form = emptyForm()
    form.figures.total = { owners: ' ３００ ', area: '３０００。５' }
    expect(formToAnnouncement(form).total).toEqual(pair(300, '3000.5'))
  })

  it('leaves what is not a number as text, so the checker names the field', () => {
    const form = exampleForm()
    form.figures.total = { owners: '三百', area: '12.3.4' }
    form.figures.agree.owners = '2.5'
    const r = verifyAnnouncement(formToAnnouncement(form))
    expect(r).toEqual({
      ok: false,
      code: 'INVALID_ANNOUNCEMENT',
      message: 'total.owners: 应为数字；total.area: 应为数字；agree.owners: 应为整数',
    })
  })

  it('the example is consistent and passes', () => {
    const r = verifyAnnouncement(formToAnnouncement(exampleForm()))
    expect(r.ok && r.data.outcome).toBe('passed')
  })

  it('fills the form from pasted JSON', () => {
    const form = formFromAnnouncement({ major: true, total: pair(120, 12000.5), participated: null, agree: pair(60, '6000') })
    expect(form.major).toBe(true)
    expect(form.figures.total).toEqual({ owners: '120', area: '12000.5' })
    expect(form.figures.participated).toEqual({ owners: '', area: '' })
    expect(form.figures.agree).toEqual({ owners: '60', area: '6000' })
  })

  // The page checks pasted JSON as pasted; this shows the form it fills in then says the same.
  it('pasted JSON, shown in the form and checked again, gives the same answer as the JSON itself', () => {
    let decided = 0
    fc.assert(
      fc.property(fc.oneof(anyNotice, consistentNotice), (n) => {
        const direct = verifyAnnouncement(n)
        if (direct.ok) decided++
        expect(verifyAnnouncement(formToAnnouncement(formFromAnnouncement(n)))).toEqual(direct)
      }),
      { numRuns: 400 },
    )
    expect(decided).toBeGreaterThan(100)
  })
})
