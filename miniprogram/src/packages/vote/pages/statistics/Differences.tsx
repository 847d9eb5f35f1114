import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import type { StatisticsView } from '@core/api/vote'
import { tallyVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { differencesOf, type Difference } from './figures'

/** Each difference between the entered and the computed figures: correct the entry above, or explain it here. */
export default function Differences({ view, onChanged }: { view: StatisticsView; onChanged: (v: StatisticsView) => void }) {
  const differences = differencesOf(view)
  if (!view.reconciliation) return null
  if (differences.length === 0) return <View className='card vp__ok'>录入的统计与系统计票一致。</View>
  return (
    <View>
      <View className='section-title'>与系统计票不一致（{differences.length} 处）</View>
      {differences.map((d) => (
        <DifferenceRow key={`${d.itemId}/${d.field}`} voteId={view.voteId} difference={d} onChanged={onChanged} />
      ))}
    </View>
  )
}

function DifferenceRow({
  voteId,
  difference: d,
  onChanged,
}: {
  voteId: string
  difference: Difference
  onChanged: (v: StatisticsView) => void
}) {
  const [text, setText] = useState(d.explanation ?? '')
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)
  const explain = async () => {
    const view = await run(() => tallyVote('explainDifference', { voteId, itemId: d.itemId, field: d.field, explanation: text }), {
      progress: '正在保存说明…',
      done: '说明已保存',
    })
    if (view) onChanged(view)
  }
  return (
    <View className='card'>
      <View className={`stats__diff ${d.explanation ? 'stats__diff--explained' : ''}`}>
        {d.message}
        {d.explanation ? `（已说明：${d.explanation}）` : ''}
      </View>
      <AtInput
        name={`explain-${d.itemId}-${d.field}`}
        title='差异说明'
        placeholder='更正上方录入，或说明原因'
        value={text}
        onChange={(v: string | number) => setText(String(v))}
      />
      <AtButton size='small' disabled={busy} onClick={() => void explain()}>
        保存说明
      </AtButton>
      {notice.inline}
      {notice.element}
    </View>
  )
}
