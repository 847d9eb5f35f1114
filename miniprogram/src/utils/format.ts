/** 8950 → "89.50": areas are integers in 0.01 m², formatted without floating point. */
export function formatAreaCenti(areaCenti: number): string {
  const sign = areaCenti < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(areaCenti))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** "3栋 2单元 1502" — empty parts are left out. */
export function formatUnit(unit: { building: string; unitNo: string; room: string }): string {
  return [unit.building, unit.unitNo, unit.room].filter(Boolean).join(' ')
}

/** "街道办审核人·桃源街道（待审核）": the scope of a street/district role, and a role not yet approved says so. */
export function formatRole(role: { label: string; scopeName?: string; status: string }): string {
  const name = role.scopeName ? `${role.label}·${role.scopeName}` : role.label
  if (role.status === 'pending') return `${name}（待审核）`
  if (role.status === 'revoked') return `${name}（已撤销）`
  return name
}
