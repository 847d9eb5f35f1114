import { useCallback, useEffect } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { RoleView } from '@core/api/identity'
import { isIn, TODO_HANDLER_ROLES } from '@core/roles'
import { showTodoBadge, todos } from '../services/todos'

/**
 * Keeps the 消息 tab's badge at the number of open to-dos when the home page appears and whenever it
 * shows again, for people whose roles are assigned to-dos (one count call; owners never make it).
 */
export function useTodoBadge(roles: readonly RoleView[]): void {
  const handles = roles.some((r) => r.status === 'active' && isIn(TODO_HANDLER_ROLES, r.role))
  const refresh = useCallback(() => {
    if (handles)
      void todos('count', {}).then((got) => {
        if (got.ok) showTodoBadge(got.data.open)
      })
  }, [handles])
  useEffect(refresh, [refresh])
  useDidShow(refresh)
}
