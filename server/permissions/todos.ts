import { todosApi } from '../../core/api/todos'
import { AREA_ROLES, COMMITTEE_ROLES } from '../../core/roles'
import { permissionsFor } from './table'

/**
 * 待办 / 已办 (the 消息 tab). Everyone who can be asked to act calls it; what they see is decided
 * inside by the organisations their roles answer for (server/todos/model.ts keysOfRoles), and a
 * single to-do is readable within the caller's reach as any record of its community.
 */
const CAN_BE_ASKED = [...COMMITTEE_ROLES, ...AREA_ROLES] as const

export const TODO_PERMISSIONS = permissionsFor('todos', todosApi, {
  list: CAN_BE_ASKED,
  count: CAN_BE_ASKED,
  get: CAN_BE_ASKED,
})
