import { NOTICE_ERRORS, NOTICE_LABELS, noticesApi } from '../../../core/api/notices'
import { defineFunction } from '../../../server/handler'
import { communityReply, communityStatuses, dashboard, exportPending } from '../../../server/notices/dashboard'
import { deleteDraft, getSent, listSent, saveDraft } from '../../../server/notices/drafts'
import { publishNotice, revokeNotice } from '../../../server/notices/publish'
import { alertStatus, subscribeAlerts } from '../../../server/notices/alerts'
import { acknowledgeNotice, badge, inbox, readNotice, replyNotice } from '../../../server/notices/receive'

/** 通知消息: the centres' drafts, publishing, revoking and dashboards; the committees' inbox, reading, 已知悉 and replies. */
export const main = defineFunction(
  'notices',
  noticesApi,
  { errors: NOTICE_ERRORS, labels: NOTICE_LABELS },
  {
    saveDraft,
    deleteDraft,
    publishNotice,
    revokeNotice,
    listSent,
    getSent,
    dashboard,
    communityStatuses,
    communityReply,
    exportPending,
    inbox,
    readNotice,
    acknowledgeNotice,
    replyNotice,
    alertStatus,
    subscribeAlerts,
    badge,
  },
)
