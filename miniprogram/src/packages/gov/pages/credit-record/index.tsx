import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Textarea, View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { COMMITTEE_LABELS, committeeApi, type CommunityReach } from '@core/api/committee'
import { communityFolder, type CloudFile } from '@core/schemas/files'
import { formatDay } from '@core/format'
import ChoiceGroup from '../../../../components/choice-group'
import { addCreditRecord } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { useParams } from '../../../../hooks/useParams'
import { check } from '../../../../utils/check'
import RemoteView from '../../../../components/remote-view'
import DateRow from '../../../../components/date-row'
import FileList from '../../../../components/file-list'
import { CommunityHeader } from '../../shared/CommunityHeader'
import { pickAndUpload } from '../../../../services/files'
import { useReach } from '../../shared/useReach'
import PrivacySheet from '../../../../components/privacy-sheet'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

type Kind = 'good' | 'bad'
const KINDS = [
  { value: 'bad', label: '不良信息' },
  { value: 'good', label: '良好信息' },
] as const

/** 添加信用记录 (district centre): a good or bad record with its date, reason and source document (`?kind=good|bad`). */
function CreditRecordPage() {
  const reach = useReach('addCreditRecord')
  return (
    <View className='gov-credit-record'>
      <RemoteView state={reach.state} onRetry={reach.reload}>
        {(c) => <RecordForm community={c} />}
      </RemoteView>
    </View>
  )
}

function RecordForm({ community }: { community: CommunityReach }) {
  const params = useParams()
  const [kind, setKind] = useState<Kind>(params.kind === 'good' ? 'good' : 'bad')
  const [occurredOn, setOccurredOn] = useState<string | null>(formatDay(Date.now()))
  const [reason, setReason] = useState('')
  const [sourceName, setSourceName] = useState('')
  const [source, setSource] = useState<CloudFile | null>(null)
  const notice = useNotice()
  const { busy, run, send } = useSubmit(notice)

  const upload = async () => {
    const [file] = (await run(() => pickAndUpload(communityFolder(community.id, 'credit'), 1))) ?? []
    if (!file) return
    setSource(file)
    // The file's name is a fair first guess at what the source is called.
    if (!sourceName.trim()) setSourceName(file.name.replace(/\.[^.]+$/, ''))
  }

  const save = async () => {
    if (!occurredOn) return notice.showError({ message: '请选择发生日期' })
    const input = { communityId: community.id, kind, occurredOn, reason, sourceName, source }
    const saved = await send(check(committeeApi.addCreditRecord.input, input, COMMITTEE_LABELS), addCreditRecord)
    if (!saved) return
    notice.show('已添加', 'success')
    void Taro.navigateBack()
  }

  return (
    <View>
      <CommunityHeader community={community} lead='录入后业委会和本小区业主都能在“信用信息”中看到。' />
      <View className='section-title'>类别</View>
      <View className='gov-form__choices'>
        <ChoiceGroup options={KINDS} value={kind} onChange={setKind} />
      </View>
      <View className='form'>
        <DateRow label='发生日期' value={occurredOn} onChange={setOccurredOn} optional={false} />
        <AtInput
          name='sourceName'
          title='依据'
          placeholder='如：区住房中心通报'
          value={sourceName}
          onChange={(v: string | number) => setSourceName(String(v))}
        />
      </View>
      <View className='section-title'>事由</View>
      <Textarea
        className='form__textarea'
        value={reason}
        maxlength={500}
        placeholder='请写明发生了什么（必填）'
        onInput={(e) => setReason(e.detail.value)}
      />
      <View className='section-title'>依据文件（可不传）</View>
      <View className='detail'>
        <FileList files={source ? [source] : []} onError={notice.showError} onRemove={() => setSource(null)} />
      </View>
      {notice.inline}
      <View className='form__actions'>
        <AtButton disabled={busy} onClick={() => void upload()}>
          {source ? '换一个文件' : '上传依据文件'}
        </AtButton>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void save()}>
          保存
        </AtButton>
      </View>
      <PrivacySheet />
      {notice.element}
    </View>
  )
}

export default withFontScale(CreditRecordPage)
