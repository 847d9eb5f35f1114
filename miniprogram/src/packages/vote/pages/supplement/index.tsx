import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { SupplementOverview, VoteDetail } from '@core/api/vote'
import ConfirmDialog from '../../../../components/confirm-dialog'
import LoadView from '../../../../components/load-view'
import { ok } from '@core/result'
import { manageVote, supplementVote } from '../../../../services/vote'
import { useAction } from '../../hooks/useAction'
import { useParams } from '../../hooks/useParams'
import { useRemote } from '../../hooks/useRemote'
import { voteUrls } from '../../routes'
import CoOwnedCard from './CoOwnedCard'
import PaperEntry from './PaperEntry'
import './index.scss'

interface Loaded {
  vote: VoteDetail
  overview: SupplementOverview
}

/** 投票补计: co-owned units that need confirmation first, then paper ballots by room, then finish. */
export default function SupplementPage() {
  const { voteId = '' } = useParams()
  const { state, reload } = useRemote(async () => {
    const [vote, overview] = await Promise.all([manageVote('get', { voteId }), supplementVote('overview', { voteId })])
    if (!vote.ok) return vote
    if (!overview.ok) return overview
    return ok<Loaded>({ vote: vote.data, overview: overview.data })
  })
  return (
    <View className='vp supplement'>
      <LoadView state={state} onRetry={() => void reload()}>
        {(d) => <Supplement {...d} onChanged={() => void reload()} />}
      </LoadView>
    </View>
  )
}

function Supplement({ vote, overview, onChanged }: Loaded & { onChanged: () => void }) {
  const [asking, setAsking] = useState(false)
  const { run, busy, notice } = useAction()
  const editable = overview.state === 'supplementing'
  const finish = async () => {
    setAsking(false)
    const done = await run('正在完成投票补计…', () => supplementVote('finishSupplement', { voteId: vote.id }))
    if (done) void Taro.redirectTo({ url: voteUrls.follow(vote.id) })
  }
  return (
    <View>
      <View className='card'>
        <View className='vp__title'>{vote.title}</View>
        <View className='vp__meta'>电子投票 {overview.electronicParties} 户 · 纸质票 {overview.paperEntries} 户 · 从众录入 {overview.followEntries} 户</View>
        <View className='vp__meta'>业主既有纸质票又进行了电子投票的，以电子投票结果为准，无须补录。</View>
      </View>
      {overview.coOwnedPending.length > 0 && (
        <View>
          <View className='section-title'>必须确认的共有房屋（{overview.coOwnedPending.length} 套）</View>
          {overview.coOwnedPending.map((c) => <CoOwnedCard key={c.partyId} vote={vote} entry={c} onDone={onChanged} />)}
        </View>
      )}
      {editable && (
        <View>
          <View className='section-title'>补录纸质票</View>
          <PaperEntry vote={vote} onSaved={onChanged} />
          <View className='vp__actions'>
            <AtButton type='primary' disabled={busy} onClick={() => setAsking(true)}>完成投票补计</AtButton>
          </View>
        </View>
      )}
      {!editable && <View className='vp__empty'>当前状态为“{overview.stateLabel}”，不能补录纸质票。</View>}
      <ConfirmDialog isOpened={asking} title='完成投票补计' onConfirm={() => void finish()} onCancel={() => setAsking(false)}>
        完成后进入“确认从众”，不能再补录纸质票。
        {overview.coOwnedPending.length > 0 ? `还有 ${overview.coOwnedPending.length} 套共有房屋没有确认。` : ''}
      </ConfirmDialog>
      {notice.element}
    </View>
  )
}
