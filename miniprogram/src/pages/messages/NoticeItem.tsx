import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { InboxRow } from '@core/api/notices'
import { formatDateTime } from '@core/format/time'
import { noticesRoutes } from '../../routes'

/** One received notice: title, sender, this committee's state; tapping opens it (the first open marks it read). */
export default function NoticeItem({ row, communityId }: { row: InboxRow; communityId: string }) {
  const fresh = row.state === 'published' && (row.status === 'unread' || row.status === 'overdue')
  return (
    <View className='todo' onClick={() => void Taro.navigateTo({ url: noticesRoutes.received(row.id, communityId) })}>
      <View className='todo__title'>
        {fresh && <View className='messages__dot' />}
        {row.title}
      </View>
      <View className='todo__subject'>
        {row.senderName} · {row.priorityLabel} · {row.replyRequired ? '需回复' : '不需回复'}
      </View>
      <View className='todo__meta'>
        {formatDateTime(row.publishedAt)}
        {row.replyRequired && row.replyDueAt ? ` · 截止 ${formatDateTime(row.replyDueAt)}` : ''}
        <View className='todo__outcome'>{row.statusLabel}</View>
      </View>
    </View>
  )
}
