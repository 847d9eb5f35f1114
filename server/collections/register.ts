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

/**
 * `communities`: a 小区. Its totals (units, area, …) are not stored: they are derived from its units
 * (server/register/totals.ts), so no crash between writes can leave them disagreeing.
 */
export interface CommunityDoc {
  _id: string
  name: string
  district: string
  street: string
  /** 'importing' from the start of a register import until its last write (an interrupted import is finished by importing the file again). */
  importStatus?: 'importing' | 'ready'
  importStartedAt?: Date
  importedAt?: Date
  /** 大额资金转账公示: transfers from this amount (fen) up count as large; absent → the default (server/disclosures/transfers.ts). */
  largeTransferFen?: number
  /** 物业服务项目 and 物业服务企业, set by the operator (evaluations.setPropertyService); absent until then. */
  propertyProject?: string
  propertyCompany?: string
  /** 大额资金转账公示: the community's rules let its director publish transfers; absent → no. */
  directorPublishesTransfers?: boolean
}
