/**
 * Areas are integers in 0.01 m² ("centi"), formatted by integer arithmetic so the text is exact.
 * 8950 → '89.50'.
 */
export function formatCenti(centi: number): string {
  return formatScaled(centi, 2)
}

/** An integer count of 10^-decimals (decimals ≥ 1) as exact decimal text: (171755223, 3) → '171755.223'. */
export function formatScaled(units: number, decimals: number): string {
  const sign = units < 0 ? '-' : ''
  const digits = String(Math.abs(Math.trunc(units))).padStart(decimals + 1, '0')
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`
}

/** An area counted in 10^-decimals m², e.g. a published figure: (171755223, 3) → '171755.223 m²'. */
export function formatAreaUnits(units: number, decimals: number): string {
  return `${formatScaled(units, decimals)} ${MEASURE.area}`
}

/** 8950 → '89.50 m²'. */
export function formatArea(centi: number): string {
  return `${formatCenti(centi)} ${MEASURE.area}`
}

/**
 * The measure words the product uses everywhere: 人 counts parties (the law's headcount: one buyer
 * of several flats is one person, co-owners of one flat are one person), 套 counts units, m² area.
 */
export const MEASURE = { people: '人', units: '套', area: 'm²' } as const

/** 12 → '12 人' (parties, the law's headcount). */
export function formatPeople(count: number): string {
  return `${count} ${MEASURE.people}`
}

/** 600 → '600 套' (units). */
export function formatUnits(count: number): string {
  return `${count} ${MEASURE.units}`
}
