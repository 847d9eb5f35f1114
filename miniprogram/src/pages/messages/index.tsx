import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { TodoPage } from '@core/api/todos'
import LoadView, { type LoadState } from '../../components/load-view'
import { showTodoBadge, todos } from '../../services/todos'
import TodoItem from './TodoItem'
import './index.scss'

type Tab = 'open' | 'closed'
const TABS: Array<{ key: Tab; label: string }> = [{ key: 'open', label: '待办' }, { key: 'closed', label: '已办' }]

/**
 * 消息: 待办 (what this person's roles must handle) and 已办 (handled or withdrawn, with their
 * history). One call per showing: the list and the open count for the tab-bar badge.
 */
export default function MessagesPage() {
  const [tab, setTab] = useState<Tab>('open')
  const [state, setState] = useState<LoadState<TodoPage>>({ status: 'loading' })
  const load = useCallback(async (which: Tab) => {
    setState({ status: 'loading' })
    const got = await todos('list', { status: which })
    // Someone whose roles are never asked to act (an owner, a stranger) simply has nothing here.
    if (!got.ok && (got.code === 'FORBIDDEN' || got.code === 'NOT_SIGNED_IN')) {
      setState({ status: 'ready', data: { items: [], hasMore: false, openCount: 0 } })
      showTodoBadge(0)
      return
    }
    setState(got.ok ? { status: 'ready', data: got.data } : { status: 'failed', failure: got })
    if (got.ok) showTodoBadge(got.data.openCount)
  }, [])
  useDidShow(() => { void load(tab) })
  const pick = (next: Tab) => { setTab(next); void load(next) }
  return (
    <View className='messages'>
      <View className='messages__tabs'>
        {TABS.map((t) => (
          <View key={t.key} className={`messages__tab${t.key === tab ? ' messages__tab--on' : ''}`} onClick={() => pick(t.key)}>
            {t.label}
            {t.key === 'open' && state.status === 'ready' && state.data.openCount > 0 && <View className='messages__count'>{state.data.openCount}</View>}
          </View>
        ))}
      </View>
      <LoadView state={state} onRetry={() => void load(tab)}>
        {(page) => page.items.length === 0
          ? <View className='messages__empty'>{tab === 'open' ? '暂无待办事项' : '暂无已办事项'}</View>
          : <View>{page.items.map((t) => <TodoItem key={t.id} todo={t} />)}</View>}
      </LoadView>
    </View>
  )
}
