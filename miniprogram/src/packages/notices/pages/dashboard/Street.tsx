import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useRemote } from '../../../../hooks/useRemote'
import { notices } from '../../../../services/notices'
import { noticesRoutes } from '../../routes'

/** The communities of one street with their state; tapping one opens its reply. */
export default function Street({ noticeId, district, street }: { noticeId: string; district: string; street: string }) {
  const { state, reload } = useRemote(
    () => notices('communityStatuses', { noticeId, district, street, limit: 1000 }),
    [noticeId, district, street],
  )
  return (
    <RemoteView state={state} onRetry={() => void reload()}>
      {(page) =>
        page.rows.length === 0 ? (
          <Empty text='这个街道没有接收的小区' />
        ) : (
          <View>
            {page.rows.map((c) => (
              <View
                key={c.communityId}
                className='nt-count'
                onClick={() => void Taro.navigateTo({ url: noticesRoutes.reply(noticeId, c.communityId) })}
              >
                <View className='nt-count__name'>{c.communityName}</View>
                <View className='nt-count__nums'>{c.statusLabel}</View>
              </View>
            ))}
          </View>
        )
      }
    </RemoteView>
  )
}
