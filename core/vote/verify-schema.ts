import { z } from 'zod'
import { err, ok, type Result } from '../result'
import { formatArea } from '../format'

/**
 * The figures of a published result announcement (表决结果公告), as a person would type them
 * from the notice: areas in m² with up to 2 decimals, counts of owners, `null` = not published.
 * `participated` counts everyone who took part (invalid and 从众 included); `agree` excludes 从众.
 */

/**
 * Figure ceiling: 2^40 (≈1.1 × 10^12 centi = 1.1 × 10^10 m², or owners). The range analysis
 * multiplies sums of at most six figures by 8 and then by 4: 2^40·6·8·4 < 2^48, exact in JS.
 */
export const MAX_FIGURE = 2 ** 40

export type Known = number | null

export interface FigurePair {
  owners: Known
  areaCenti: Known
}

export const FIGURE_KEYS = ['total', 'participated', 'agree', 'oppose', 'abstain', 'invalid', 'followMajority'] as const
export type FigureKey = (typeof FIGURE_KEYS)[number]

export interface Announcement {
  major: boolean
  figures: Record<FigureKey, FigurePair>
  /** false when the notice has no 从众 figures at all (then 从众 = 0, nothing to join). */
  followMajorityReported: boolean
}

/**
 * m² → integer 0.01 m² by reading the decimal digits, never by float multiplication
 * (12.34 * 100 = 1233.9999999999998). A JSON number is read back through String(), which gives
 * the shortest decimal that round-trips; any value with ≤ 15 significant digits — every area
 * under the ceiling with 2 decimals — comes back exactly as written.
 */
export function parseAreaCenti(value: unknown): Result<number> {
  let text: string
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return err('NOT_A_NUMBER', '应为数字')
    text = String(value)
    if (text.includes('e')) return value < 1 && value > -1 ? err('TOO_PRECISE', '最多两位小数') : err('TOO_LARGE', '数值过大')
  } else if (typeof value === 'string') {
    text = value.trim()
  } else {
    return err('NOT_A_NUMBER', '应为数字')
  }
  if (text.startsWith('-')) return err('NEGATIVE', '不能为负数')
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) return err('NOT_A_NUMBER', '应为数字')
  const [, whole, fraction = ''] = match
  if (/[^0]/.test(fraction.slice(2))) return err('TOO_PRECISE', '最多两位小数')
  if (whole.replace(/^0+/, '').length > 13) return err('TOO_LARGE', '数值过大')
  const centi = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'))
  if (centi > MAX_FIGURE) return err('TOO_LARGE', '数值过大')
  return ok(centi)
}

const Owners = z.number().int('应为整数').min(0, '不能为负数').max(MAX_FIGURE, '数值过大').nullable()

const Area = z.unknown().transform((value, ctx): Known => {
  if (value === null) return null
  if (value === undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: '缺少此项（未公布请填 null）' })
    return z.NEVER
  }
  const parsed = parseAreaCenti(value)
  if (parsed.ok) return parsed.data
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.message })
  return z.NEVER
})

const Pair = z
  .object({ owners: Owners, area: Area })
  .strict()
  .nullable()
  .transform((p): FigurePair => (p === null ? { owners: null, areaCenti: null } : { owners: p.owners, areaCenti: p.area }))

const AnnouncementSchema = z.object({
  major: z.boolean(),
  total: Pair,
  participated: Pair,
  agree: Pair,
  oppose: Pair,
  abstain: Pair,
  invalid: Pair.optional(),
  followMajority: Pair.optional(),
})

/** Chinese messages for zod's built-in issues, so each error names the field and the fault. */
const errorMap: z.ZodErrorMap = (issue, ctx) => {
  if (issue.code === z.ZodIssueCode.invalid_type) {
    if (issue.received === 'undefined') return { message: '缺少此项' }
    if (issue.expected === 'boolean') return { message: '应为 true 或 false' }
    if (issue.expected === 'object') {
      return { message: issue.path.length === 0 ? '应为 JSON 对象' : '应为 {"owners": …, "area": …} 或 null' }
    }
    if (issue.expected === 'number' || issue.expected === 'integer') return { message: '应为数字' }
  }
  if (issue.code === z.ZodIssueCode.unrecognized_keys) return { message: `无法识别的字段 ${issue.keys.join('、')}` }
  return { message: ctx.defaultError }
}

const ZERO: FigurePair = { owners: 0, areaCenti: 0 }

/** Parses and checks an announcement; every error names the field, e.g. `total.area: 应为数字`. */
export function parseAnnouncement(input: unknown): Result<Announcement> {
  const parsed = AnnouncementSchema.safeParse(input, { errorMap })
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '公告'}: ${i.message}`)
    return err('INVALID_ANNOUNCEMENT', lines.join('；'))
  }
  const d = parsed.data
  const figures: Record<FigureKey, FigurePair> = {
    total: d.total,
    participated: d.participated,
    agree: d.agree,
    oppose: d.oppose,
    abstain: d.abstain,
    invalid: d.invalid ?? ZERO,
    followMajority: d.followMajority ?? ZERO,
  }
  const announcement = { major: d.major, figures, followMajorityReported: d.followMajority !== undefined }
  const consistent = checkConsistency(figures)
  return consistent.ok ? ok(announcement) : consistent
}

const PARTS = ['agree', 'oppose', 'abstain', 'invalid', 'followMajority'] as const

/** Known figures must fit together: parts ≤ participated ≤ total, total > 0. */
function checkConsistency(f: Record<FigureKey, FigurePair>): Result<true> {
  const problems: string[] = []
  for (const [dim, field, show] of [
    ['owners', 'owners', String],
    ['areaCenti', 'area', formatArea],
  ] as const) {
    const total = f.total[dim]
    const participated = f.participated[dim]
    if (total === 0) problems.push(`total.${field} 应大于 0`)
    const known = PARTS.filter((p) => f[p][dim] !== null)
    const sum = known.reduce((s, p) => s + (f[p][dim] as number), 0)
    const sumText = `${known.map((p) => `${p}.${field}`).join(' + ')} 之和（${show(sum)}）`
    if (participated !== null && known.length > 0 && sum > participated) {
      problems.push(`participated.${field}（${show(participated)}）小于 ${sumText}`)
    }
    if (total !== null && participated !== null && participated > total) {
      problems.push(`participated.${field}（${show(participated)}）大于 total.${field}（${show(total)}）`)
    }
    if (total !== null && participated === null && known.length > 0 && sum > total) {
      problems.push(`total.${field}（${show(total)}）小于 ${sumText}`)
    }
  }
  return problems.length ? err('INCONSISTENT_FIGURES', `公告数据前后矛盾：${problems.join('；')}`) : ok(true)
}
