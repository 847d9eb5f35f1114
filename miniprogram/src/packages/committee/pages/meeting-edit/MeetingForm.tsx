import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Picker, Textarea, View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { COMMITTEE_LABELS, committeeApi, type MeetingView } from '@core/api/committee'
import { communityFolder, type CloudFile } from '@core/schemas/files'
import { formatDay, joinBeijing, splitBeijing } from '@core/format'
import { addMeeting, editMeeting } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { check } from '../../../../utils/check'
import DateRow from '../../../../components/date-row'
import FileList from '../../../../components/file-list'
import { pickAndUpload } from '../../../../services/files'
import PrivacySheet from '../../../../components/privacy-sheet'

const MAX_ATTACHMENTS = 20

interface Props {
  communityId: string
  existing?: MeetingView
}

/** The meeting's fields; attachments are uploaded to cloud storage first, then saved by reference. */
export function MeetingForm({ communityId, existing }: Props) {
  const [startDay, startTime] = existing
    ? [splitBeijing(existing.heldAt).date, splitBeijing(existing.heldAt).time]
    : [formatDay(Date.now()), '09:00']
  const [topic, setTopic] = useState(existing?.topic ?? '')
  const [day, setDay] = useState<string | null>(startDay ?? null)
  const [time, setTime] = useState(startTime ?? '09:00')
  const [place, setPlace] = useState(existing?.place ?? '')
  const [attendees, setAttendees] = useState(existing?.attendees.join('、') ?? '')
  const [agenda, setAgenda] = useState(existing?.agenda ?? '')
  const [minutes, setMinutes] = useState(existing?.minutes ?? '')
  const [attachments, setAttachments] = useState<CloudFile[]>(existing?.attachments ?? [])
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)

  const upload = async () => {
    const added = await run(() => pickAndUpload(communityFolder(communityId, 'meetings'), MAX_ATTACHMENTS - attachments.length))
    if (added) setAttachments((list) => [...list, ...added])
  }

  const save = async () => {
    if (!day) return notice.showError({ message: '请选择会议日期' })
    const fields = {
      topic,
      heldAt: joinBeijing(day, time) ?? Number.NaN,
      place,
      agenda,
      minutes,
      attachments,
      attendees: attendees
        .split(/[,，、;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    }
    // Checked with the server's schema first; the raw fields are sent (the server parses heldAt itself).
    const checked = existing
      ? check(committeeApi.editMeeting.input, { meetingId: existing.id, ...fields }, COMMITTEE_LABELS)
      : check(committeeApi.addMeeting.input, { communityId, ...fields }, COMMITTEE_LABELS)
    if (!checked.ok) return notice.showError(checked)
    const saved = await run(() => (existing ? editMeeting({ meetingId: existing.id, ...fields }) : addMeeting({ communityId, ...fields })))
    if (!saved) return
    notice.show('已保存', 'success')
    void Taro.navigateBack()
  }

  return (
    <View>
      <View className='form'>
        <AtInput
          name='topic'
          title='会议主题'
          placeholder='请输入会议主题'
          value={topic}
          onChange={(v: string | number) => setTopic(String(v))}
        />
        <DateRow label='会议日期' value={day} onChange={setDay} optional={false} />
        <Picker mode='time' value={time} onChange={(e) => setTime(e.detail.value)}>
          <View className='form__row'>
            <View className='form__label'>开始时间</View>
            <View className='form__value'>{time}</View>
          </View>
        </Picker>
        <AtInput
          name='place'
          title='会议地点'
          placeholder='请输入会议地点'
          value={place}
          onChange={(v: string | number) => setPlace(String(v))}
        />
        <AtInput
          name='attendees'
          title='参会人员'
          placeholder='多人用顿号隔开'
          value={attendees}
          onChange={(v: string | number) => setAttendees(String(v))}
        />
      </View>
      <View className='section-title'>会议议程</View>
      <Textarea
        className='form__textarea'
        value={agenda}
        maxlength={5000}
        placeholder='请输入会议议程'
        onInput={(e) => setAgenda(e.detail.value)}
      />
      <View className='section-title'>会议纪要</View>
      <Textarea
        className='form__textarea'
        value={minutes}
        maxlength={20000}
        placeholder='请输入会议纪要'
        onInput={(e) => setMinutes(e.detail.value)}
      />
      <View className='section-title'>
        附件（{attachments.length}/{MAX_ATTACHMENTS}）
      </View>
      <View className='detail'>
        <FileList
          files={attachments}
          onError={notice.showError}
          onRemove={(f) => setAttachments((list) => list.filter((x) => x.fileID !== f.fileID))}
        />
      </View>
      {notice.inline}
      <View className='form__actions'>
        <AtButton disabled={busy || attachments.length >= MAX_ATTACHMENTS} onClick={() => void upload()}>
          添加附件
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
