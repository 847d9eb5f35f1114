/** Mainland mobile numbers; registers sometimes carry +86 or spaces/dashes. */
export function normalisePhone(raw: string): string | undefined {
  const digits = raw.replace(/[\s\-()]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined
}

/** 13812341234 → 138****1234; phones never leave the server unmasked. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****'
}
