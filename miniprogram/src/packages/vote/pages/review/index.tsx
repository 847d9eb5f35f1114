import { View } from '@tarojs/components'
import type { VoteState } from '@core/api/vote'
import RemoteView from '../../../../components/remote-view'
import { manageVote } from '../../../../services/vote'
import VoteSummaryCard from '../../components/VoteSummaryCard'
import { useRemote } from '../../../../hooks/useRemote'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 街道办（社区工作站）: what waits for us — applications to review and counts to confirm — then the rest. */
function ReviewPage() {
  return (
    <View className='vp'>
      <Queue title='待审核的投票申请' states={['reviewing']} empty='没有待审核的投票申请' />
      <Queue title='待确认的统计结果' states={['statistics']} empty='没有待确认的统计结果' />
      <Queue title='其他投票' states={['approved', 'voting', 'closed', 'supplementing', 'followMajority', 'tallied']} empty='暂无' />
    </View>
  )
}

function Queue({ title, states, empty }: { title: string; states: VoteState[]; empty: string }) {
  const { state, reload } = useRemote(() => manageVote('list', { states, limit: 100 }))
  return (
    <View>
      <View className='section-title'>{title}</View>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(votes) => (
          <View>
            {votes.length === 0 && <View className='card muted'>{empty}</View>}
            {votes.map((v) => (
              <VoteSummaryCard key={v.id} vote={v} viewer='street' aside={v.communityName} />
            ))}
          </View>
        )}
      </RemoteView>
    </View>
  )
}

export default withFontScale(ReviewPage)
