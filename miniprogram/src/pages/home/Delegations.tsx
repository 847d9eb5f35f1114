import { View } from '@tarojs/components'
import type { DelegationView } from '@core/api/account'
import { formatDay, roomLabel } from '@core/format'
import { useRemote } from '../../hooks/useRemote'
import { listMyDelegations } from '../../services/account'

/** For a delegate: the owners who authorised her, and for which unit and how long. */
export function Delegations() {
  const { data } = useRemote(listMyDelegations)
  const held = (data?.held ?? []).filter((d) => d.status === 'active')
  if (held.length === 0) return null
  return (
    <View>
      <View className='section-title'>我代为投票的业主</View>
      {held.map((d) => (
        <View key={d.id} className='card home__delegation'>
          <View className='home__delegation-owner'>{d.ownerName}</View>
          <View className='muted'>
            {roomLabel(d.unit)}（{termOf(d)}）
          </View>
        </View>
      ))}
    </View>
  )
}

function termOf(d: DelegationView): string {
  return d.voteId ? '仅限一次投票' : `至 ${formatDay(d.until)}`
}
