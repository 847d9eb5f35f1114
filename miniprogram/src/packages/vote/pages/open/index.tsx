import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { OpenVote } from '@core/api/vote'
import RemoteView from '../../../../components/remote-view'
import StateTag from '../../../../components/state-tag'
import { castVote } from '../../../../services/vote'
import { useRemote } from '../../../../hooks/useRemote'
import { verifyRoutes } from '../../../../routes'
import { voteRoutes } from '../../routes'
import { formatDateTime, formatPeople } from '@core/format'
import VoteNotices from './VoteNotices'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** The owner's entry: votes of her units, open ones first, with how many of her households have voted. */
function OpenVotesPage() {
  const { state, reload } = useRemote(() => castVote('openVotes', {}))
  return (
    <View className='vp'>
      <VoteNotices />
      <RemoteView state={state} onRetry={() => void reload()}>
        {(votes) => (
          <View>
            {votes.length === 0 && <View className='vp__empty'>目前没有需要您参加的投票</View>}
            {votes.map((v) => (
              <VoteCard key={v.id} vote={v} />
            ))}
          </View>
        )}
      </RemoteView>
      <View className='vp__actions'>
        <AtButton onClick={() => void Taro.navigateTo({ url: voteRoutes.myBallots() })}>我的选票</AtButton>
        <AtButton onClick={() => void Taro.navigateTo({ url: verifyRoutes.result() })}>核对投票结果</AtButton>
      </View>
    </View>
  )
}

function VoteCard({ vote }: { vote: OpenVote }) {
  const open = () => {
    const url = vote.state === 'tallied' ? voteRoutes.result(vote.id) : voteRoutes.ballot(vote.id)
    void Taro.navigateTo({ url })
  }
  const done = vote.parties > 0 && vote.voted >= vote.parties
  return (
    <View className='card vp__tap' onClick={open}>
      <View className='vp__title'>{vote.title}</View>
      <View className='vp__row'>
        <StateTag state={vote.state} label={vote.stateLabel} />
        {vote.state === 'voting' && <View className={done ? 'vp__ok' : 'vp__error'}>{done ? '已投票' : '未投票'}</View>}
      </View>
      <View className='vp__meta'>
        {vote.communityName} · {vote.scopeLabel} · {vote.itemCount} 个表决事项
      </View>
      <View className='vp__meta'>
        投票时间：{formatDateTime(vote.startAt)} 至 {formatDateTime(vote.endAt)}
      </View>
      {vote.parties > 1 && (
        <View className='vp__meta'>
          您有 {formatPeople(vote.parties)}可投票，已投 {formatPeople(vote.voted)}
        </View>
      )}
    </View>
  )
}

export default withFontScale(OpenVotesPage)
