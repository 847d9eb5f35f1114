/** The parts of a unit's address as the register holds them: building '1' or '1栋', unit '2' or '', room '603'. */
export interface RoomParts {
  building: string
  unitNo: string
  room: string
}

/**
 * One label for a unit, the way people say it: { '1', '2', '603' } → '1栋2单元603'; a building or
 * unit already carrying its word ('A座', '2单元') keeps it; empty parts are left out.
 */
export function roomLabel(unit: RoomParts): string {
  const building = withWord(unit.building, '栋', /[栋座幢楼号]$/)
  const unitNo = withWord(unit.unitNo, '单元', /(单元|区)$/)
  return `${building}${unitNo}${unit.room.trim()}`
}

/** Only the building ('1栋业主'): how a rating names its rater without saying which flat. */
export function buildingOwnerLabel(unit: Pick<RoomParts, 'building'>): string {
  return `${withWord(unit.building, '栋', /[栋座幢楼号]$/) || '本小区'}业主`
}

function withWord(part: string, word: string, hasWord: RegExp): string {
  const text = part.trim()
  if (!text) return ''
  return hasWord.test(text) ? text : `${text}${word}`
}
