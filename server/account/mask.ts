/**
 * Masking for everything that leaves the server about another person. Only a person's own phone is
 * ever sent in full (myAccount); ID numbers are never stored or sent in full at all.
 */

/** '13812345678' → '138****5678'. Anything not phone-like keeps only its last 4 characters. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`
  return maskTail(phone)
}

/** An ID number shown from its stored last 4 characters: '****1234'. */
export function maskIdLast4(last4: string | null | undefined): string {
  return last4 ? `****${last4}` : ''
}

/** A bank account number: only its last 4 digits, '**** 6789'. */
export function maskAccountNumber(number: string): string {
  return `**** ${number.slice(-4)}`
}

function maskTail(value: string): string {
  return value.length <= 4 ? '****' : `****${value.slice(-4)}`
}
