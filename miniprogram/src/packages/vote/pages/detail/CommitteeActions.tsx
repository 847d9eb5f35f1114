import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { VoteDetail } from '@core/api/vote'
import ConfirmDialog from '../../../../components/confirm-dialog'
import { manageVote, supplementVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { voteRoutes } from '../../routes'

type Asking = 'submit' | 'delete' | 'remind' | 'supplement' | null

/** What the committee can do with a vote in its present state (manual 十一: 编辑、删除、提交、补计…). */
export default function CommitteeActions({ vote, onChanged }: { vote: VoteDetail; onChanged: (vote: VoteDetail) => void }) {
  const [asking, setAsking] = useState<Asking>(null)
  const [reminded, setReminded] = useState('')
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)
  const go = (url: string) => void Taro.navigateTo({ url })
  const ref = { voteId: vote.id }

  const confirm = async () => {
    const what = asking
    setAsking(null)
    if (what === 'submit') {
      const done = await run(() => manageVote('submit', ref), { progress: '正在提交…', done: '提交成功，请联系所属街道办审核' })
      if (done) onChanged(done)
    } else if (what === 'delete') {
      const done = await run(() => manageVote('deleteDraft', ref), { progress: '正在删除…' })
      if (done) void Taro.navigateBack()
    } else if (what === 'remind') {
      const sent = await run(() => manageVote('remind', ref), { progress: '正在发送提醒…' })
      if (sent) setReminded(sent.summary)
    } else if (what === 'supplement') {
      const done = await run(() => supplementVote('startSupplement', ref), { progress: '正在进入投票补计…' })
      if (done) {
        onChanged(done)
        go(voteRoutes.supplement(vote.id))
      }
    }
  }

  const s = vote.state
  return (
    <View className='vp__actions'>
      {s === 'draft' && <AtButton onClick={() => go(voteRoutes.edit({ voteId: vote.id }))}>编辑</AtButton>}
      {s === 'draft' && (
        <AtButton type='primary' disabled={busy} onClick={() => setAsking('submit')}>
          提交审核
        </AtButton>
      )}
      {s === 'draft' && (
        <AtButton disabled={busy} onClick={() => setAsking('delete')}>
          删除
        </AtButton>
      )}
      {s === 'voting' && (
        <AtButton disabled={busy} onClick={() => setAsking('remind')}>
          提醒未投票的业主
        </AtButton>
      )}
      {reminded && <View className='yw-notice yw-notice--success detail__reminded'>{reminded}</View>}
      {notice.inline}
      {s === 'closed' && (
        <AtButton type='primary' disabled={busy} onClick={() => setAsking('supplement')}>
          开始投票补计
        </AtButton>
      )}
      {s === 'supplementing' && (
        <AtButton type='primary' onClick={() => go(voteRoutes.supplement(vote.id))}>
          投票补计
        </AtButton>
      )}
      {s === 'followMajority' && (
        <AtButton type='primary' onClick={() => go(voteRoutes.follow(vote.id))}>
          确认从众
        </AtButton>
      )}
      {s === 'statistics' && (
        <AtButton type='primary' onClick={() => go(voteRoutes.statistics(vote.id, 'committee'))}>
          统计录入
        </AtButton>
      )}
      {s === 'tallied' && (
        <AtButton type='primary' onClick={() => go(voteRoutes.result(vote.id))}>
          查看表决结果
        </AtButton>
      )}
      {s !== 'draft' && s !== 'reviewing' && <AtButton onClick={() => go(voteRoutes.exports(vote.id))}>未参与名单与线下认证</AtButton>}
      <ConfirmDialog
        isOpened={asking !== null}
        title={TITLES[asking ?? 'submit']}
        danger={asking === 'delete' || asking === 'submit'}
        confirmText={asking === 'delete' ? '确认删除' : '确定'}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
      >
        {asking !== null && BODIES[asking]}
      </ConfirmDialog>
      {notice.element}
    </View>
  )
}

const TITLES: Record<Exclude<Asking, null>, string> = {
  submit: '提交审核',
  delete: '删除投票',
  remind: '提醒未投票的业主',
  supplement: '开始投票补计',
}

const BODIES: Record<Exclude<Asking, null>, string> = {
  submit: '投票申请一旦提交，就不能再编辑或删除。提交后请联系所属街道办审核。确定提交吗？',
  delete: '删除后不能恢复。确定删除这个待提交的投票吗？',
  remind: '还没有投票的业主中，订阅了消息的收到消息提醒；没有订阅的，按房产登记的手机号发短信提醒（每次投票每人只发一次）。',
  supplement: '投票已截止。开始补录纸质票后，业主不能再改票。',
}
