import { View } from '@tarojs/components'
import type { ReceivedNotice } from '@core/api/notices'
import { formatDateTime } from '@core/format'
import FileList from '../../../components/file-list'
import type { Failure } from '../../../services/cloud'

/** Who opened the notice first and when, and whether it was acknowledged: both sides read the same lines. */
export function ReadBy({ n }: { n: ReceivedNotice }) {
  return (
    <View>
      {n.readAt && (
        <View className='nt-card__meta'>
          {n.readBy} 于 {formatDateTime(n.readAt)} 首次查看
        </View>
      )}
      {n.acknowledgedAt && <View className='nt-card__meta'>已于 {formatDateTime(n.acknowledgedAt)} 确认知悉</View>}
    </View>
  )
}

/** The current reply and every earlier version, newest first. */
export default function ReplyVersions({ n, onError }: { n: ReceivedNotice; onError: (f: Failure) => void }) {
  const versions = n.reply ? [n.reply, ...n.earlierReplies] : []
  return (
    <View>
      {versions.map((v, i) => (
        <View key={i} className='nt-card'>
          <View className='nt-card__meta'>
            {i === 0 ? '当前回复' : '此前的回复'} · {v.who} · {formatDateTime(v.at)}
          </View>
          <View className='nt-card__body'>{v.text}</View>
          {v.attachments.length > 0 && <FileList files={v.attachments} onError={onError} />}
        </View>
      ))}
    </View>
  )
}
