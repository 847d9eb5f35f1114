import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { VoteState } from '@core/api/vote'
import ChoiceGroup from '../../../../components/choice-group'
import RemoteView from '../../../../components/remote-view'
import { manageVote } from '../../../../services/vote'
import VoteSummaryCard from '../../components/VoteSummaryCard'
import { useCommittee } from '../../hooks/useCommittee'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { voteRoutes } from '../../routes'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

type Tab = 'all' | 'draft' | 'reviewing' | 'voting' | 'counting' | 'tallied'
const TABS: ReadonlyArray<{ value: Tab; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'draft', label: '待提交' },
  { value: 'reviewing', label: '审核中' },
  { value: 'voting', label: '投票中' },
  { value: 'counting', label: '计票中' },
  { value: 'tallied', label: '已完成' },
]
const TAB_STATES: Record<Tab, VoteState[] | undefined> = {
  all: undefined,
  draft: ['draft'],
  reviewing: ['reviewing'],
  voting: ['approved', 'voting'],
  counting: ['closed', 'supplementing', 'followMajority', 'statistics'],
  tallied: ['tallied'],
}

/** 电子决策管理: the community's votes by state, and the way to start a new one. */
function ManagePage() {
  const params = useParams()
  const committee = useCommittee(params.communityId)
  if (!committee.communityId) {
    return (
      <View className='vp'>
        <RemoteView state={committee.state} onRetry={() => void committee.reload()}>
          {() => <View className='vp__empty'>您还没有业委会的授权角色，不能管理投票</View>}
        </RemoteView>
      </View>
    )
  }
  return <VoteList communityId={committee.communityId} canDraft={committee.canDraft} />
}

function VoteList({ communityId, canDraft }: { communityId: string; canDraft: boolean }) {
  const [tab, setTab] = useState<Tab>('all')
  const { state, reload } = useRemote(() => manageVote('list', { communityId, states: TAB_STATES[tab], limit: 100 }), [tab])
  return (
    <View className='vp manage'>
      {canDraft && (
        <View className='vp__actions'>
          <AtButton type='primary' onClick={() => void Taro.navigateTo({ url: voteRoutes.edit({ communityId }) })}>
            新建投票
          </AtButton>
        </View>
      )}
      <View className='manage__tabs'>
        <ChoiceGroup options={TABS} value={tab} onChange={setTab} />
      </View>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(votes) => (
          <View>
            {votes.length === 0 && <View className='vp__empty'>没有这个状态的投票</View>}
            {votes.map((v) => (
              <VoteSummaryCard key={v.id} vote={v} viewer='committee' aside={`${v.itemCount} 个事项`} />
            ))}
          </View>
        )}
      </RemoteView>
    </View>
  )
}

export default withFontScale(ManagePage)
