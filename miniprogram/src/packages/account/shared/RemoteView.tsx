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
        {remote.failure.code === 'FORBIDDEN' && committeeHint(account) && (
          <View className='remote-view__waiting'>{committeeHint(account)}</View>
        )}
        <AtButton className='remote-view__retry' onClick={reload}>重新加载</AtButton>
      </View>
    )
  }
  return <>{children(remote.data)}</>
}

/** Why a committee person is refused: her account still waits for the director, or the director stopped it. */
export function committeeHint(account: MyAccount | null | undefined): string | null {
  const committee = (account?.roles ?? []).filter((r) => COMMITTEE_ROLE_NAMES.includes(r.role))
  if (committee.length === 0 || committee.some((r) => r.status === 'active')) return null
  if (committee.some((r) => r.status === 'pending')) return '您的账号正在等待业委会主任授权，授权后才能查看。'
  return '您的业委会人员账号已被停用，如有疑问请联系业委会主任。'
}

export function Empty({ text }: { text: string }) {
  return <View className='remote-view__empty muted'>{text}</View>
}
