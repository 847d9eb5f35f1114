import { FIGURE_KEYS, type FigureKey } from '@core/vote/verify-schema'

/**
 * The form's contents as typed, and the announcement JSON it stands for — the very input
 * `npm run verify-result` reads, so the page checks exactly what the command would.
 * Text stays text: the shared checker reads areas from their digits (never via floats) and
 * names each bad figure, so the form converts as little as it can.
 */

export interface FigureText {
  owners: string
  area: string
}

export interface AnnouncementForm {
  major: boolean
  figures: Record<FigureKey, FigureText>
}

/** 无效 and 从众 may be left out: a notice without them reports none (see verify-schema.ts). */
export const OPTIONAL_ROWS: readonly FigureKey[] = ['invalid', 'followMajority']

export function emptyForm(): AnnouncementForm {
  const figures = Object.fromEntries(FIGURE_KEYS.map((k) => [k, { owners: '', area: '' }])) as AnnouncementForm['figures']
  return { major: false, figures }
}

const row = (owners: number, area: string): FigureText => ({ owners: String(owners), area })

/**
 * A realistic notice: 1286 households, 902 took part (over ⅔ by both measures), an ordinary item
 * passed with 611 agreeing; 20 households chose 从众. Every part adds up to 参与表决 exactly.
 */
export function exampleForm(): AnnouncementForm {
  return {
    major: false,
    figures: {
      total: row(1286, '112345.67'),
      participated: row(902, '80123.45'),
      agree: row(611, '55432.10'),
      oppose: row(201, '17654.32'),
      abstain: row(60, '5012.34'),
      invalid: row(10, '824.59'),
      followMajority: row(20, '1200.10'),
    },
  }
}

/** Full-width digits and points (中文输入法) read as the usual ones; spaces around are dropped. */
function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/－/g, '-')
    .trim()
}

/** A count that looks like a number becomes one, so the checker can say "应为整数" or "不能为负数". */
function ownersValue(text: string): number | string | null {
  const t = normalize(text)
  if (t === '') return null
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t
}

function areaValue(text: string): string | null {
  const t = normalize(text)
  return t === '' ? null : t
}

/** The announcement JSON the form stands for: an empty box is an unknown figure (null). */
export function formToAnnouncement(form: AnnouncementForm): Record<string, unknown> {
  const out: Record<string, unknown> = { major: form.major }
  for (const key of FIGURE_KEYS) {
    const { owners, area } = form.figures[key]
    if (OPTIONAL_ROWS.includes(key) && normalize(owners) === '' && normalize(area) === '') continue
    out[key] = { owners: ownersValue(owners), area: areaValue(area) }
  }
  return out
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return typeof value === 'number' ? String(value) : JSON.stringify(value)
}

/**
 * Fills the form from pasted announcement JSON, as far as the form can show it: what it cannot
 * (a wrong type, an extra field) is still checked as pasted, so the checker names it.
 */
export function formFromAnnouncement(input: unknown): AnnouncementForm {
  const form = emptyForm()
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return form
  const record = input as Record<string, unknown>
  form.major = record.major === true
  for (const key of FIGURE_KEYS) {
    const pair = record[key]
    if (typeof pair !== 'object' || pair === null) continue
    const { owners, area } = pair as Record<string, unknown>
    form.figures[key] = { owners: cellText(owners), area: cellText(area) }
  }
  return form
}
