/* The property register's documents (server/register/): communities, units, persons. */

/** `units`: one 专有部分 of the register (written by admin.importRegister, read by every feature). */
export interface UnitDoc {
  _id: string
  communityId: string
  building: string
  unitNo: string
  room: string
  areaCenti: number
  /** Sorted person ids; equal sets across units make one party (docs/counting-rules.md §1). */
  ownerIds: string[]
  developerHeld: boolean
  /** False once a later import no longer lists the unit; kept because ballots and audit refer to it. */
  inRegister: boolean
}

/** `persons`: a registered owner; `_id` is derived from the community and the ID hash. */
export interface PersonDoc {
  _id: string
  communityId: string
  name: string
  idHash: string
  idLast4: string
  /** Server-only: the SMS port needs it; every answer shows `phoneMasked` instead. */
  phone: string
  phoneMasked: string
  unitIds: string[]
  inRegister: boolean
}

/** `communities`: a 小区 with the register's totals. */
export interface CommunityDoc {
  _id: string
  name: string
  district: string
  street: string
  unitCount: number
  personCount: number
  developerHeldUnits: number
  totalAreaCenti: number
  /** 物业服务项目 and 物业服务企业, set by the operator (evaluations.setPropertyService); absent until then. */
  propertyProject?: string
  propertyCompany?: string
}
