import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { Remote } from '../../hooks/useRemote'
import type { RoleView } from '@core/api/identity'
import { committeeHint } from '../../utils/roles'

export interface RemoteViewProps<T> {
  /** 页面等待的数据：加载中、已加载或失败 */
  state: Remote<T>
  /** 点“重新加载”时调用 */
  onRetry: () => void
  /** 当前用户的角色；被拒绝时据此说明原因（如经办人仍在等待主任授权） */
  roles?: readonly RoleView[] | null
  /** 已加载的内容 */
  children: (data: T) => ReactNode
}

/** Loading, the server's own failure message with a retry (and why a refusal happened), or the content. */
export default function RemoteView<T>({ state, onRetry, roles, children }: RemoteViewProps<T>) {
  if (state.status === 'loading') return <View className='remote-view__hint muted'>正在加载…</View>
  if (state.status === 'failed') {
    const hint = state.failure.code === 'FORBIDDEN' ? committeeHint(roles ?? []) : null
    return (
      <View className='remote-view__hint'>
        <View className='remote-view__error'>{state.failure.message}</View>
        {hint && <View className='remote-view__waiting'>{hint}</View>}
        <AtButton className='remote-view__retry' onClick={onRetry}>
          重新加载
        </AtButton>
      </View>
    )
  }
  return <>{children(state.data)}</>
}

/** What an empty list says, in the same look. */
export function Empty({ text }: { text: string }) {
  return <View className='remote-view__empty muted'>{text}</View>
}
