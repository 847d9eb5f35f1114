import { View } from '@tarojs/components'
import type { VoteDetail } from '@core/api/vote'
import RemoteView from '../../../../components/remote-view'
import TurnoutCard from '../../../../components/turnout-card'
import VoteItem from '../../../../components/vote-item'
import { manageVote } from '../../../../services/vote'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import type { Viewer } from '../../routes'
import { formatDateTime } from '@core/format'
import AuditLog from './AuditLog'
import VoteHeader from './VoteHeader'
import CommitteeActions from './CommitteeActions'
import StreetActions from './StreetActions'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** A vote as staff see it: its facts, live turnout once voting starts, and the next step for their role. */
function DetailPage() {
  const { voteId = '', as } = useParams()
  const viewer: Viewer = as === 'street' ? 'street' : 'committee'
  const { state, reload, set } = useRemote(() => manageVote('get', { voteId }))
  return (
    <View className='vp detail'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(vote) => <Detail vote={vote} viewer={viewer} onChanged={set} />}
      </RemoteView>
    </View>
  )
}

const COUNTING = new Set(['voting', 'closed', 'supplementing', 'followMajority', 'statistics'])

function Detail({ vote, viewer, onChanged }: { vote: VoteDetail; viewer: Viewer; onChanged: (v: VoteDetail) => void }) {
  return (
    <View>
      <VoteHeader vote={vote} />
      {viewer === 'committee' ? (
        <CommitteeActions vote={vote} onChanged={onChanged} />
      ) : (
        <StreetActions vote={vote} onChanged={onChanged} />
      )}
      {COUNTING.has(vote.state) && <Turnout voteId={vote.id} />}
      <View className='section-title'>表决事项</View>
      {vote.items.map((item, i) => (
        <VoteItem
          key={item.id}
          index={i + 1}
          text={item.text}
          itemClass={item.class}
          classLabel={item.classLabel}
          attachments={item.attachments}
        />
      ))}
      <AuditLog voteId={vote.id} />
    </View>
  )
}

function Turnout({ voteId }: { voteId: string }) {
  const { state, reload } = useRemote(() => manageVote('turnout', { voteId }))
  return (
    <View className='card'>
      <View className='vp__title'>参与情况</View>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(t) => <TurnoutCard turnout={t} asOfText={`截至 ${formatDateTime(t.asOf)}`} />}
      </RemoteView>
    </View>
  )
}

export default withFontScale(DetailPage)
