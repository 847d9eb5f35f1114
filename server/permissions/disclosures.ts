import { disclosuresApi } from '../../core/api/disclosures'
import { AREA_ROLES, COMMITTEE_ROLES, VOTER_ROLES } from '../../core/roles'
import { permissionsFor } from './table'

/**
 * 信息公开 (manual 八: the director publishes and voids), 信息公开查询 (owners see their community's,
 * the committee and the property manager too, street offices and centres the communities they reach;
 * drafts only the committee, decided inside), 大额资金转账公示 (manual 九: the property project manager, and the director where the community's rules say so).
 */
const READERS = [...VOTER_ROLES, ...COMMITTEE_ROLES, 'propertyManager', ...AREA_ROLES] as const

export const DISCLOSURE_PERMISSIONS = permissionsFor('disclosures', disclosuresApi, {
  saveDraft: ['director'],
  publishDisclosure: ['director'],
  voidDisclosure: ['director'],
  correctDisclosure: ['director'],
  listDisclosures: READERS,
  getDisclosure: READERS,
  // 纠错: owners (and their delegates) ask; the publisher's committee answers (its to-do).
  requestCorrection: VOTER_ROLES,
  answerCorrection: COMMITTEE_ROLES,
  disclosureTemplate: ['director'],
  previewImport: ['director'],
  importDisclosures: ['director'],

  disclosureCalendar: [...COMMITTEE_ROLES, ...AREA_ROLES],
  saveCalendar: ['director'],

  // The director too, where the community's rules say so (checked inside: server/disclosures/transfers.ts).
  publishTransfer: ['propertyManager', 'director'],
  // The director too where the community's rules let the director publish transfers (server/disclosures/transferRules.ts).
  executeTransfer: ['propertyManager', 'director'],
  voidTransfer: ['propertyManager', 'director'],
  getTransfer: READERS,
  listTransfers: READERS,
  saveTransferRules: ['director'],
})
