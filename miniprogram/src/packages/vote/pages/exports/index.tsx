import { View } from '@tarojs/components'
import RemoteView from '../../../../components/remote-view'
import { manageVote } from '../../../../services/vote'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import FaceCheck from './FaceCheck'
import NonParticipants from './NonParticipants'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 查看投票: the non-participant list (and its xlsx), and 线下认证 for the vote's community. */
function ExportsPage() {
  const { voteId = '' } = useParams()
  const { state, reload } = useRemote(() => manageVote('get', { voteId }))
  return (
    <View className='vp exports'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(vote) => (
          <View>
            <View className='card'>
              <View className='vp__title'>{vote.title}</View>
              <View className='vp__meta'>
                {vote.stateLabel} · {vote.scopeLabel}
              </View>
            </View>
            <NonParticipants voteId={vote.id} />
            <FaceCheck communityId={vote.communityId} />
          </View>
        )}
      </RemoteView>
    </View>
  )
}

export default withFontScale(ExportsPage)
