import { useState } from 'react'
import { View } from '@tarojs/components'
import type { Inbox } from '@core/api/notices'
import type { TodoPage } from '@core/api/todos'
import RemoteView, { Empty } from '../../components/remote-view'
import { useRemote } from '../../hooks/useRemote'
import type { Result } from '../../services/cloud'
import { notices, refreshMessagesBadge } from '../../services/notices'
import { todos } from '../../services/todos'
import NoticeItem from './NoticeItem'
import TodoItem from './TodoItem'
import { withFontScale } from '../../components/font-scale'
import './index.scss'

type Tab = 'inbox' | 'open' | 'closed'
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'inbox', label: '我接收的消息' },
  { key: 'open', label: '待办' },
  { key: 'closed', label: '已办' },
]
/** `none`: the caller serves on no committee, so there is no 我接收的消息 for her. */
type Shown = { kind: 'inbox'; inbox: Inbox } | { kind: 'todos'; page: TodoPage } | { kind: 'none' }
const NOTHING: TodoPage = { rows: [], nextOffset: null, openCount: 0 }
/** Someone whose roles are never asked to act (an owner, a stranger) simply has nothing here. */
const nobody = (code: string) => code === 'FORBIDDEN' || code === 'NOT_SIGNED_IN'

/** One call per showing (the committee's notices, or a to-do list), and the badge from the server's count. */
async function loadTab(which: Tab): Promise<Result<Shown>> {
  void refreshMessagesBadge()
  if (which === 'inbox') {
    const got = await notices('inbox', {})
    if (got.ok) return { ok: true, data: { kind: 'inbox', inbox: got.data } }
    return nobody(got.code) ? { ok: true, data: { kind: 'none' } } : got
  }
  const got = await todos('list', { status: which })
  if (got.ok || nobody(got.code)) return { ok: true, data: { kind: 'todos', page: got.ok ? got.data : NOTHING } }
  return got
}

/** 消息: 我接收的消息 (the committee's notices), 待办 (what this person's roles must handle) and 已办 (with their history). */
function MessagesPage() {
  // Null until the person taps a tab: she starts on 我接收的消息, or on 待办 when she has no message and something to do.
  const [picked, setTab] = useState<Tab | null>(null)
  // Someone on no committee (a street office, a centre) starts on 待办 and is not offered 我接收的消息.
  const [noInbox, setNoInbox] = useState(false)
  const tab: Tab = noInbox && (picked ?? 'inbox') === 'inbox' ? 'open' : (picked ?? 'inbox')
  const { state, reload } = useRemote(async () => {
    const got = await loadTab(tab)
    if (got.ok && got.data.kind === 'none') setNoInbox(true)
    if (picked === null && got.ok && got.data.kind === 'inbox' && got.data.inbox.rows.length === 0) {
      const open = await loadTab('open')
      if (open.ok && open.data.kind === 'todos' && open.data.page.openCount > 0) {
        setTab('open')
        return open
      }
    }
    return got
  }, [tab])
  return (
    <View className='messages'>
      <View className='messages__tabs'>
        {TABS.filter((t) => !(noInbox && t.key === 'inbox')).map((t) => (
          <View key={t.key} className={`messages__tab${t.key === tab ? ' messages__tab--on' : ''}`} onClick={() => setTab(t.key)}>
            {t.label}
            {t.key === 'open' && state.status === 'ready' && state.data.kind === 'todos' && state.data.page.openCount > 0 && (
              <View className='messages__count'>{state.data.page.openCount}</View>
            )}
            {t.key === 'inbox' && state.status === 'ready' && state.data.kind === 'inbox' && state.data.inbox.unread > 0 && (
              <View className='messages__count'>{state.data.inbox.unread}</View>
            )}
          </View>
        ))}
      </View>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(shown) =>
          shown.kind === 'none' ? (
            <Empty text='正在加载…' />
          ) : shown.kind === 'inbox' ? (
            shown.inbox.rows.length === 0 ? (
              <Empty text='暂无接收的消息' />
            ) : (
              <View>
                {shown.inbox.rows.map((r) => (
                  <NoticeItem key={r.id} row={r} communityId={shown.inbox.communityId} />
                ))}
              </View>
            )
          ) : shown.page.rows.length === 0 ? (
            <Empty text={tab === 'open' ? '暂无待办事项' : '暂无已办事项'} />
          ) : (
            <View>
              {shown.page.rows.map((t) => (
                <TodoItem key={t.id} todo={t} />
              ))}
            </View>
          )
        }
      </RemoteView>
    </View>
  )
}

export default withFontScale(MessagesPage)
