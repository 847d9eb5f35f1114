import Taro from '@tarojs/taro'
import type { TodosApi } from '@core/api/todos'
import { cloudFunction } from './cloud'

/** 待办 / 已办 (core/api/todos.ts): lists, the open count, one to-do with its history. */
export const todos = cloudFunction<TodosApi>('todos')

/** The 消息 tab's place in app.config.ts's tab bar. */
const MESSAGES_TAB = 1

/** Shows the open count on the 消息 tab (nothing when zero); a page without a tab bar just ignores it. */
export function showTodoBadge(open: number): void {
  const done =
    open > 0
      ? Taro.setTabBarBadge({ index: MESSAGES_TAB, text: open > 99 ? '99+' : String(open) })
      : Taro.removeTabBarBadge({ index: MESSAGES_TAB })
  void Promise.resolve(done).catch(() => {})
}
