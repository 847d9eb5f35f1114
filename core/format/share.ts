/**
 * A share (0…1) as people read it: whole percents, except that a share that is not nothing never
 * reads 0% and one that is not everything never reads 100% (1 of 600 households is 0.2%, not 0%).
 */
export function formatShare(share: number): string {
  if (share <= 0) return '0%'
  if (share >= 1) return '100%'
  const percent = share * 100
  if (percent < 0.1) return '不到0.1%'
  if (percent < 1) return `${percent.toFixed(1)}%`
  return `${Math.min(99, Math.round(percent))}%`
}
