import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Textarea, View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import type { CommunityReach } from '@core/api/committee'
import { NOTICE_LABELS, noticesApi, type NoticePriority, type NoticeTarget, type SentNotice } from '@core/api/notices'
import { beijingDayRange, formatDay } from '@core/format'
import { NOTICE_FOLDER, type CloudFile } from '@core/schemas/files'
import ChoiceGroup from '../../../../components/choice-group'
import DateRow from '../../../../components/date-row'
import FileList from '../../../../components/file-list'
import RemoteView from '../../../../components/remote-view'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { useSubmit } from '../../../../hooks/useSubmit'
import type { Result } from '../../../../services/cloud'
import { listCommunities } from '../../../../services/committee'
import { pickAndUpload } from '../../../../services/files'
import { getMyHome } from '../../../../services/identity'
import { notices, saveDraft } from '../../../../services/notices'
import { check } from '../../../../utils/check'
import { holdsRole } from '../../../../utils/roles'
import { noticesRoutes } from '../../routes'
import TargetPicker from './TargetPicker'
import { withFontScale } from '../../../../components/font-scale'
import PrivacySheet from '../../../../components/privacy-sheet'
import './index.scss'

const DAY_MS = 86_400_000

interface Loaded {
  communities: CommunityReach[]
  cityWide: boolean
  draft: SentNotice | null
}

async function load(noticeId: string | undefined): Promise<Result<Loaded>> {
  const [reach, home, draft] = await Promise.all([
    listCommunities({ limit: 1000 }),
    getMyHome(),
    noticeId ? notices('getSent', { noticeId }) : Promise.resolve(null),
  ])
  if (!reach.ok) return reach
  if (!home.ok) return home
  if (draft && !draft.ok) return draft
  return {
    ok: true,
    data: { communities: reach.data.communities, cityWide: holdsRole(home.data.roles, 'cityCentre'), draft: draft?.data ?? null },
  }
}

/** 编辑通知 (city and district centres): a draft, saved or published from here. */
function EditPage() {
  const { noticeId } = useParams()
  const { state, reload } = useRemote(() => load(noticeId), [noticeId])
  return (
    <View className='nt-edit'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(l) => <Form loaded={l} />}
      </RemoteView>
      <PrivacySheet />
    </View>
  )
}

const YES_NO = [
  { value: 'yes', label: '需要回复' },
  { value: 'no', label: '不需回复' },
] as const
const PRIORITIES = [
  { value: 'normal', label: '普通' },
  { value: 'important', label: '重要' },
] as const

function Form({ loaded }: { loaded: Loaded }) {
  const d = loaded.draft
  const firstDistrict = loaded.communities[0]?.district ?? ''
  const [title, setTitle] = useState(d?.title ?? '')
  const [body, setBody] = useState(d?.body ?? '')
  const [files, setFiles] = useState<CloudFile[]>(d?.attachments ?? [])
  const [reply, setReply] = useState<'yes' | 'no'>(d && !d.replyRequired ? 'no' : 'yes')
  // A week is the usual time to answer; the centre changes it when the matter is urgent.
  const [due, setDue] = useState<string | null>(formatDay(d?.replyDueAt ?? Date.now() + 7 * DAY_MS))
  const [priority, setPriority] = useState<NoticePriority>(d?.priority ?? 'normal')
  const [target, setTarget] = useState<NoticeTarget>(d?.target ?? { kind: 'district', district: firstDistrict })
  const notice = useNotice()
  const { busy, run, send } = useSubmit(notice)

  const input = () => ({
    ...(d ? { noticeId: d.id } : {}),
    title,
    body,
    attachments: files,
    replyRequired: reply === 'yes',
    replyDueAt: reply === 'yes' && due ? (beijingDayRange(due)?.end ?? null) : null,
    priority,
    target,
  })
  const save = () => send(check(noticesApi.saveDraft.input, input(), NOTICE_LABELS), saveDraft)
  const saveOnly = async () => {
    if (await save()) {
      notice.show('草稿已保存', 'success')
      void Taro.navigateBack()
    }
  }
  const publish = async () => {
    const saved = await save()
    if (!saved) return
    const done = await run(() => notices('publishNotice', { noticeId: saved.id }), { progress: '正在发布…' })
    if (done) void Taro.redirectTo({ url: noticesRoutes.dashboard(done.id) })
  }
  const upload = async () => {
    const added = await run(() => pickAndUpload(NOTICE_FOLDER, 9 - files.length))
    if (added) setFiles([...files, ...added])
  }

  return (
    <View>
      <View className='form'>
        <AtInput name='title' title='标题' placeholder='通知标题' value={title} onChange={(v: string | number) => setTitle(String(v))} />
      </View>
      <View className='section-title'>内容</View>
      <Textarea className='form__textarea' value={body} maxlength={5000} placeholder='通知内容' onInput={(e) => setBody(e.detail.value)} />
      <View className='section-title'>附件</View>
      <View className='nt-card'>
        <FileList files={files} onError={notice.showError} onRemove={(f) => setFiles(files.filter((x) => x.fileID !== f.fileID))} />
        <AtButton size='small' disabled={busy || files.length >= 9} onClick={() => void upload()}>
          添加附件
        </AtButton>
      </View>
      <View className='section-title'>是否需要回复</View>
      <View className='nt-card'>
        <ChoiceGroup options={YES_NO} value={reply} onChange={setReply} />
      </View>
      {reply === 'yes' && (
        <View className='form'>
          <DateRow label='回复截止' value={due} onChange={setDue} optional={false} />
        </View>
      )}
      <View className='section-title'>紧急程度</View>
      <View className='nt-card'>
        <ChoiceGroup options={PRIORITIES} value={priority} onChange={setPriority} />
      </View>
      <View className='section-title'>发送范围</View>
      <TargetPicker communities={loaded.communities} cityWide={loaded.cityWide} value={target} onChange={setTarget} />
      {notice.inline}
      <View className='nt-actions'>
        <AtButton disabled={busy} onClick={() => void saveOnly()}>
          保存草稿
        </AtButton>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void publish()}>
          发布
        </AtButton>
      </View>
      {notice.element}
    </View>
  )
}

export default withFontScale(EditPage)
