import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { MyAccount } from '@core/api/account'
import { COMMITTEE_ROLE_NAMES } from '../../../services/account'
import type { Remote } from './useRemote'

interface Props<T> {
  remote: Remote<T>
  reload: () => void
  /** The caller's account, so a refusal can say why (a staff account still waiting for the director). */
  account?: MyAccount | null
  children: (data: T) => ReactNode
}

/** Loading, the server's own failure message with a retry, or the loaded content. */
export function RemoteView<T>({ remote, reload, account, children }: Props<T>) {
  if (remote.status === 'loading') return <View className='remote-view__hint muted'>正在加载…</View>
  if (remote.status === 'failed') {
    return (
      <View className='remote-view__hint'>
        <View className='remote-view__error'>{remote.failure.message}</View>
        {remote.failure.code === 'FORBIDDEN' && waitingForDirector(account) && (
          <View className='remote-view__waiting'>您的账号正在等待业委会主任授权，授权后才能查看。</View>
        )}
        <AtButton className='remote-view__retry' onClick={reload}>重新加载</AtButton>
      </View>
    )
  }
  return <>{children(remote.data)}</>
}

/** A committee account bound but not yet authorised, and no active committee role to fall back on. */
export function waitingForDirector(account: MyAccount | null | undefined): boolean {
  if (!account) return false
  const committee = account.roles.filter((r) => COMMITTEE_ROLE_NAMES.includes(r.role))
  return committee.some((r) => r.status === 'pending') && !committee.some((r) => r.status === 'active')
}

export function Empty({ text }: { text: string }) {
  return <View className='remote-view__empty muted'>{text}</View>
}
