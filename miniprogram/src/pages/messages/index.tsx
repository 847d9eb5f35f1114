import { useState } from 'react'
import { View } from '@tarojs/components'
import type { TodoPage } from '@core/api/todos'
import RemoteView, { Empty } from '../../components/remote-view'
import { useRemote } from '../../hooks/useRemote'
import type { Result } from '../../services/cloud'
import { showTodoBadge, todos } from '../../services/todos'
import TodoItem from './TodoItem'
import { withFontScale } from '../../components/font-scale'
import './index.scss'

type Tab = 'open' | 'closed'
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'open', label: '待办' },
  { key: 'closed', label: '已办' },
]
const NOTHING: TodoPage = { rows: [], nextOffset: null, openCount: 0 }

/** One call per showing: the list and the open count for the tab-bar badge. */
async function loadTab(which: Tab): Promise<Result<TodoPage>> {
  const got = await todos('list', { status: which })
  // Someone whose roles are never asked to act (an owner, a stranger) simply has nothing here.
  const page = got.ok ? got.data : got.code === 'FORBIDDEN' || got.code === 'NOT_SIGNED_IN' ? NOTHING : null
  if (page) showTodoBadge(page.openCount)
  return page ? { ok: true, data: page } : got
}

/** 消息: 待办 (what this person's roles must handle) and 已办 (handled or withdrawn, with their history). */
function MessagesPage() {
  const [tab, setTab] = useState<Tab>('open')
  const { state, reload } = useRemote(() => loadTab(tab), [tab])
  return (
    <View className='messages'>
      <View className='messages__tabs'>
        {TABS.map((t) => (
          <View key={t.key} className={`messages__tab${t.key === tab ? ' messages__tab--on' : ''}`} onClick={() => setTab(t.key)}>
            {t.label}
            {t.key === 'open' && state.status === 'ready' && state.data.openCount > 0 && (
              <View className='messages__count'>{state.data.openCount}</View>
            )}
          </View>
        ))}
      </View>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(page) =>
          page.rows.length === 0 ? (
            <Empty text={tab === 'open' ? '暂无待办事项' : '暂无已办事项'} />
          ) : (
            <View>
              {page.rows.map((t) => (
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
