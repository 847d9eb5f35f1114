import { useState } from 'react'
import { View } from '@tarojs/components'
import type { VoteResultView } from '@core/api/vote'
import { formatArea, formatPeople } from '@core/format'
import RemoteView from '../../../../components/remote-view'
import ResultExplanation from '../../components/result-explanation'
import { tallyVote } from '../../../../services/vote'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { formatDateTime } from '@core/format'
import ReceiptCheck from './ReceiptCheck'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** The published result: each item's outcome and why in plain words, its calculation on request, and a receipt check. */
function ResultPage() {
  const { voteId = '' } = useParams()
  const { state, reload } = useRemote(() => tallyVote('result', { voteId }))
  return (
    <View className='vp result'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(result) => <Result result={result} />}
      </RemoteView>
    </View>
  )
}

function Result({ result }: { result: VoteResultView }) {
  return (
    <View>
      <View className='card'>
        <View className='vp__title'>{result.title}</View>
        <View className='vp__meta'>
          计票完成：{formatDateTime(result.tallied.at)}（{result.tallied.who}）
        </View>
        <View className='vp__meta'>
          投票范围：共 {formatPeople(result.scope.headcount)}，总面积 {formatArea(result.scope.areaCenti)}
        </View>
        <View className='vp__meta'>{result.followMajorityCounts ? '本次议事规则：从众票计入多数一方' : '本次议事规则：不计从众'}</View>
      </View>
      {result.items.map((item, i) => (
        <ResultExplanation key={item.itemId} index={i + 1} item={item} />
      ))}
      <View className='section-title'>核对我的选票</View>
      <Digest digest={result.digest} />
      <ReceiptCheck voteId={result.voteId} items={result.items} />
    </View>
  )
}

/** The published ballot list's checksum, for whoever checks the list itself: behind 查看计算过程. */
function Digest({ digest }: { digest: VoteResultView['digest'] }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='card'>
      <View>计票后公布了全部 {digest.count} 条选票记录（只有回执码和选择，没有姓名），您可以用回执码核对自己的选票是否计入。</View>
      <View className='result__toggle' onClick={() => setOpen(!open)}>
        {open ? '收起计算过程' : '查看计算过程'}
      </View>
      {open && (
        <View>
          <View className='muted'>选票清单的校验值（SHA-256），与公布的校验值一致即说明清单未被改动：</View>
          <View className='result__digest'>{digest.sha256}</View>
        </View>
      )}
    </View>
  )
}

export default withFontScale(ResultPage)
