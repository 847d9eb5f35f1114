import { noticesApi } from '../../core/api/notices'
import { COMMITTEE_ROLES, COMMITTEE_TODO_HANDLERS, NOTICE_SENDER_ROLES } from '../../core/roles'
import { permissionsFor } from './table'

/**
 * 通知消息 (manual 六). The city and district centres draft, publish, revoke and follow their notices
 * (a district centre only its district's, server/notices/targets.ts); a committee's people read them,
 * and those who handle its to-dos acknowledge and reply. The badge is everyone's who can be asked to act.
 */
export const NOTICE_PERMISSIONS = permissionsFor('notices', noticesApi, {
  saveDraft: NOTICE_SENDER_ROLES,
  deleteDraft: NOTICE_SENDER_ROLES,
  publishNotice: NOTICE_SENDER_ROLES,
  revokeNotice: NOTICE_SENDER_ROLES,
  listSent: NOTICE_SENDER_ROLES,
  getSent: NOTICE_SENDER_ROLES,
  dashboard: NOTICE_SENDER_ROLES,
  communityStatuses: NOTICE_SENDER_ROLES,
  communityReply: NOTICE_SENDER_ROLES,
  exportPending: NOTICE_SENDER_ROLES,
  inbox: COMMITTEE_ROLES,
  readNotice: COMMITTEE_ROLES,
  acknowledgeNotice: COMMITTEE_TODO_HANDLERS,
  replyNotice: COMMITTEE_TODO_HANDLERS,
  alertStatus: COMMITTEE_ROLES,
  subscribeAlerts: COMMITTEE_ROLES,
  badge: [...COMMITTEE_ROLES, 'streetReviewer', 'districtCentre', 'cityCentre', 'operator'],
})
