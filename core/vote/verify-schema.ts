import { z } from 'zod'
import { err, ok, type Result } from '../result'
import { formatAreaUnits } from '../format'

/**
 * The figures of a published result announcement (表决结果公告), as a person would type them
 * from the notice: areas in m² exactly as published (any number of decimals), counts of owners,
 * `null` = not published. `participated` counts everyone who took part (invalid and 从众
 * included); `agree` excludes 从众.
 */

/**
 * Figure ceiling: 2^40 (owners, or area units of 10^-areaDecimals m²). The range analysis
 * multiplies sums of at most six figures by 8 and then by 4: 2^40·6·8·4 < 2^48, exact in JS.
 */
export const MAX_FIGURE = 2 ** 40

export type Known = number | null

export interface FigurePair {
  owners: Known
  /** The area as an integer count of 10^-areaDecimals m² (171755.223 at 3 decimals → 171755223). */
  areaUnits: Known
}

export const FIGURE_KEYS = ['total', 'participated', 'agree', 'oppose', 'abstain', 'invalid', 'followMajority'] as const
export type FigureKey = (typeof FIGURE_KEYS)[number]

export interface Announcement {
  major: boolean
  /**
   * The decimals every area figure is scaled to: the most any published area has, at least 2.
   * The Art. 278 tests are ratios, so one common scale judges the figures exactly as published.
   */
  areaDecimals: number
  figures: Record<FigureKey, FigurePair>
  /** false when the notice has no 从众 figures at all (then 从众 = 0, nothing to join). */
  followMajorityReported: boolean
}

/** A non-negative decimal read from its digits: `whole.fraction`, trailing zeros of the fraction dropped. */
export interface DecimalText {
  whole: string
  fraction: string
}

/**
 * A published m² figure → its digits, never through float arithmetic. A JSON number is read back
 * through String(), which gives the shortest decimal that round-trips (171755.223 stays
 * 171755.223); exponent forms (1e-7) are shifted digit by digit.
 */
export function parseDecimalText(value: unknown): Result<DecimalText> {
  let text: string
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return err('NOT_A_NUMBER', '应为数字')
    text = String(value)
  } else if (typeof value === 'string') {
    text = value.trim()
  } else {
    return err('NOT_A_NUMBER', '应为数字')
  }
  if (text.startsWith('-')) return err('NEGATIVE', '不能为负数')
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text)
  if (!match || (match[3] !== undefined && typeof value !== 'number')) return err('NOT_A_NUMBER', '应为数字')
  const [, intPart, fracPart = '', exponent = '0'] = match
  const shift = Number(exponent)
  const digits = intPart + fracPart
  const point = intPart.length + shift
  const padded = point < 0 ? '0'.repeat(-point) + digits : point > digits.length ? digits.padEnd(point, '0') : digits
  const at = Math.max(point, 0)
  const whole = padded.slice(0, at).replace(/^0+/, '') || '0'
  const fraction = padded.slice(at).replace(/0+$/, '')
  if (whole.length > 13) return err('TOO_LARGE', '数值过大')
  return ok({ whole, fraction })
}

/** The digits as an integer of 10^-decimals m² (decimals ≥ the fraction's length), within the ceiling. */
export function scaleDecimal(d: DecimalText, decimals: number): Result<number> {
  const units = BigInt(d.whole + d.fraction.padEnd(decimals, '0'))
  if (units <= BigInt(MAX_FIGURE)) return ok(Number(units))
  const wholeFits = BigInt(d.whole) * 100n <= BigInt(MAX_FIGURE)
  return wholeFits
    ? err('TOO_PRECISE', `数字过多：按本公告的 ${decimals} 位小数，面积连同小数最多 ${String(MAX_FIGURE).length - 1} 位数字才能精确核对`)
    : err('TOO_LARGE', '数值过大')
}

/**
 * m² → integer 0.01 m², for figures the system itself keeps at the register's precision (the
 * committee's 统计录入): more than 2 decimals is refused there.
 */
export function parseAreaCenti(value: unknown): Result<number> {
  const parsed = parseDecimalText(value)
  if (!parsed.ok) return parsed
  if (parsed.data.fraction.length > 2) return err('TOO_PRECISE', '最多两位小数')
  return scaleDecimal(parsed.data, 2)
}

const Owners = z.number().int('应为整数').min(0, '不能为负数').max(MAX_FIGURE, '数值过大').nullable()

const Area = z.unknown().transform((value, ctx): DecimalText | null => {
  if (value === null) return null
  if (value === undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: '缺少此项（未公布请填 null）' })
    return z.NEVER
  }
  const parsed = parseDecimalText(value)
  if (parsed.ok) return parsed.data
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.message })
  return z.NEVER
})

const Pair = z
  .object({ owners: Owners, area: Area })
  .strict()
  .nullable()
  .transform((p) => (p === null ? { owners: null, area: null } : p))

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

const ZERO = { owners: 0, area: { whole: '0', fraction: '' } }

/** Parses and checks an announcement; every error names the field, e.g. `total.area: 应为数字`. */
export function parseAnnouncement(input: unknown): Result<Announcement> {
  const parsed = AnnouncementSchema.safeParse(input, { errorMap })
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '公告'}: ${i.message}`)
    return err('INVALID_ANNOUNCEMENT', lines.join('；'))
  }
  const d = parsed.data
  const published = {
    total: d.total,
    participated: d.participated,
    agree: d.agree,
    oppose: d.oppose,
    abstain: d.abstain,
    invalid: d.invalid ?? ZERO,
    followMajority: d.followMajority ?? ZERO,
  }
  const areaDecimals = Math.max(2, ...FIGURE_KEYS.map((k) => published[k].area?.fraction.length ?? 0))
  const figures = {} as Record<FigureKey, FigurePair>
  const problems: string[] = []
  for (const k of FIGURE_KEYS) {
    const area = published[k].area
    const scaled = area === null ? ok(null) : scaleDecimal(area, areaDecimals)
    if (!scaled.ok) problems.push(`${k}.area: ${scaled.message}`)
    figures[k] = { owners: published[k].owners, areaUnits: scaled.ok ? scaled.data : null }
  }
  if (problems.length) return err('INVALID_ANNOUNCEMENT', problems.join('；'))
  const announcement = { major: d.major, areaDecimals, figures, followMajorityReported: d.followMajority !== undefined }
  const consistent = checkConsistency(figures, areaDecimals)
  return consistent.ok ? ok(announcement) : consistent
}

const PARTS = ['agree', 'oppose', 'abstain', 'invalid', 'followMajority'] as const

/** Known figures must fit together: parts ≤ participated ≤ total, total > 0. */
function checkConsistency(f: Record<FigureKey, FigurePair>, areaDecimals: number): Result<true> {
  const problems: string[] = []
  const area = (units: number) => formatAreaUnits(units, areaDecimals)
  for (const [dim, field, show] of [
    ['owners', 'owners', String],
    ['areaUnits', 'area', area],
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
