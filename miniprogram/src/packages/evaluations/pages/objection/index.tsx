import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { decideObjection } from '../../../../services/evaluations'
import { useParams } from '../../../../hooks/useParams'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import './index.scss'

/** 处理评价异议 (the district centre's to-do): the objection is upheld or not; the rating stays with the decision. */
export default function ObjectionPage() {
  const { ratingId = '' } = useParams()
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [note, setNote] = useState('')
  const decide = async (upheld: boolean) => {
    if (await run(() => decideObjection({ ratingId, upheld, note }), { done: '已处理' })) void Taro.navigateBack()
  }
  return (
    <View className='evaluations'>
      <View className='evaluations__summary'>被评价方认为这条评价与事实不符。评价不会删除，处理结果会显示在评价旁。</View>
      <Input className='evaluations__input' placeholder='处理意见（选填）' value={note} onInput={(e) => setNote(e.detail.value)} />
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
