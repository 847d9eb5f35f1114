import type { NoticesApi } from '@core/api/notices'
import type { InputOf } from '@core/api/contract'
import { cloudFunction } from './cloud'
import { showTodoBadge } from './todos'

/** The `notices` function (core/api/notices.ts): the centres' notices and the committees' inbox. */
export const notices = cloudFunction<NoticesApi>('notices')
type In<A extends keyof NoticesApi> = InputOf<NoticesApi, A>

export const saveDraft = (input: In<'saveDraft'>) => notices('saveDraft', input)
export const replyNotice = (input: In<'replyNotice'>) => notices('replyNotice', input)

/** The 消息 tab's badge from the server's count: open to-dos plus unread notices that need no reply. */
export async function refreshMessagesBadge(): Promise<void> {
  const got = await notices('badge', {})
  if (got.ok) showTodoBadge(got.data.count)
}
