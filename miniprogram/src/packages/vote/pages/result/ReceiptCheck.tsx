import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { castVoteApi, VOTE_LABELS, type ReceiptCheck as Check } from '@core/api/vote'
import { zodMessage } from '@core/zodMessage'
import { castVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'

/** An owner types (or finds prefilled) her receipt code and sees whether the published list carries it. */
export default function ReceiptCheck({ voteId }: { voteId: string }) {
  const [receipt, setReceipt] = useState('')
  const [check, setCheck] = useState<Check | null>(null)
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
        {check && (
          <View>
            <View className={`result__answer ${check.counted ? 'vp__ok' : 'vp__error'}`}>{check.message}</View>
            {check.lines.map((line) => (
              <View key={line} className='result__line'>
                {line}
              </View>
            ))}
          </View>
        )}
      </View>
      {notice.element}
    </View>
  )
}
