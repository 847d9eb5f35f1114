import { tenderApi } from '../../core/api/tender'
import { AREA_ROLES, COMMITTEE_ROLES, COMMITTEE_TODO_HANDLERS, VOTE_STAFF_ROLES } from '../../core/roles'
import { permissionsFor } from './table'

/**
 * 招标投标管理 (manual 十五): the committee and those who supervise it read the projects; the director and
 * authorised staff register one by the platform's number. The platform's pushes reach `tenderPush` over HTTP,
 * which has no caller and no entry here: its signature is its only credential.
 */
export const TENDER_PERMISSIONS = permissionsFor('tender', tenderApi, {
  list: [...COMMITTEE_ROLES, ...AREA_ROLES],
  get: [...COMMITTEE_ROLES, ...AREA_ROLES],
  register: VOTE_STAFF_ROLES,
  acknowledge: COMMITTEE_TODO_HANDLERS,
})
