import type { TodoAssignee, TodoKind } from '../../core/api/todos'
import { COMMITTEE_TODO_HANDLERS, isIn } from '../../core/roles'
import type { ScopedRole } from '../caller'

export type { TodoDoc, TodoEvent } from '../collections/platform'

export const todoId = (kind: TodoKind, targetId: string) => `todo:${kind}:${targetId}`

export function assigneeKey(a: TodoAssignee): string {
  switch (a.role) {
    case 'committee':
    case 'director':
      return `${a.role}:${a.communityId}`
    // A street's name is unique only within its district.
    case 'streetReviewer':
      return `street:${a.district}/${a.street}`
    case 'districtCentre':
      return `district:${a.district}`
  }
}

/** Every organisation key the caller's active roles answer for. */
export function keysOfRoles(roles: readonly ScopedRole[]): string[] {
  const keys = new Set<string>()
  for (const r of roles) {
    if (r.status !== 'active') continue
    if (r.communityId && isIn(COMMITTEE_TODO_HANDLERS, r.role)) keys.add(assigneeKey({ role: 'committee', communityId: r.communityId }))
    if (r.communityId && r.role === 'director') keys.add(assigneeKey({ role: 'director', communityId: r.communityId }))
    if (r.role === 'streetReviewer' && r.street && r.district)
      keys.add(assigneeKey({ role: 'streetReviewer', street: r.street, district: r.district }))
    if (r.role === 'districtCentre' && r.district) keys.add(assigneeKey({ role: 'districtCentre', district: r.district }))
  }
  return [...keys]
}
