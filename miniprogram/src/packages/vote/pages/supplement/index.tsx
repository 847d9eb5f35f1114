import { View } from '@tarojs/components'
import { formatPeople } from '@core/format'
import RemoteView from '../../../../components/remote-view'
import { supplementVote } from '../../../../services/vote'
import FinishStep from '../../components/FinishStep'
import { useParams } from '../../../../hooks/useParams'
import { useSupplement, type SupplementData } from '../../hooks/useSupplement'
import { voteRoutes } from '../../routes'
import CoOwnedCard from './CoOwnedCard'
import PaperEntry from './PaperEntry'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 投票补计: co-owned units that need confirmation first, then paper ballots by room, then finish. */
function SupplementPage() {
  const { voteId = '' } = useParams()
  const { state, reload } = useSupplement(voteId)
  return (
    <View className='vp supplement'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(d) => <Supplement {...d} onChanged={() => void reload()} />}
      </RemoteView>
    </View>
  )
}

function Supplement({ vote, overview, onChanged }: SupplementData & { onChanged: () => void }) {
  const pending = overview.coOwnedPending.length
  return (
    <View>
      {pending > 0 && (
        <View>
          <View className='section-title'>先确认：必须确认的共有房屋（{pending} 套）</View>
          <View className='vp__meta supplement__lead'>这些房屋有多位业主，但没有唯一的投票代表；逐套确认投票情况后才能完成投票补计。</View>
          {overview.coOwnedPending.map((c) => (
            <CoOwnedCard key={c.partyId} vote={vote} entry={c} onDone={onChanged} />
          ))}
        </View>
      )}
      <View className='card'>
        <View className='vp__title'>{vote.title}</View>
        <View className='vp__meta'>
          电子投票 {formatPeople(overview.electronicParties)} · 纸质票 {formatPeople(overview.paperEntries)} · 从众录入{' '}
          {formatPeople(overview.followEntries)}
        </View>
        <View className='vp__meta'>业主既有纸质票又进行了电子投票的，以电子投票结果为准，无须补录。</View>
      </View>
      {overview.state === 'supplementing' ? (
        <View>
          <View className='section-title'>补录纸质票</View>
          <PaperEntry vote={vote} onSaved={onChanged} />
          <FinishStep
            title='完成投票补计'
            progress='正在完成投票补计…'
            finish={() => supplementVote('finishSupplement', { voteId: vote.id })}
            next={voteRoutes.follow(vote.id)}
          >
            完成后进入“确认从众”，不能再补录纸质票。
            {pending > 0 ? `还有 ${pending} 套共有房屋没有确认。` : ''}
          </FinishStep>
        </View>
      ) : (
        <View className='vp__empty'>当前状态为“{overview.stateLabel}”，不能补录纸质票。</View>
      )}
    </View>
  )
}

export default withFontScale(SupplementPage)
