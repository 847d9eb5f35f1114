import { View } from '@tarojs/components'
import type { VoteResultView } from '@core/api/vote'
import { formatArea, formatPeople } from '@core/format'
import RemoteView from '../../../../components/remote-view'
import ResultExplanation from '../../../../components/result-explanation'
import { tallyVote } from '../../../../services/vote'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { formatDateTime } from '@core/format'
import ReceiptCheck from './ReceiptCheck'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** The published result: each item's outcome and why, with and without 从众, and a receipt check. */
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
      <View className='card'>
        <View className='muted'>公布的选票清单共 {result.digest.count} 条，校验值（SHA-256）：</View>
        <View className='result__digest'>{result.digest.sha256}</View>
      </View>
      <ReceiptCheck voteId={result.voteId} />
    </View>
  )
}

export default withFontScale(ResultPage)
