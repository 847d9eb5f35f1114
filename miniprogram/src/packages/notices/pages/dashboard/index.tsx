import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { AreaCount, NoticeDashboard } from '@core/api/notices'
import RemoteView from '../../../../components/remote-view'
import ReasonModal from '../../../../components/reason-modal'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { useSubmit } from '../../../../hooks/useSubmit'
import { openFile } from '../../../../services/files'
import { notices } from '../../../../services/notices'
import NoticeHead from '../../shared/NoticeHead'
import Street from './Street'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

function counts(c: Pick<AreaCount, 'total' | 'read' | 'unread' | 'replied' | 'overdue'>, replyRequired: boolean): string {
  const parts = [`共${c.total}`, `已读${c.read}`, `未读${c.unread}`]
  if (replyRequired) parts.push(`已回复${c.replied}`, `逾期${c.overdue}`)
  return parts.join(' · ')
}

/** 通知统计 (sender): read / unread / replied / overdue in all, by district and street, each street drillable to its communities. */
function DashboardPage() {
  const { noticeId } = useParams()
  const { state, reload } = useRemote(() => notices('dashboard', { noticeId }), [noticeId])
  const notice = useNotice()
  return (
    <View className='nt-dashboard'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(d) => <Board d={d} notice={notice} onRevoked={() => void reload()} />}
      </RemoteView>
      {notice.element}
    </View>
  )
}

function Board({ d, notice, onRevoked }: { d: NoticeDashboard; notice: ReturnType<typeof useNotice>; onRevoked: () => void }) {
  const [open, setOpen] = useState<string | null>(null)
  const [revoking, setRevoking] = useState(false)
  const { busy, run } = useSubmit(notice)
  const reply = d.notice.replyRequired
  const exportXlsx = async () => {
    const file = await run(() => notices('exportPending', { noticeId: d.notice.id }), { progress: '正在生成表格…' })
    if (!file) return
    notice.show(`已生成，共 ${file.rows} 个小区`, 'success')
    const problem = await openFile({ url: file.tempFileURL })
    if (problem) notice.showError(problem)
  }
  const revoke = async (reason: string) => {
    const done = await run(() => notices('revokeNotice', { noticeId: d.notice.id, reason }), { done: '已撤回' })
    if (!done) return
    setRevoking(false)
    onRevoked()
  }
  return (
    <View>
      <NoticeHead notice={d.notice} onError={notice.showError} />
      <View className='nt-card'>
        <View className='nt-card__title'>接收情况</View>
        <View className='nt-card__status'>{counts(d, reply)}</View>
        {d.byDistrict.map((a) => (
          <View key={a.district} className='nt-count'>
            <View className='nt-count__name'>{a.district}</View>
            <View className='nt-count__nums'>{counts(a, reply)}</View>
          </View>
        ))}
      </View>
      <View className='nt-card'>
        <View className='nt-card__title'>按街道</View>
        {d.byStreet.map((a) => {
          const key = `${a.district}/${a.street}`
          return (
            <View key={key}>
              <View className='nt-count' onClick={() => setOpen(open === key ? null : key)}>
                <View className='nt-count__name'>
                  {a.district}
                  {a.street}
                </View>
                <View className='nt-count__nums'>{counts(a, reply)}</View>
              </View>
              {open === key && <Street noticeId={d.notice.id} district={a.district} street={a.street} />}
            </View>
          )
        })}
      </View>
      {d.notice.state !== 'draft' && (
        <View className='nt-actions'>
          {notice.inline}
          <AtButton loading={busy} disabled={busy} onClick={() => void exportXlsx()}>
            {reply ? '导出未读或未回复的小区' : '导出未读的小区'}
          </AtButton>
          {d.notice.state === 'published' && (
            <AtButton disabled={busy} onClick={() => setRevoking(true)}>
              撤回通知
            </AtButton>
          )}
        </View>
      )}
      <ReasonModal
        isOpened={revoking}
        title='撤回通知'
        content='撤回后各小区仍能看到这条通知，并显示撤回原因。'
        placeholder='请填写撤回原因'
        confirmText='撤回'
        busy={busy}
        onCancel={() => setRevoking(false)}
        onConfirm={(reason) => void revoke(reason)}
      />
    </View>
  )
}

export default withFontScale(DashboardPage)
