import { View } from '@tarojs/components'
import { formatDateTime } from '@core/format'
import RemoteView from '../../../../components/remote-view'
import FileList from '../../../../components/file-list'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { notices } from '../../../../services/notices'
import './index.scss'

/** 小区回复 (sender): one community's state with the notice and its reply, with earlier versions. */
export default function ReplyPage() {
  const { noticeId, communityId } = useParams()
  const { state, reload } = useRemote(() => notices('communityReply', { noticeId, communityId }), [noticeId, communityId])
  const notice = useNotice()
  return (
    <View className='nt-reply'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(n) => (
          <View>
            <View className='nt-card'>
              <View className='nt-card__title'>{n.title}</View>
              <View className='nt-card__status'>{n.statusLabel}</View>
              {n.readAt && (
                <View className='nt-card__meta'>
                  {n.readBy} 于 {formatDateTime(n.readAt)} 首次查看
                </View>
              )}
              {n.acknowledgedAt && <View className='nt-card__meta'>已于 {formatDateTime(n.acknowledgedAt)} 确认知悉</View>}
            </View>
            {!n.reply && <View className='nt-card'>尚未回复</View>}
            {[n.reply, ...n.earlierReplies].filter(Boolean).map((v, i) => (
              <View key={i} className='nt-card'>
                <View className='nt-card__meta'>
                  {i === 0 ? '当前回复' : '此前的回复'} · {v!.who} · {formatDateTime(v!.at)}
                </View>
                <View className='nt-card__body'>{v!.text}</View>
                {v!.attachments.length > 0 && <FileList files={v!.attachments} onError={notice.showError} />}
              </View>
            ))}
          </View>
        )}
      </RemoteView>
      {notice.element}
    </View>
  )
}
