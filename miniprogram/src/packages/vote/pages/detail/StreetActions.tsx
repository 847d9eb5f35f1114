import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton, AtTextarea } from 'taro-ui'
import type { VoteDetail } from '@core/api/vote'
import ConfirmDialog from '../../../../components/confirm-dialog'
import { manageVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { voteRoutes } from '../../routes'

/** 街道办（社区工作站）: approve or reject a submitted vote; confirm the committee's statistics. */
export default function StreetActions({ vote, onChanged }: { vote: VoteDetail; onChanged: (vote: VoteDetail) => void }) {
  const [asking, setAsking] = useState<'approve' | 'reject' | null>(null)
  const [reason, setReason] = useState('')
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)
  const go = (url: string) => void Taro.navigateTo({ url })

  const approve = async () => {
    setAsking(null)
    const done = await run(() => manageVote('approve', { voteId: vote.id }), {
      progress: '正在审核…',
      done: '审核通过，已通知范围内的业主',
    })
    if (done) onChanged(done)
  }
  const reject = async () => {
    if (!reason.trim()) return notice.showError({ message: '请填写驳回原因' })
    setAsking(null)
    const done = await run(() => manageVote('reject', { voteId: vote.id, reason }), {
      progress: '正在驳回…',
      done: '已驳回，业委会修改后可重新提交',
    })
    if (done) onChanged(done)
  }

  return (
    <View className='vp__actions'>
      {notice.inline}
      {vote.state === 'reviewing' && (
        <AtButton type='primary' disabled={busy} onClick={() => setAsking('approve')}>
          审核通过
        </AtButton>
      )}
      {vote.state === 'reviewing' && (
        <AtButton disabled={busy} onClick={() => setAsking('reject')}>
          驳回
        </AtButton>
      )}
      {vote.state === 'statistics' && (
        <AtButton type='primary' onClick={() => go(voteRoutes.statistics(vote.id, 'street'))}>
          核对并确认统计结果
        </AtButton>
      )}
      {vote.state === 'tallied' && (
        <AtButton type='primary' onClick={() => go(voteRoutes.result(vote.id))}>
          查看表决结果
        </AtButton>
      )}
      <ConfirmDialog isOpened={asking === 'approve'} title='审核通过' onConfirm={() => void approve()} onCancel={() => setAsking(null)}>
        审核通过后，投票按设定的时间开始，并通知范围内已订阅消息的业主。
      </ConfirmDialog>
      <ConfirmDialog
        isOpened={asking === 'reject'}
        title='驳回'
        confirmText='确认驳回'
        danger
        onConfirm={() => void reject()}
        onCancel={() => setAsking(null)}
      >
        <AtTextarea
          value={reason}
          maxLength={500}
          height={200}
          placeholder='请填写驳回原因，业委会将看到'
          onChange={(v: string) => setReason(v)}
        />
      </ConfirmDialog>
      {notice.element}
    </View>
  )
}
