/**
 * Areas are integers in 0.01 m² ("centi"), formatted by integer arithmetic so the text is exact.
 * 8950 → '89.50'.
 */
export function formatCenti(centi: number): string {
  const sign = centi < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(centi))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
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
