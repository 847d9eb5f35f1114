import type { TodoAssignee, TodoKind, TodoStatus } from '../../core/api/todos'
import type { ScopedRole } from '../caller'
import type { TodoAction, TodoOutcome } from './kinds'

/** One step of a to-do's review history: who (by role, never shown by id), when, what. */
export interface TodoEvent {
  at: number
  /** The actor's openid, 'console' or 'system': kept for the audit, never shown. */
  by: string
  /** The actor's role as people read it ("街道办审核人"). */
  who: string
  action: TodoAction
  outcome?: TodoOutcome
  note?: string
}

/** A to-do (`todos` collection). The id is `todo:<kind>:<targetId>`, so a retry writes the same document. */
export interface TodoDoc {
  _id: string
  kind: TodoKind
  /** The source document (a vote, a staff account, a meeting…). */
  targetId: string
  communityId: string
  communityName: string
  subject: string
  page: string
  assignee: TodoAssignee
  /** `assignee` as one indexed string: the list and the count are one query each. */
  assigneeKey: string
  status: TodoStatus
  outcome: TodoOutcome | null
  createdAt: number
  updatedAt: number
  closedAt: number | null
  history: TodoEvent[]
}

export const todoId = (kind: TodoKind, targetId: string) => `todo:${kind}:${targetId}`

export function assigneeKey(a: TodoAssignee): string {
  switch (a.role) {
    case 'committee':
    case 'director': return `${a.role}:${a.communityId}`
    // A street's name is unique only within its district.
    case 'streetReviewer': return `street:${a.district}/${a.street}`
    case 'districtCentre': return `district:${a.district}`
  }
}

/** The committee people who handle the committee's to-dos; alternates (候补委员) do not act for it. */
const COMMITTEE_HANDLERS = new Set(['director', 'staff', 'member'])

/** Every organisation key the caller's active roles answer for. */
export function keysOfRoles(roles: readonly ScopedRole[]): string[] {
  const keys = new Set<string>()
  for (const r of roles) {
    if (r.status !== 'active') continue
    if (r.communityId && COMMITTEE_HANDLERS.has(r.role)) keys.add(assigneeKey({ role: 'committee', communityId: r.communityId }))
    if (r.communityId && r.role === 'director') keys.add(assigneeKey({ role: 'director', communityId: r.communityId }))
    if (r.role === 'streetReviewer' && r.street && r.district) keys.add(assigneeKey({ role: 'streetReviewer', street: r.street, district: r.district }))
    if (r.role === 'districtCentre' && r.district) keys.add(assigneeKey({ role: 'districtCentre', district: r.district }))
  }
  return [...keys]
}
