import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { MyBallotEntry } from '@core/api/vote'
import RemoteView from '../../../../components/remote-view'
import StateTag from '../../../../components/state-tag'
import { castVote } from '../../../../services/vote'
import { useRemote } from '../../../../hooks/useRemote'
import { voteRoutes } from '../../routes'
import { formatDateTime } from '@core/format'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** Every ballot the owner (or her delegate role) has cast; changeable until the end, checkable after the count. */
function MyBallotsPage() {
  const { state, reload } = useRemote(() => castVote('myBallots', {}))
  return (
    <View className='vp'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(ballots) => (
          <View>
            {ballots.length === 0 && <View className='vp__empty'>您还没有投过票</View>}
            {ballots.map((b) => (
              <BallotCard key={`${b.voteId}:${b.partyId}`} ballot={b} />
            ))}
          </View>
        )}
      </RemoteView>
    </View>
  )
}

function BallotCard({ ballot }: { ballot: MyBallotEntry }) {
  const go = (url: string) => void Taro.navigateTo({ url })
  return (
    <View className='card'>
      <View className='vp__title'>{ballot.title}</View>
      <View className='vp__row'>
        <StateTag state={ballot.state} label={ballot.stateLabel} />
      </View>
      <View className='vp__meta'>
        房屋：{ballot.rooms.join('、')}
        {ballot.as === 'delegate' ? '（受委托）' : ''}
      </View>
      <View className='vp__meta'>回执码：{ballot.receipt}</View>
      <View className='vp__meta'>
        提交时间：{formatDateTime(ballot.castAt)}
        {ballot.changes > 0 ? `（已修改 ${ballot.changes} 次）` : ''}
      </View>
      <View className='vp__actions'>
        {ballot.state === 'voting' && (
          <AtButton onClick={() => go(voteRoutes.ballot(ballot.voteId, ballot.partyId))}>查看或修改选票</AtButton>
        )}
        {ballot.state === 'tallied' && <AtButton onClick={() => go(voteRoutes.result(ballot.voteId))}>查看结果并核对回执</AtButton>}
      </View>
    </View>
  )
}

export default withFontScale(MyBallotsPage)
