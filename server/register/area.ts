/**
 * Areas are read as decimal text and turned into integer 0.01 m² by string arithmetic, so that
 * "89.45" is exactly 8945 and never 8944.999…; no float ever decides a vote.
 */

export type AreaParse = { ok: true; centi: number } | { ok: false; reason: string }

const MAX_CENTI = 10_000_000_00

export function parseAreaCenti(text: string): AreaParse {
  const value = text
    .trim()
    .replace(/(平方米|㎡|m²|m2)$/i, '')
    .trim()
  if (!value) return { ok: false, reason: '面积为空' }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value)
  if (!match) return { ok: false, reason: `面积“${text.trim()}”不是数字` }
  const [, whole, fraction = ''] = match
  if (fraction.length > 2 && !/^0+$/.test(fraction.slice(2))) {
    return { ok: false, reason: `面积“${value}”超过两位小数` }
  }
  const centi = Number(whole) * 100 + Number((fraction + '00').slice(0, 2))
  if (!Number.isSafeInteger(centi) || centi > MAX_CENTI) return { ok: false, reason: `面积“${value}”太大` }
  if (centi <= 0) return { ok: false, reason: '面积必须大于0' }
  return { ok: true, centi }
}

/** 8945 → "89.45" (for registers we write and for messages). */
export function formatAreaCenti(centi: number): string {
  const whole = Math.trunc(centi / 100)
  const cents = String(centi % 100).padStart(2, '0')
  return `${whole}.${cents}`
}
