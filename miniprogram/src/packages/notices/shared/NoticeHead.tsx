import { View } from '@tarojs/components'
import type { NoticeView } from '@core/api/notices'
import { formatDateTime } from '@core/format'
import FileList from '../../../components/file-list'
import type { Failure } from '../../../services/cloud'

/** A notice as both sides read it: title, sender, priority, deadline, body, attachments, and a revoked one's reason. */
export default function NoticeHead({ notice, onError }: { notice: NoticeView; onError: (f: Failure) => void }) {
  return (
    <View className='nt-card'>
      <View className='nt-card__title'>{notice.title}</View>
      <View className='nt-card__meta'>
        {notice.senderName} · {notice.priorityLabel} · {notice.publishedAt ? formatDateTime(notice.publishedAt) : notice.stateLabel}
      </View>
      <View className='nt-card__meta'>发送范围：{notice.targetLabel}</View>
      {notice.replyRequired && notice.replyDueAt && <View className='nt-card__meta'>回复截止：{formatDateTime(notice.replyDueAt)}</View>}
      {notice.state === 'revoked' && (
        <View className='nt-card__warn'>
          已撤回{notice.revokedAt ? `（${formatDateTime(notice.revokedAt)}）` : ''}：{notice.revokeReason}
        </View>
      )}
      {notice.body && <View className='nt-card__body'>{notice.body}</View>}
      {notice.attachments.length > 0 && <FileList files={notice.attachments} onError={onError} />}
    </View>
  )
}
