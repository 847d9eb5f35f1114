import { disclosureProblem } from './rules'

const line = { item: '维修资金', openingFen: 10_000, incomeFen: 5_000, expenseFen: 3_000, closingFen: 12_000 }

describe('what a disclosure must meet to be published', () => {
  it('balances every statement line: opening + income − expense = closing', () => {
    expect(disclosureProblem({ category: 'maintenanceFund', finance: [line], displayUntil: '2026-12-31' }, '2026-12-01')).toBeNull()
    expect(
      disclosureProblem(
        { category: 'maintenanceFund', finance: [line, { ...line, closingFen: 11_999 }], displayUntil: '2026-12-31' },
        '2026-12-01',
      ),
    ).toMatchObject({ code: 'FINANCE_UNBALANCED', message: expect.stringContaining('收支表第2行') })
  })

  it('needs a statement where the category has one, and none elsewhere', () => {
    expect(disclosureProblem({ category: 'commonIncome', finance: null, displayUntil: '2026-12-31' }, '2026-12-01')?.code).toBe(
      'FINANCE_REQUIRED',
    )
    expect(disclosureProblem({ category: 'sealUse', finance: [line], displayUntil: '2026-12-31' }, '2026-12-01')?.code).toBe(
      'FINANCE_NOT_ALLOWED',
    )
  })

  it('stays on display at least 15 days from the day it is published', () => {
    expect(disclosureProblem({ category: 'other', finance: null, displayUntil: '2026-12-16' }, '2026-12-01')).toBeNull()
    expect(disclosureProblem({ category: 'other', finance: null, displayUntil: '2026-12-15' }, '2026-12-01')).toEqual({
      code: 'DISPLAY_TOO_SHORT',
      message: '公示截止日期最早为2026-12-16（发布之日起至少15天）',
    })
  })
})
