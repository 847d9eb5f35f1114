import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtTextarea } from 'taro-ui'
import { DISCLOSURE_LABELS, disclosuresApi, type CorrectionRequestView, type DisclosureDetail } from '@core/api/disclosures'
import { formatDateTime } from '@core/format'
import { answerCorrection, requestCorrection } from '../../../../services/disclosures'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { check } from '../../../../utils/check'

interface Props {
  d: DisclosureDetail
  /** An owner (or delegate) of the community: may ask for a correction of a published item. */
  mayAsk: boolean
  /** On the community's committee: answers the requests. */
  mayAnswer: boolean
  onChanged: () => void
}

/** 纠错 under an item: owners' requests, each with the committee's answer; the form to ask, and to answer. */
export default function CorrectionRequests({ d, mayAsk, mayAnswer, onChanged }: Props) {
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [content, setContent] = useState('')

  const ask = async () => {
    const input = { disclosureId: d.id, content }
    const checked = check(disclosuresApi.requestCorrection.input, input, DISCLOSURE_LABELS)
    if (!checked.ok) return notice.showError(checked)
    const done = await run(() => requestCorrection(input), { progress: '正在提交', done: '已提交，业委会将答复' })
    if (!done) return
    setContent('')
    onChanged()
  }

  if (d.correctionRequests.length === 0 && !(mayAsk && d.status === 'published')) return null
  return (
    <View className='corrections'>
      <View className='section-title'>业主纠错</View>
      {d.correctionRequests.map((r) => (
        <Request key={r.id} r={r} mayAnswer={mayAnswer} onChanged={onChanged} />
      ))}
      {mayAsk && d.status === 'published' && (
        <View className='detail'>
          <AtTextarea
            value={content}
            maxLength={500}
            height={160}
            placeholder='哪里与实际不符？请写明，业委会将答复'
            onChange={(v: string) => setContent(v)}
          />
          {notice.inline}
          <View className='form__actions'>
            <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void ask()}>
              提交纠错
            </AtButton>
          </View>
        </View>
      )}
      {notice.element}
    </View>
  )
}

/** One request with its answer, or the committee's form to answer it (its messages stay beside it). */
function Request({ r, mayAnswer, onChanged }: { r: CorrectionRequestView; mayAnswer: boolean; onChanged: () => void }) {
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [answer, setAnswer] = useState('')
  const send = async () => {
    const input = { requestId: r.id, answer }
    const checked = check(disclosuresApi.answerCorrection.input, input, DISCLOSURE_LABELS)
    if (!checked.ok) return notice.showError(checked)
    const done = await run(() => answerCorrection(input), { progress: '正在提交', done: '已答复' })
    if (done) onChanged()
  }
  return (
    <View className='detail corrections__item'>
      <View className='detail__text'>{r.text}</View>
      <View className='muted'>
        {r.askedBy}，{formatDateTime(r.askedAt)}
      </View>
      {r.answer ? (
        <View className='corrections__answer'>
          <View className='detail__text'>答复：{r.answer.text}</View>
          <View className='muted'>
            {r.answer.who}，{formatDateTime(r.answer.at)}
          </View>
        </View>
      ) : mayAnswer ? (
        <View>
          <AtTextarea value={answer} maxLength={1000} height={160} placeholder='请填写答复' onChange={(v: string) => setAnswer(v)} />
          {notice.inline}
          <View className='form__actions'>
            <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void send()}>
              答复
            </AtButton>
          </View>
        </View>
      ) : (
        <View className='muted'>等待业委会答复</View>
      )}
      {notice.element}
    </View>
  )
}
