import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { castVoteApi, VOTE_LABELS, type ItemOutcomeView, type ReceiptCheck as Check } from '@core/api/vote'
import { zodMessage } from '@core/zodMessage'
import { castVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { receiptLineText } from './receiptLines'

/** An owner types (or finds prefilled) her receipt code and sees whether the published list carries it. */
export default function ReceiptCheck({ voteId, items }: { voteId: string; items: ItemOutcomeView[] }) {
  const [receipt, setReceipt] = useState('')
  const [check, setCheck] = useState<Check | null>(null)
  const [raw, setRaw] = useState(false)
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)

  // Prefill from the caller's own ballot when she has one; staff simply get an empty field.
  useEffect(() => {
    void castVote('myBallots', { voteId }).then((r) => {
      if (r.ok && r.data[0]) setReceipt((now) => now || r.data[0].receipt)
    })
  }, [voteId])

  const verify = async () => {
    const parsed = castVoteApi.verifyReceipt.input.safeParse({ voteId, receipt })
    if (!parsed.success) return notice.showError({ message: zodMessage(parsed.error, VOTE_LABELS) })
    setCheck(await run(() => castVote('verifyReceipt', parsed.data), { progress: '正在核对…' }))
  }

  return (
    <View className='result__check'>
      <AtInput
        name='receipt'
        title='回执码'
        placeholder='XXXX-XXXX-XXXX'
        value={receipt}
        onChange={(v: string | number) => setReceipt(String(v))}
      />
      <View className='vp__actions'>
        <AtButton disabled={busy} onClick={() => void verify()}>
          核对回执码
        </AtButton>
        {notice.inline}
        {check && (
          <View>
            <View className={`result__answer ${check.counted ? 'vp__ok' : 'vp__error'}`}>
              {check.counted ? `您的选票已计入，共 ${check.lines.length} 个事项：` : check.message}
            </View>
            {check.lines.map((line) => (
              <View key={line} className='result__line'>
                {receiptLineText(line, items)}
              </View>
            ))}
            <View className='result__toggle' onClick={() => setRaw(!raw)}>
              {raw ? '收起计算过程' : '查看计算过程'}
            </View>
            {raw && (
              <View className='result__raw'>
                <View className='muted'>{check.message}。公布清单中的原始记录（回执码、事项编号、选择）：</View>
                {check.lines.map((line) => (
                  <View key={line} className='result__digest'>
                    {line}
                  </View>
                ))}
              </View>
            )}
          </View>
        )}
      </View>
      {notice.element}
    </View>
  )
}
