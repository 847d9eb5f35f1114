import { View } from '@tarojs/components'
import { formatDateTime } from '@core/format'
import TurnoutCard from '../../../../components/turnout-card'
import { manageVote } from '../../../../services/vote'
import { useRemote } from '../../../../hooks/useRemote'

/** Live participation, shown to owners too; a failure is shown in place and does not block the ballot. */
export default function OwnerTurnout({ voteId }: { voteId: string }) {
  const { state } = useRemote(() => manageVote('turnout', { voteId }))
  if (state.status === 'loading') return null
  return (
    <View className='card'>
      <View className='vp__title'>参与情况</View>
      {state.status === 'failed' ? (
        <View className='muted'>{state.failure.message}</View>
      ) : (
        <TurnoutCard turnout={state.data} asOfText={`截至 ${formatDateTime(state.data.asOf)}`} />
      )}
    </View>
  )
}
