import { z } from 'zod'
import { action } from './contract'
import { Id } from '../schemas/common'
import { PageInput, type Page } from '../schemas/paging'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'

/**
 * 待办 / 已办 (the 消息 tab). A to-do is assigned to a role in an organisation, never to a person,
 * so whoever holds the role sees it and a handover strands nothing. The kinds, their titles, the
 * page that handles each and whom it is assigned to are registered in server/todos/kinds.ts.
 */
export const TodoKind = z.enum([
  'voteReview',
  'voteConfirmTally',
  'voteConfirmTallyCommittee',
  'staffAuthorisation',
  'contentReview',
  'noticeReply',
  'noticeOverdue',
  'disclosureOverdue',
  'ratingObjection',
  'tenderStage',
  'tenderPublishNotice',
  'disclosureCorrection',
  'transferSplit',
  'transferSplitStreet',
  'trainingRequired',
  'trainingOverdue',
])
export type TodoKind = z.infer<typeof TodoKind>

export type TodoStatus = 'open' | 'done' | 'cancelled'

export const TODO_STATUS_LABELS: Record<TodoStatus, string> = { open: '待办', done: '已办', cancelled: '已撤销' }

/** Whom a to-do waits on: a community's committee or its director, a street office, a district centre. */
export type TodoAssignee =
  | { role: 'committee' | 'director'; communityId: string }
  | { role: 'streetReviewer'; street: string; district: string }
  | { role: 'districtCentre'; district: string }

export interface TodoView {
  id: string
  kind: TodoKind
  /** What to do, e.g. "审核投票申请". */
  title: string
  /** What it is about, e.g. the vote's title or the person's name. */
  subject: string
  communityName: string
  status: TodoStatus
  statusLabel: string
  /** The mini program page that handles it (path and query, no leading slash). */
  page: string
  createdAt: number
  updatedAt: number
  closedAt: number | null
  /** How it was handled or why it was withdrawn ("审核通过", "驳回", "已授权"…); null while open. */
  outcomeLabel: string | null
}

export interface TodoEventView {
  at: number
  /** The role that acted ("街道办审核人", "系统"), never an id. */
  who: string
  action: string
  note: string | null
}

export interface TodoDetail extends TodoView {
  assigneeLabel: string
  history: TodoEventView[]
}

/** A page of to-dos (rows, nextOffset) and how many are open, for the tab-bar badge. */
export interface TodoPage extends Page<TodoView> {
  /** Open to-dos of the caller's organisations: the tab-bar badge. */
  openCount: number
}

/** The `todos` cloud function. */
export const todosApi = {
  list: action(PageInput({ max: 50, size: 20 }).extend({ status: z.enum(['open', 'closed']) })).returns<TodoPage>(),
  count: action(z.object({})).returns<{ open: number }>(),
  get: action(z.object({ todoId: Id })).returns<TodoDetail>(),
}
export type TodosApi = typeof todosApi

/** The todos function answers only common codes (a missing to-do is NOT_FOUND). */
export const TODOS_ERRORS = {} as const satisfies ErrorSentences

export const TODOS_LABELS: FieldLabels = { status: '列表', todoId: '待办事项', offset: '位置', limit: '条数' }
