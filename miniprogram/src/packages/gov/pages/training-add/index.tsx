import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { COMMITTEE_LABELS, committeeApi, type CommunityReach } from '@core/api/committee'
import { formatDay } from '@core/format'
import ChoiceGroup from '../../../../components/choice-group'
import { addTraining } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { check } from '../../../../utils/check'
import RemoteView from '../../../../components/remote-view'
import DateRow from '../../../../components/date-row'
import { CommunityHeader } from '../../shared/CommunityHeader'
import { useReach } from '../../shared/useReach'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** The usual results, one tap each; anything else (a score) is typed. */
const RESULTS = [
  { value: '合格', label: '合格' },
  { value: '不合格', label: '不合格' },
  { value: '未参加', label: '未参加' },
] as const

/** 录入培训结果 (district or city centre): one person's result in one course. */
function TrainingAddPage() {
  const reach = useReach('addTraining')
  return (
    <View className='gov-training'>
      <RemoteView state={reach.state} onRetry={reach.reload}>
        {(c) => <TrainingForm community={c} />}
      </RemoteView>
    </View>
  )
}

function TrainingForm({ community }: { community: CommunityReach }) {
  const [personName, setPersonName] = useState('')
  const [course, setCourse] = useState('')
  const [trainedOn, setTrainedOn] = useState<string | null>(formatDay(Date.now()))
  const [result, setResult] = useState('合格')
  const notice = useNotice()
  const { busy, send } = useSubmit(notice)

  const save = async () => {
    if (!trainedOn) return notice.showError({ message: '请选择培训日期' })
    const saved = await send(
      check(committeeApi.addTraining.input, { communityId: community.id, personName, course, trainedOn, result }, COMMITTEE_LABELS),
      addTraining,
    )
    if (!saved) return
    notice.show('培训结果已录入', 'success')
    void Taro.navigateBack()
  }

  return (
    <View>
      <CommunityHeader community={community} />
      <View className='form'>
        <AtInput
          name='personName'
          title='姓名'
          placeholder='参加培训的人员'
          value={personName}
          onChange={(v: string | number) => setPersonName(String(v))}
        />
        <AtInput
          name='course'
          title='课程'
          placeholder='如：物业管理条例'
          value={course}
          onChange={(v: string | number) => setCourse(String(v))}
        />
        <DateRow label='培训日期' value={trainedOn} onChange={setTrainedOn} optional={false} />
        <AtInput
          name='result'
          title='结果'
          placeholder='如：合格、85分'
          value={result}
          onChange={(v: string | number) => setResult(String(v))}
        />
      </View>
      <View className='gov-form__choices'>
        <ChoiceGroup options={RESULTS} value={RESULTS.some((r) => r.value === result) ? result : null} onChange={setResult} />
      </View>
      {notice.inline}
      <View className='form__actions'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void save()}>
          保存
        </AtButton>
      </View>
      {notice.element}
    </View>
  )
}

export default withFontScale(TrainingAddPage)
