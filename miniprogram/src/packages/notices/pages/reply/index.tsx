import { View } from '@tarojs/components'
import RemoteView from '../../../../components/remote-view'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { notices } from '../../../../services/notices'
import ReplyVersions, { ReadBy } from '../../shared/ReplyVersions'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 小区回复 (sender): one community's state with the notice and its reply, with earlier versions. */
function ReplyPage() {
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
              <ReadBy n={n} />
            </View>
            {!n.reply && <View className='nt-card'>尚未回复</View>}
            <ReplyVersions n={n} onError={notice.showError} />
          </View>
        )}
      </RemoteView>
      {notice.inline}
      {notice.element}
    </View>
  )
}

export default withFontScale(ReplyPage)
