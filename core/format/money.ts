/*
 * Money is integer fen (分) everywhere; yuan text is only what people read and type. Parsing works on
 * the digits, never through a float, so "0.1" + "0.2" cannot become 30.000000000000004 fen.
 */

/** 123456 → "1,234.56元"; negative amounts keep their sign. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}${String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}元`
}

/** "1,234.5" / "1234.56" / "12" → fen; null when it is not an amount with at most two decimals. */
export function parseYuan(text: string): number | null {
  const clean = text.trim().replace(/,/g, '').replace(/元$/, '')
  const match = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(clean)
  if (!match) return null
  const [, sign, whole, decimals = ''] = match
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'))
  return sign ? -fen : fen
}
