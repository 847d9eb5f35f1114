import { addDays } from '../format/time'
import { formatFen } from '../format/money'
import { DISCLOSURE_CATEGORY_SPECS, MIN_DISPLAY_DAYS, unbalancedLines, type DisclosureCategory, type FinanceLine } from './categories'

/** What the rules look at in a disclosure: the same for a form and for an imported row. */
export interface DisclosureFacts {
  category: DisclosureCategory
  finance: readonly FinanceLine[] | null
  displayUntil: string
}

export type DisclosureProblemCode = 'FINANCE_REQUIRED' | 'FINANCE_NOT_ALLOWED' | 'FINANCE_UNBALANCED' | 'DISPLAY_TOO_SHORT'

export interface DisclosureProblem {
  code: DisclosureProblemCode
  message: string
}

/** The first day a disclosure published on `today` may end its display. */
export function earliestDisplayUntil(today: string): string {
  return addDays(today, MIN_DISPLAY_DAYS)
}

/**
 * Why this disclosure may not be published on `today` (Beijing day), or null: a category with a
 * statement of account needs one and every line must balance; others carry none; the display lasts
 * at least 15 days.
 */
export function disclosureProblem(d: DisclosureFacts, today: string): DisclosureProblem | null {
  const spec = DISCLOSURE_CATEGORY_SPECS[d.category]
  const lines = d.finance ?? []
  if (spec.financial && lines.length === 0) return { code: 'FINANCE_REQUIRED', message: `“${spec.label}”需要填写收支情况表` }
  if (!spec.financial && lines.length > 0) return { code: 'FINANCE_NOT_ALLOWED', message: `“${spec.label}”不填写收支情况表` }
  const [bad] = unbalancedLines(lines)
  if (bad) {
    const l = lines[bad - 1]
    const expected = l.openingFen + l.incomeFen - l.expenseFen
    return {
      code: 'FINANCE_UNBALANCED',
      message: `收支表第${bad}行“${l.item}”不平：期初${formatFen(l.openingFen)}＋收入${formatFen(l.incomeFen)}－支出${formatFen(l.expenseFen)}应为${formatFen(expected)}，填写的期末余额是${formatFen(l.closingFen)}`,
    }
  }
  const earliest = earliestDisplayUntil(today)
  if (d.displayUntil < earliest)
    return { code: 'DISPLAY_TOO_SHORT', message: `公示截止日期最早为${earliest}（发布之日起至少${MIN_DISPLAY_DAYS}天）` }
  return null
}
