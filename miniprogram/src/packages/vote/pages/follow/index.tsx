import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { SupplementOverview, VoteDetail } from '@core/api/vote'
import { ok } from '@core/result'
import ConfirmDialog from '../../../../components/confirm-dialog'
import LoadView from '../../../../components/load-view'
import { manageVote, supplementVote } from '../../../../services/vote'
import { useAction } from '../../hooks/useAction'
import { useParams } from '../../hooks/useParams'
import { useRemote } from '../../hooks/useRemote'
import { voteUrls } from '../../routes'
import FollowEntry from './FollowEntry'
import './index.scss'

interface Loaded {
  vote: VoteDetail
  overview: SupplementOverview
}

/** 确认从众: the rule, the offline confirmations per room, then on to 统计录入. */
export default function FollowPage() {
  const { voteId = '' } = useParams()
  const { state, reload } = useRemote(async () => {
    const [vote, overview] = await Promise.all([manageVote('get', { voteId }), supplementVote('overview', { voteId })])
    if (!vote.ok) return vote
    if (!overview.ok) return overview
    return ok<Loaded>({ vote: vote.data, overview: overview.data })
  })
  return (
    <View className='vp follow'>
      <LoadView state={state} onRetry={() => void reload()}>
        {(d) => <Follow {...d} onChanged={() => void reload()} />}
      </LoadView>
    </View>
  )
}

function Follow({ vote, overview, onChanged }: Loaded & { onChanged: () => void }) {
  const [asking, setAsking] = useState(false)
  const { run, busy, notice } = useAction()
  const editable = overview.state === 'followMajority'
  const finish = async () => {
    setAsking(false)
    const done = await run('正在计算统计结果…', () => supplementVote('finishFollowMajority', { voteId: vote.id }))
    if (done) void Taro.redirectTo({ url: voteUrls.statistics(vote.id, 'committee') })
  }
  return (
    <View>
      <View className='card'>
        <View className='vp__title'>确认从众规则</View>
        <View className='follow__rule'>
          业主选择“从众”的，视为参与表决，并计入同意、反对两方中票数较多的一方；面积和人数分别计算，两方相等时不计入任何一方。
          {vote.followMajorityCounts ? '本次投票的议事规则采用从众。' : '本次投票的议事规则不采用从众：从众只计为参与表决，不计入同意或反对。'}
        </View>
        <View className='vp__meta'>已录入从众 {overview.followEntries} 户</View>
      </View>
      {editable ? (
        <View>
          <View className='section-title'>录入业主线下确认的从众</View>
          <FollowEntry vote={vote} onSaved={onChanged} />
          <View className='vp__actions'>
            <AtButton type='primary' disabled={busy} onClick={() => setAsking(true)}>完成确认从众</AtButton>
          </View>
        </View>
      ) : (
        <View className='vp__empty'>当前状态为“{overview.stateLabel}”，不能录入从众。</View>
      )}
      <ConfirmDialog isOpened={asking} title='完成确认从众' onConfirm={() => void finish()} onCancel={() => setAsking(false)}>
        完成后进入“统计录入”，不能再录入从众。
      </ConfirmDialog>
      {notice.element}
    </View>
  )
}
