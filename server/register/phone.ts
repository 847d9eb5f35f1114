/** Mainland mobile numbers; registers sometimes carry +86 or spaces/dashes. */
export function normalisePhone(raw: string): string | undefined {
  const digits = raw.replace(/[\s\-()]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined
}
