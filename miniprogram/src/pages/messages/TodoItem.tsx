import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { TodoEventView, TodoView } from '@core/api/todos'
import { formatDateTime } from '@core/format/time'
import { todos } from '../../services/todos'

/** One to-do: what, about what, where; 办理 opens its page; 办理记录 shows who did what when. */
export default function TodoItem({ todo }: { todo: TodoView }) {
  const [history, setHistory] = useState<TodoEventView[] | 'loading' | string | null>(null)
  async function toggleHistory() {
    if (history !== null) {
      setHistory(null)
      return
    }
    setHistory('loading')
    const got = await todos('get', { todoId: todo.id })
    setHistory(got.ok ? got.data.history : got.message)
  }
  return (
    <View className='todo'>
      <View className='todo__title'>{todo.title}</View>
      <View className='todo__subject'>{todo.subject}</View>
      <View className='todo__meta'>
        {todo.communityName} · {formatDateTime(todo.status === 'open' ? todo.createdAt : (todo.closedAt ?? todo.updatedAt))}
        {todo.outcomeLabel && <View className='todo__outcome'>{todo.outcomeLabel}</View>}
      </View>
      <View className='todo__actions'>
        {todo.status === 'open' && (
          <AtButton type='primary' onClick={() => void Taro.navigateTo({ url: `/${todo.page}` })}>
            办理
          </AtButton>
        )}
        <AtButton onClick={() => void toggleHistory()}>{history === null ? '办理记录' : '收起记录'}</AtButton>
      </View>
      {history === 'loading' && <View className='todo__history muted'>正在加载…</View>}
      {typeof history === 'string' && history !== 'loading' && <View className='todo__history'>{history}</View>}
      {Array.isArray(history) && (
        <View className='todo__history'>
          {history.map((e, i) => (
            <View key={i} className='todo__event'>
              <View>
                {formatDateTime(e.at)} {e.who} {e.action}
              </View>
              {e.note && <View className='todo__note'>{e.note}</View>}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
