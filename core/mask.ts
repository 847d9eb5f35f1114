/**
 * Masking for everything shown about a person (pure: the functions use it before answering, the
 * pages may use it too). Only a person's own phone is ever sent in full (myAccount); ID numbers are
 * never stored or sent in full at all.
 */

/** '13812345678' → '138****5678'. Anything not phone-like keeps only its last 4 characters. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`
  return phone.length <= 4 ? '****' : `****${phone.slice(-4)}`
}

/** An ID number shown from its stored last 4 characters: '****1234'. */
export function maskIdLast4(last4: string | null | undefined): string {
  return last4 ? `****${last4}` : ''
}

/** A bank account number: only its last 4 digits, '**** 6789'. */
export function maskAccountNumber(number: string): string {
  return `**** ${number.slice(-4)}`
}

/** A name keeps its surname: '张三' → '张*', '欧阳娜娜' → '欧阳**' (two characters for names of 4 or more). */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return chars.join('') || '*'
  const keep = chars.length >= 4 ? 2 : 1
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep)
}
