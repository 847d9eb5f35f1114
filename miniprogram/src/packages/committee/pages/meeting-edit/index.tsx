import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { getMeeting } from '../../../../services/committee'
import { RemoteView } from '../../../account/shared/RemoteView'
import { useCommunity } from '../../../account/shared/useCommunity'
import { useRemote } from '../../../account/shared/useRemote'
import { MeetingForm } from './MeetingForm'
import './index.scss'

/** Adds a meeting (no `?id=`) or edits one. */
export default function MeetingEditPage() {
  const { params } = useRouter()
  const meetingId = params.id ?? ''
  const { communityId, me } = useCommunity()
  const meeting = useRemote(() => getMeeting({ meetingId }), meetingId || null)
  if (meetingId) {
    return (
      <RemoteView remote={meeting.remote} reload={() => void meeting.reload()}>
        {(m) => <MeetingForm communityId={m.communityId} existing={m} />}
      </RemoteView>
    )
  }
  if (me.remote.status === 'ready' && communityId) return <MeetingForm communityId={communityId} />
  return (
    <RemoteView remote={me.remote} reload={() => void me.reload()}>
      {() => <View className='form__lead'>没有找到您所在的小区</View>}
    </RemoteView>
  )
}
