import type { PermissionTable } from './index'
import { COMMITTEE, GOVERNMENT } from './committee'

/**
 * 待办 / 已办 (the 消息 tab). Everyone who can be asked to act calls it; what they see is decided
 * inside by the organisations their roles answer for (server/todos/model.ts keysOfRoles), and a
 * single to-do is readable within the caller's reach as any record of its community.
 */
export const TODO_PERMISSIONS: PermissionTable = {
  'todos.list': [...COMMITTEE, ...GOVERNMENT, 'operator'],
  'todos.count': [...COMMITTEE, ...GOVERNMENT, 'operator'],
  'todos.get': [...COMMITTEE, ...GOVERNMENT, 'operator'],
}
