import { useState } from 'react'
import { Textarea, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { NOTICE_LABELS, noticesApi, type ReceivedNotice } from '@core/api/notices'
import { communityFolder, type CloudFile } from '@core/schemas/files'
import RemoteView from '../../../../components/remote-view'
import FileList from '../../../../components/file-list'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { useSubmit } from '../../../../hooks/useSubmit'
import type { Result } from '../../../../services/cloud'
import { pickAndUpload } from '../../../../services/files'
import { notices, refreshMessagesBadge, replyNotice } from '../../../../services/notices'
import { check } from '../../../../utils/check'
import NoticeHead from '../../shared/NoticeHead'
import ReplyVersions, { ReadBy } from '../../shared/ReplyVersions'
import NoticeAlerts from './NoticeAlerts'
import { withFontScale } from '../../../../components/font-scale'
import PrivacySheet from '../../../../components/privacy-sheet'
import './index.scss'

/** Opening marks it read for the committee; a link without the community opens it for the caller's own. */
async function open(noticeId: string, communityId: string | undefined): Promise<Result<ReceivedNotice>> {
  let community = communityId
  if (!community) {
    const box = await notices('inbox', { limit: 1 })
    if (!box.ok) return box
    community = box.data.communityId
  }
  const got = await notices('readNotice', { noticeId, communityId: community })
  void refreshMessagesBadge()
  return got
}

/** 通知详情 (committee): the notice, 已知悉 for an 重要 one, and the reply with its earlier versions. */
function ReceivedPage() {
  const params = useParams()
  const { state, reload, set } = useRemote(() => open(params.noticeId, params.communityId), [params.noticeId, params.communityId])
  const notice = useNotice()
  return (
    <View className='nt-received'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(n) => (
          <View>
            <NoticeHead notice={n} onError={notice.showError} />
            <Standing n={n} onChange={set} notice={notice} />
            {n.replyRequired && <Replies n={n} onChange={set} notice={notice} />}
            {notice.inline}
            <NoticeAlerts notice={notice} />
          </View>
        )}
      </RemoteView>
      {notice.element}
      <PrivacySheet />
    </View>
  )
}

type Props = { n: ReceivedNotice; onChange: (n: ReceivedNotice) => void; notice: ReturnType<typeof useNotice> }

function Standing({ n, onChange, notice }: Props) {
  const { busy, run } = useSubmit(notice)
  const acknowledge = async () => {
    const got = await run(() => notices('acknowledgeNotice', { noticeId: n.id, communityId: n.communityId }), { done: '已确认知悉' })
    if (got) onChange(got)
    void refreshMessagesBadge()
  }
  return (
    <View className='nt-card'>
      <View className='nt-card__status'>本小区：{n.statusLabel}</View>
      <ReadBy n={n} />
      {n.priority === 'important' && !n.acknowledgedAt && n.state === 'published' && (
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void acknowledge()}>
          已知悉
        </AtButton>
      )}
    </View>
  )
}

function Replies({ n, onChange, notice }: Props) {
  const [text, setText] = useState(n.reply?.text ?? '')
  const [files, setFiles] = useState<CloudFile[]>(n.reply?.attachments ?? [])
  const { busy, run, send } = useSubmit(notice)
  const upload = async () => {
    const added = await run(() => pickAndUpload(communityFolder(n.communityId, 'notices'), 9 - files.length))
    if (added) setFiles([...files, ...added])
  }
  const submit = async () => {
    const input = { noticeId: n.id, communityId: n.communityId, text, attachments: files }
    const got = await send(check(noticesApi.replyNotice.input, input, NOTICE_LABELS), replyNotice, { done: '已提交回复' })
    if (got) onChange(got)
    void refreshMessagesBadge()
  }
  return (
    <View>
      {n.state === 'published' && (
        <View>
          <View className='section-title'>{n.reply ? '修改回复' : '回复'}</View>
          <Textarea
            className='form__textarea'
            value={text}
            maxlength={2000}
            placeholder='请填写回复内容'
            onInput={(e) => setText(e.detail.value)}
          />
          <View className='nt-card'>
            <FileList files={files} onError={notice.showError} onRemove={(f) => setFiles(files.filter((x) => x.fileID !== f.fileID))} />
          </View>
          <View className='nt-actions'>
            <AtButton disabled={busy || files.length >= 9} onClick={() => void upload()}>
              添加附件
            </AtButton>
            <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void submit()}>
              {n.reply ? '提交修改' : '提交回复'}
            </AtButton>
          </View>
        </View>
      )}
      <ReplyVersions n={n} onError={notice.showError} />
    </View>
  )
}

export default withFontScale(ReceivedPage)
