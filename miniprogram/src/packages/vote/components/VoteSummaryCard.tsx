import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { VoteSummary } from '@core/api/vote'
import { formatDateTime } from '@core/format'
import StateTag from '../../../components/state-tag'
import { voteRoutes, type Viewer } from '../routes'

interface Props {
  vote: VoteSummary
  /** Who opens it: the detail page shows that side's next steps. */
  viewer: Viewer
  /** One fact beside the state: the number of items, or the community. */
  aside: string
}

/** A vote in a staff list (投票管理, 投票审核): title, state, scope and voting time; tapping opens its detail page. */
export default function VoteSummaryCard({ vote, viewer, aside }: Props) {
  return (
    <View className='card vp__tap' onClick={() => void Taro.navigateTo({ url: voteRoutes.detail(vote.id, viewer) })}>
      <View className='vp__title'>{vote.title}</View>
      <View className='vp__row'>
        <StateTag state={vote.state} label={vote.stateLabel} />
        <View className='muted'>{aside}</View>
      </View>
      <View className='vp__meta'>
        {vote.scopeLabel} · {formatDateTime(vote.startAt)} 至 {formatDateTime(vote.endAt)}
      </View>
    </View>
  )
}
