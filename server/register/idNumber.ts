/**
 * Certificate numbers as they appear in a property register. Mainland resident ID cards are checked
 * strictly (date and GB 11643 check digit) because a typo there silently locks an owner out of binding;
 * other certificates (passport, 港澳台 permits) only by shape, since their formats vary.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The GB 11643-1999 check character for the first 17 digits of a mainland ID number. */
export function mainlandCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

export type IdCheck = { ok: true; value: string } | { ok: false; reason: string }

/** Normalises (trim, upper case, no inner spaces) and validates; the reason is a Chinese sentence. */
export function checkIdNumber(raw: string): IdCheck {
  const value = raw.replace(/\s+/g, '').toUpperCase()
  if (!value) return { ok: false, reason: '证件号码为空' }
  if (/^\d{17}[\dX]$/.test(value)) {
    if (!validDate(value.slice(6, 14))) return { ok: false, reason: `身份证号码 ${mask(value)} 中的出生日期不正确` }
    if (mainlandCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: `身份证号码 ${mask(value)} 的校验位不正确` }
    return { ok: true, value }
  }
  if (/^\d+X?$/.test(value)) return { ok: false, reason: `身份证号码 ${mask(value)} 应为18位` }
  // Passport, 港澳居民来往内地通行证, 台湾居民来往大陆通行证, 外国人永久居留证 and the like.
  if (/^[A-Z0-9]{6,20}$/.test(value) && /[A-Z]/.test(value)) return { ok: true, value }
  return { ok: false, reason: `证件号码 ${mask(value)} 格式不正确` }
}

function validDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= daysInMonth
}

/** Error messages name the certificate without repeating it in full (they end up in logs). */
function mask(value: string): string {
  return value.length <= 8 ? value : `${value.slice(0, 4)}…${value.slice(-4)}`
}
