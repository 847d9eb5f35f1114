import type { TodoAssignee, TodoKind } from '../../core/api/todos'
import { pageLink } from '../../core/pages'

/** Whom each kind waits on: the role part of its assignee (the organisation comes from the source). */
type AssigneeRole = TodoAssignee['role']

/** The features whose documents a kind shared by several of them (contentReview) can point at. */
export type TodoSource = 'vote' | 'meeting' | 'disclosure' | 'transfer' | 'correction' | 'evaluation'

interface KindSpec {
  /** What the assignee is asked to do, as the 消息 tab shows it. */
  title: string
  assignedTo: AssigneeRole
  /** The page that handles it, from the to-do's source (and, for kinds several features raise, which feature, and its community). */
  page(targetId: string, source?: TodoSource, communityId?: string): string
}

/**
 * The one registry of to-do kinds. A feature that needs someone to act adds its kind here (and to
 * `TodoKind` in core/api/todos.ts; the `Record` makes a missing one a type error).
 */
export const TODO_KINDS: Record<TodoKind, KindSpec> = {
  voteReview: {
    title: '审核投票申请',
    assignedTo: 'streetReviewer',
    page: (voteId) => pageLink('voteDetail', { voteId, as: 'street' }),
  },
  voteConfirmTally: {
    title: '确认投票统计结果',
    assignedTo: 'streetReviewer',
    page: (voteId) => pageLink('voteStatistics', { voteId, as: 'street' }),
  },
  voteConfirmTallyCommittee: {
    title: '业委会确认投票统计结果',
    assignedTo: 'director',
    page: (voteId) => pageLink('voteStatistics', { voteId, as: 'committee' }),
  },
  staffAuthorisation: {
    title: '授权业委会人员',
    assignedTo: 'director',
    page: () => pageLink('accountStaff', {}),
  },
  disclosureOverdue: {
    title: '逾期未公开',
    assignedTo: 'committee',
    // targetId is `<communityId>:<category>:<period key>`.
    page: (targetId) => pageLink('disclosureCalendar', { communityId: targetId.split(':')[0] }),
  },
  disclosureCorrection: {
    title: '答复业主纠错',
    assignedTo: 'committee',
    // targetId is the request's id, `<disclosureId>:<uuid>` (server/disclosures/correctionRequests.ts).
    page: (targetId) => pageLink('disclosureDetail', { id: targetId.split(':')[0] }),
  },
  // targetId is the transfer that completed the group.
  transferSplit: {
    title: '核查疑似拆分的大额转账',
    assignedTo: 'committee',
    page: (transferId) => pageLink('transferDetail', { id: transferId }),
  },
  transferSplitStreet: {
    title: '关注疑似拆分的大额转账',
    assignedTo: 'streetReviewer',
    page: (transferId) => pageLink('transferDetail', { id: transferId }),
  },
  contentReview: {
    title: '复核疑似违规内容',
    assignedTo: 'committee',
    page: (targetId, source, communityId = '') => {
      switch (source) {
        case 'meeting':
          return pageLink('committeeMeeting', { id: targetId })
        case 'disclosure':
          return pageLink('disclosureDetail', { id: targetId })
        case 'transfer':
          return pageLink('transferDetail', { id: targetId })
        case 'evaluation':
          return pageLink('evaluationStatistics', { communityId })
        // A correction request's id is `<disclosureId>:<uuid>`: it is shown under its item.
        case 'correction':
          return pageLink('disclosureDetail', { id: targetId.split(':')[0] })
        default:
          return pageLink('voteDetail', { voteId: targetId, as: 'committee' })
      }
    },
  },
  ratingObjection: {
    title: '处理评价异议',
    assignedTo: 'districtCentre',
    page: (ratingId) => pageLink('evaluationObjection', { ratingId }),
  },
  // A notice's to-dos are per community: `targetId` is `<noticeId>:<communityId>` (server/notices/todos.ts).
  noticeReply: {
    title: '回复通知',
    assignedTo: 'committee',
    page: (targetId) => noticePage(targetId),
  },
  noticeOverdue: {
    title: '通知回复已逾期',
    assignedTo: 'director',
    page: (targetId) => noticePage(targetId),
  },
  tenderStage: {
    title: '查看招标项目进展',
    assignedTo: 'committee',
    page: (projectId) => pageLink('tenderProject', { id: projectId }),
  },
  tenderPublishNotice: {
    title: '在招标平台发布招标公告',
    assignedTo: 'committee',
    page: (projectId) => pageLink('tenderProject', { id: projectId }),
  },
  // A person's required course: targetId is `<courseId>:<communityId>:<openid>` (server/training/required.ts).
  // Assigned to the committee (to-dos go to a role, never to a person); the subject names her and the due day.
  trainingRequired: {
    title: '完成必修课程',
    assignedTo: 'committee',
    page: (targetId) => trainingCoursePage(targetId),
  },
  trainingOverdue: {
    title: '必修课程逾期未完成',
    assignedTo: 'director',
    page: (targetId) => trainingCoursePage(targetId),
  },
}

function trainingCoursePage(targetId: string): string {
  const [courseId, communityId] = targetId.split(':')
  return pageLink('trainingCourse', { id: courseId, communityId })
}

function noticePage(targetId: string): string {
  const at = targetId.indexOf(':')
  const noticeId = targetId.slice(0, at)
  const communityId = targetId.slice(at + 1)
  return pageLink('noticeReceived', { noticeId, communityId })
}

/** How a to-do was handled, as the 已办 list and its history say it. */
export const TODO_OUTCOME_LABELS = {
  approved: '审核通过',
  rejected: '驳回',
  confirmed: '已确认',
  authorised: '已授权',
  revoked: '已停用',
  edited: '已修改内容',
  kept: '复核后保留',
  replied: '已回复',
  published: '已公开',
  upheld: '异议成立',
  dismissed: '异议不成立',
  completed: '已完成学习',
} as const
export type TodoOutcome = keyof typeof TODO_OUTCOME_LABELS

export const TODO_ACTION_LABELS = { created: '发起', reopened: '重新发起', handled: '办理', cancelled: '撤销' } as const
export type TodoAction = keyof typeof TODO_ACTION_LABELS

export const ASSIGNEE_LABELS: Record<AssigneeRole, string> = {
  committee: '业委会',
  director: '业委会主任',
  streetReviewer: '街道办',
  districtCentre: '区住房中心',
}
