import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { formatDateTime } from '@core/format'
import { getMeeting } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { committeeRoutes } from '../../routes'
import RemoteView from '../../../../components/remote-view'
import { useRemote } from '../../../../hooks/useRemote'
import { useParams } from '../../../../hooks/useParams'
import { DetailRows } from '../../../../components/detail-rows'
import FileList from '../../../../components/file-list'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** One meeting: topic, time, place, attendees, agenda, minutes and attachments. */
function MeetingPage() {
  const params = useParams()
  const meetingId = params.id ?? ''
  const meeting = useRemote(() => getMeeting({ meetingId }), [meetingId])
  const notice = useNotice()
  return (
    <View className='meeting'>
      <RemoteView state={meeting.state} onRetry={() => void meeting.reload()}>
        {(m) => (
          <View>
            <View className='section-title'>会议信息</View>
            <View className='detail'>
              <DetailRows
                rows={[
                  ['会议主题', m.topic],
                  ['时间', formatDateTime(m.heldAt)],
                  ['地点', m.place],
                  ['参会人员', m.attendees.join('、') || '未填写'],
                ]}
              />
            </View>
            <View className='section-title'>会议议程</View>
            <View className='detail'>
              <View className='detail__text'>{m.agenda || '未填写'}</View>
            </View>
            <View className='section-title'>会议纪要</View>
            <View className='detail'>
              <View className='detail__text'>{m.minutes || '未填写'}</View>
            </View>
            <View className='section-title'>附件</View>
            <View className='detail'>
              <FileList files={m.attachments} onError={notice.showError} />
            </View>
            {notice.inline}
            <View className='page-actions'>
              <AtButton
                type='primary'
                onClick={() => void Taro.navigateTo({ url: committeeRoutes.meetingEdit({ id: m.id, communityId: m.communityId }) })}
              >
                编辑
              </AtButton>
            </View>
          </View>
        )}
      </RemoteView>
      {notice.element}
    </View>
  )
}

export default withFontScale(MeetingPage)
