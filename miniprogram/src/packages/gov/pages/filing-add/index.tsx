import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Textarea, View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import {
  COMMITTEE_LABELS,
  FILING_STATUS_LABELS,
  FilingStatus,
  committeeApi,
  type CommunityReach,
  type FilingView,
} from '@core/api/committee'
import { communityFolder, type CloudFile } from '@core/schemas/files'
import { formatDay } from '@core/format'
import ChoiceGroup from '../../../../components/choice-group'
import { addFiling } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
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

const MAX_FILES = 20
const STATUSES = FilingStatus.options.map((value) => ({ value, label: FILING_STATUS_LABELS[value] }))

/** 录入备案 (street office, district centre): a filing of the committee with its filed documents. */
function FilingAddPage() {
  const reach = useReach('addFiling')
  return (
    <View className='gov-filing'>
      <RemoteView state={reach.state} onRetry={reach.reload}>
        {(c) => <FilingForm community={c} />}
      </RemoteView>
    </View>
  )
}

/**
 * A filing has no number of its own in the contract, so the number is kept as the first line of
 * the note, where 信息综合查询 shows it.
 */
function noteWithNumber(filingNo: string, note: string): string {
  const no = filingNo.trim()
  return no ? `备案编号：${no}${note.trim() ? `\n${note.trim()}` : ''}` : note.trim()
}

function FilingForm({ community }: { community: CommunityReach }) {
  const [filingNo, setFilingNo] = useState('')
  const [filedOn, setFiledOn] = useState<string | null>(formatDay(Date.now()))
  const [termStart, setTermStart] = useState<string | null>(null)
  const [termEnd, setTermEnd] = useState<string | null>(null)
  const [status, setStatus] = useState<FilingView['status']>('filed')
  const [note, setNote] = useState('')
  const [files, setFiles] = useState<CloudFile[]>([])
  const notice = useNotice()
  const { busy, run, send } = useSubmit(notice)

  const upload = async () => {
    const added = await run(() => pickAndUpload(communityFolder(community.id, 'filings'), MAX_FILES - files.length))
    if (added) setFiles((list) => [...list, ...added])
  }

  const save = async () => {
    if (!filedOn) return notice.showError({ message: '请选择备案日期' })
    if (!termStart || !termEnd) return notice.showError({ message: '请选择任期的开始和结束日期' })
    const input = { communityId: community.id, filedOn, termStart, termEnd, status, note: noteWithNumber(filingNo, note), files }
    const saved = await send(check(committeeApi.addFiling.input, input, COMMITTEE_LABELS), addFiling)
    if (!saved) return
    notice.show('备案已录入', 'success')
    void Taro.navigateBack()
  }

  return (
    <View>
      <CommunityHeader community={community} />
      <View className='form'>
        <AtInput
          name='filingNo'
          title='备案编号'
          placeholder='如：南山备2024-012'
          value={filingNo}
          onChange={(v: string | number) => setFilingNo(String(v))}
        />
        <DateRow label='备案日期' value={filedOn} onChange={setFiledOn} optional={false} />
        <DateRow label='任期开始' value={termStart} onChange={setTermStart} optional={false} />
        <DateRow label='任期结束' value={termEnd} onChange={setTermEnd} optional={false} />
      </View>
      <View className='section-title'>备案状态</View>
      <View className='gov-form__choices'>
        <ChoiceGroup options={STATUSES} value={status} onChange={setStatus} />
      </View>
      <View className='section-title'>备注</View>
      <Textarea className='form__textarea' value={note} maxlength={900} placeholder='可不填' onInput={(e) => setNote(e.detail.value)} />
      <View className='section-title'>
        备案文件（{files.length}/{MAX_FILES}）
      </View>
      <View className='detail'>
        <FileList
          files={files}
          onError={notice.showError}
          onRemove={(f) => setFiles((list) => list.filter((x) => x.fileID !== f.fileID))}
        />
      </View>
      {notice.inline}
      <View className='form__actions'>
        <AtButton disabled={busy || files.length >= MAX_FILES} onClick={() => void upload()}>
          上传备案文件
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

export default withFontScale(FilingAddPage)
