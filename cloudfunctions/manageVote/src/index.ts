import { manageVoteApi, VOTE_ERRORS, VOTE_LABELS } from '../../../core/api/vote'
import { defineFunction } from '../../../server/handler'
import { listBuildings } from '../../../server/vote/buildings'
import { createDraft, deleteDraft, submit, updateDraft } from '../../../server/vote/drafts'
import { exportNonParticipants, nonParticipants } from '../../../server/vote/exports'
import { findFaceFailures, verifyInPerson } from '../../../server/vote/offline'
import { remind } from '../../../server/vote/remind'
import { approve, reject } from '../../../server/vote/review'
import { auditLog, get, list, turnout } from '../../../server/vote/viewing'

/** 电子决策管理 (manual 十一): drafting (with the register's buildings), review, viewing, turnout, exports, 线下认证, reminders, audit log. */
export const main = defineFunction(
  'manageVote',
  manageVoteApi,
  { errors: VOTE_ERRORS, labels: VOTE_LABELS },
  {
    createDraft,
    updateDraft,
    deleteDraft,
    submit,
    approve,
    reject,
    list,
    get,
    turnout,
    nonParticipants,
    exportNonParticipants,
    findFaceFailures,
    verifyInPerson,
    remind,
    auditLog,
    listBuildings,
  },
)
