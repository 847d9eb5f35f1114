import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'

/** What a page is waiting for: loading, failed with the server's message, or ready. */
export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; failure: { message: string } }

export interface LoadViewProps<T> {
  state: LoadState<T>
  onRetry: () => void
  children: (data: T) => ReactNode
}

export default function LoadView<T>({ state, onRetry, children }: LoadViewProps<T>) {
  if (state.status === 'loading') return <View className='yw-load muted'>正在加载…</View>
  if (state.status === 'failed') {
    return (
      <View className='yw-load'>
        <View className='yw-load__error'>{state.failure.message}</View>
        <AtButton onClick={onRetry}>重新加载</AtButton>
      </View>
    )
  }
  return <>{children(state.data)}</>
}
