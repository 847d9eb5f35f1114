import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { decideObjection, getRating } from '../../../../services/evaluations'
import { useRemote } from '../../../../hooks/useRemote'
import RemoteView from '../../../../components/remote-view'
import { useParams } from '../../../../hooks/useParams'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 处理评价异议 (the district centre's to-do): the objection is upheld or not; the rating stays with the decision. */
function ObjectionPage() {
  const { ratingId = '' } = useParams()
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [note, setNote] = useState('')
  const rating = useRemote(() => getRating({ ratingId }), [ratingId])
  const decide = async (upheld: boolean) => {
    if (await run(() => decideObjection({ ratingId, upheld, note }), { done: '已处理' })) void Taro.navigateBack()
  }
  return (
    <View className='evaluations'>
      <RemoteView state={rating.state} onRetry={rating.reload}>
        {(r) => (
          <View className='list-card'>
            <View className='list-card__title'>
              {r.communityName} · {r.targetLabel} · {r.raterLabel}
            </View>
            <View className='list-card__meta'>{r.scores.map((s) => `${s.label}${s.score}分`).join('　')}</View>
            {r.comment && <View>评价：{r.comment}</View>}
            {r.reply && <View>回复：{r.reply.text}</View>}
            {r.earlierReply && <View>针对旧评价的回复：{r.earlierReply.text}</View>}
            {r.objection && (
              <View>
                异议理由：{r.objection.reason}（{r.objection.statusLabel}）
              </View>
            )}
          </View>
        )}
      </RemoteView>
      <View className='evaluations__summary'>评价不会删除，处理结果会显示在评价旁。</View>
      <Input className='evaluations__input' placeholder='处理意见（选填）' value={note} onInput={(e) => setNote(e.detail.value)} />
      {notice.inline}
      <AtButton type='primary' disabled={busy} onClick={() => void decide(true)}>
        异议成立
      </AtButton>
      <AtButton disabled={busy} onClick={() => void decide(false)}>
        异议不成立
      </AtButton>
      {notice.element}
    </View>
  )
}

export default withFontScale(ObjectionPage)
