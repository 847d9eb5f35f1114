/**
 * Finds mainland mobile numbers and 18-character ID numbers in an answer, wherever they sit
 * (strings or numbers, at any depth), other than the caller's own, and bank account numbers. Test
 * support for the rule "ID and phone numbers are never sent to a client unmasked, except a person's own".
 */
const PHONE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g
/** Bank card and account numbers (16–19 digits, 18 being caught as an ID number above). */
const ACCOUNT_NUMBER = /(?<![0-9A-Za-z])(?:\d{16,17}|\d{19,})(?![0-9A-Za-z])/g

export interface Own {
  phone?: string
  idNumber?: string
}

export function findUnmasked(answer: unknown, own: Own): string[] {
  const found: string[] = []
  walk(answer, '$', (text, where) => {
    for (const [kind, pattern] of [
      ['phone', PHONE],
      ['ID number', ID_NUMBER],
      ['account number', ACCOUNT_NUMBER],
    ] as const) {
      for (const match of text.match(pattern) ?? []) {
        const value = match.toUpperCase()
        if (value === own.phone || value === own.idNumber?.toUpperCase()) continue
        found.push(`unmasked ${kind} ${value.slice(0, 3)}…${value.slice(-4)} at ${where}`)
      }
    }
  })
  return found
}

function walk(value: unknown, where: string, visit: (text: string, where: string) => void): void {
  if (typeof value === 'string') visit(value, where)
  else if (typeof value === 'number' || typeof value === 'bigint') visit(String(value), where)
  else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`, visit))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`, visit)
  }
}
