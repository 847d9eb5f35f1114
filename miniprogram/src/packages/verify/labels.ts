import type { Err } from '@core/result'
import type { VerifyOutcome } from '@core/vote/verify'
import { FIGURE_KEYS, type FigureKey } from '@core/vote/verify-schema'

/**
 * Chinese names for the announcement's fields, and the shared checker's errors put in those
 * names. The checker (core/vote/verify.ts) names fields by their JSON path, e.g.
 * `total.area: 应为数字`, because the command prints the same text; the page says "总面积：应为数字".
 */

export const ROW_LABELS: Record<FigureKey, string> = {
  total: '总数',
  participated: '参与表决',
  agree: '同意',
  oppose: '反对',
  abstain: '弃权',
  invalid: '无效',
  followMajority: '从众',
}

const FIELD_PREFIX: Record<FigureKey, string> = { ...ROW_LABELS, total: '总' }
const PART_LABELS = { owners: '人数', area: '面积' } as const
export type FigurePart = keyof typeof PART_LABELS

/** A place on the form an error can point at: `major`, a row (`total`) or a cell (`total.area`). */
export type FieldKey = 'major' | FigureKey | `${FigureKey}.${FigurePart}`

export const OUTCOME_WORDS: Record<VerifyOutcome, string> = {
  passed: '通过',
  rejected: '未通过',
  noValidDecision: '未形成有效决定',
  undetermined: '无法确定',
}

const isFigureKey = (s: string): s is FigureKey => (FIGURE_KEYS as readonly string[]).includes(s)

/** `total.area` → 总面积, `agree` → 同意, `major` → 事项类型; null for anything else. */
export function fieldLabel(path: string): string | null {
  if (path === 'major') return '事项类型'
  const [figure, part, ...rest] = path.split('.')
  if (!isFigureKey(figure) || rest.length > 0) return null
  if (part === undefined) return ROW_LABELS[figure]
  return part === 'owners' || part === 'area' ? `${FIELD_PREFIX[figure]}${PART_LABELS[part]}` : null
}

function asFieldKey(path: string): FieldKey | null {
  return fieldLabel(path) === null ? null : (path as FieldKey)
}

const PATH_PATTERN = new RegExp(`\\b(${FIGURE_KEYS.join('|')})\\.(owners|area)\\b`, 'g')
const CJK = '\\u4e00-\\u9fa5'
// A space the command put between a field path and Chinese text is not wanted between Chinese words.
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}]) (?=[${CJK}])`, 'g')

/** Every `figure.part` path inside a sentence → its Chinese name. */
export function translatePaths(text: string): string {
  return text
    .replace(PATH_PATTERN, (_, figure: FigureKey, part: FigurePart) => `${FIELD_PREFIX[figure]}${PART_LABELS[part]}`)
    .replace(SPACE_BETWEEN_CJK, '$1')
}

/** One problem to show: beside `key`'s field when it has one, and always in the list near 核对. */
export interface Problem {
  key: FieldKey | null
  text: string
}

const INCONSISTENT_PREFIX = '公告数据前后矛盾：'

/** The checker's failure as problems a person can act on, each starting with the field's name. */
export function describeFailure(failure: Err): Problem[] {
  if (failure.code === 'INVALID_ANNOUNCEMENT') {
    return failure.message.split('；').map((line) => {
      const match = /^([^:]+): (.*)$/.exec(line)
      if (!match) return { key: null, text: translatePaths(line) }
      const [, path, what] = match
      const key = asFieldKey(path)
      const name = fieldLabel(path) ?? (path === '公告' ? '公告数据' : path)
      return { key, text: `${name}：${translatePaths(what)}` }
    })
  }
  if (failure.code === 'INCONSISTENT_FIGURES' && failure.message.startsWith(INCONSISTENT_PREFIX)) {
    return failure.message
      .slice(INCONSISTENT_PREFIX.length)
      .split('；')
      .map((problem) => {
        // Each problem starts with the figure it is about, e.g. `participated.area（…）大于 total.area（…）`.
        const first = /^[A-Za-z]+\.[A-Za-z]+/.exec(problem)
        return { key: first ? asFieldKey(first[0]) : null, text: `数字对不上：${translatePaths(problem)}` }
      })
  }
  return [{ key: null, text: failure.message }]
}

/** Problems that belong beside a row of the form: the row's own and its two cells'. */
export function problemsOfRow(problems: readonly Problem[], figure: FigureKey): Problem[] {
  return problems.filter((p) => p.key === figure || p.key === `${figure}.owners` || p.key === `${figure}.area`)
}
