import { View } from '@tarojs/components'
import { formatPeople } from '@core/format'
import RemoteView from '../../../../components/remote-view'
import { supplementVote } from '../../../../services/vote'
import FinishStep from '../../components/FinishStep'
import { useParams } from '../../../../hooks/useParams'
import { useSupplement, type SupplementData } from '../../hooks/useSupplement'
import { voteRoutes } from '../../routes'
import FollowEntry from './FollowEntry'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 确认从众: the rule, the offline confirmations per room, then on to 统计录入. */
function FollowPage() {
  const { voteId = '' } = useParams()
  const { state, reload } = useSupplement(voteId)
  return (
    <View className='vp follow'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(d) => <Follow {...d} onChanged={() => void reload()} />}
      </RemoteView>
    </View>
  )
}

function Follow({ vote, overview, onChanged }: SupplementData & { onChanged: () => void }) {
  return (
    <View>
      <View className='card'>
        <View className='vp__title'>确认从众规则</View>
        <View className='follow__rule'>
          业主选择“从众”的，视为参与表决，并计入同意、反对两方中票数较多的一方；面积和人数分别计算，两方相等时不计入任何一方。
          {vote.followMajorityCounts
            ? '本次投票的议事规则采用从众。'
            : '本次投票的议事规则不采用从众：从众只计为参与表决，不计入同意或反对。'}
        </View>
        <View className='vp__meta'>已录入从众 {formatPeople(overview.followEntries)}</View>
      </View>
      {overview.state === 'followMajority' ? (
        <View>
          <View className='section-title'>录入业主线下确认的从众</View>
          <FollowEntry vote={vote} onSaved={onChanged} />
          <FinishStep
            title='完成确认从众'
            progress='正在计算统计结果…'
            finish={() => supplementVote('finishFollowMajority', { voteId: vote.id })}
            next={voteRoutes.statistics(vote.id, 'committee')}
          >
            完成后进入“统计录入”，不能再录入从众。
          </FinishStep>
        </View>
      ) : (
        <View className='vp__empty'>当前状态为“{overview.stateLabel}”，不能录入从众。</View>
      )}
    </View>
  )
}

export default withFontScale(FollowPage)
