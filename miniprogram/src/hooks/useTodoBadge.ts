import { useCallback, useEffect } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { RoleView } from '@core/api/identity'
import { isIn, TODO_HANDLER_ROLES } from '@core/roles'
import { refreshMessagesBadge } from '../services/notices'

/**
 * Keeps the 消息 tab's badge at the server's count (open to-dos and unread notices, services/notices) when the home page appears and whenever it
 * shows again, for people whose roles are assigned to-dos (one count call; owners never make it).
 */
export function useTodoBadge(roles: readonly RoleView[]): void {
  const handles = roles.some((r) => r.status === 'active' && isIn(TODO_HANDLER_ROLES, r.role))
  const refresh = useCallback(() => {
    if (handles) void refreshMessagesBadge()
  }, [handles])
  useEffect(refresh, [refresh])
  useDidShow(refresh)
}
