import { View } from '@tarojs/components'
import { getMeeting } from '../../../../services/committee'
import RemoteView from '../../../../components/remote-view'
import { useCommunity } from '../../../../hooks/useCommunity'
import { useRemote } from '../../../../hooks/useRemote'
import { useParams } from '../../../../hooks/useParams'
import { MeetingForm } from './MeetingForm'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** Adds a meeting (no `?id=`) or edits one. */
function MeetingEditPage() {
  const params = useParams()
  const meetingId = params.id ?? ''
  const { communityId, me } = useCommunity()
  const meeting = useRemote(() => getMeeting({ meetingId }), meetingId ? [meetingId] : null)
  if (meetingId) {
    return (
      <RemoteView state={meeting.state} onRetry={() => void meeting.reload()}>
        {(m) => <MeetingForm communityId={m.communityId} existing={m} />}
      </RemoteView>
    )
  }
  if (me.state.status === 'ready' && communityId) return <MeetingForm communityId={communityId} />
  return (
    <RemoteView state={me.state} onRetry={() => void me.reload()}>
      {() => <View className='form__lead'>没有找到您所在的小区</View>}
    </RemoteView>
  )
}

export default withFontScale(MeetingEditPage)
