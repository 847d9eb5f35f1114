import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton, AtInput, AtSwitch, AtTextarea } from 'taro-ui'
import { manageVoteApi, VOTE_LABELS, type VoteDetail } from '@core/api/vote'
import { zodMessage } from '@core/zodMessage'
import RemoteView from '../../../../components/remote-view'
import { manageVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { voteRoutes } from '../../routes'
import { draftFields, emptyForm, formOf, type DraftForm } from './draft'
import ItemsEditor from './ItemsEditor'
import ScopePicker from './ScopePicker'
import TimeField from './TimeField'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 新增议题 / 编辑议题: only drafts can be edited; saving never submits. */
function EditPage() {
  const { voteId, communityId = '' } = useParams()
  if (!voteId) return <Editor communityId={communityId} initial={emptyForm(Date.now())} />
  return <EditExisting voteId={voteId} />
}

function EditExisting({ voteId }: { voteId: string }) {
  const { state, reload } = useRemote(() => manageVote('get', { voteId }))
  // Keyed by revision: a reload on return keeps what is being typed unless the draft changed elsewhere.
  return (
    <RemoteView state={state} onRetry={() => void reload()}>
      {(vote) => <Editor key={vote.rev} communityId={vote.communityId} vote={vote} initial={formOf(vote)} />}
    </RemoteView>
  )
}

function Editor({ communityId, vote, initial }: { communityId: string; vote?: VoteDetail; initial: DraftForm }) {
  const [form, setForm] = useState(initial)
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)
  const set =
    <K extends keyof DraftForm>(key: K) =>
    (value: DraftForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }))
  const text = (key: 'title' | 'description') => (v: string | number) => set(key)(String(v))

  const save = async () => {
    const fields = draftFields(form)
    if (vote) {
      const parsed = manageVoteApi.updateDraft.input.safeParse({ ...fields, voteId: vote.id, rev: vote.rev })
      if (!parsed.success) return notice.showError({ message: zodMessage(parsed.error, VOTE_LABELS) })
      const saved = await run(() => manageVote('updateDraft', parsed.data), { progress: '正在保存…' })
      if (saved) void Taro.redirectTo({ url: voteRoutes.detail(saved.id, 'committee') })
      return
    }
    const parsed = manageVoteApi.createDraft.input.safeParse({ ...fields, communityId })
    if (!parsed.success) return notice.showError({ message: zodMessage(parsed.error, VOTE_LABELS) })
    const saved = await run(() => manageVote('createDraft', parsed.data), { progress: '正在保存…' })
    if (saved) void Taro.redirectTo({ url: voteRoutes.detail(saved.id, 'committee') })
  }

  return (
    <View className='vp edit'>
      <View className='vp__lead'>保存后为“待提交”状态，可以继续修改；提交审核后不能再修改或删除。</View>
      <View className='edit__form'>
        <AtInput name='title' title='投票议题' placeholder='如：关于更换电梯的表决' value={form.title} onChange={text('title')} />
        <View className='edit__field'>
          <View className='edit__label'>说明</View>
          <AtTextarea
            value={form.description}
            maxLength={5000}
            height={200}
            placeholder='向业主说明背景、费用等（可不填）'
            onChange={(v: string) => set('description')(v)}
          />
        </View>
        <ItemsEditor items={form.items} onChange={set('items')} />
        <ScopePicker
          communityId={communityId}
          kind={form.scopeKind}
          buildings={form.buildings}
          onKind={set('scopeKind')}
          onBuildings={set('buildings')}
        />
        <TimeField label='开始时间' date={form.startDate} time={form.startTime} onDate={set('startDate')} onTime={set('startTime')} />
        <TimeField label='结束时间' date={form.endDate} time={form.endTime} onDate={set('endDate')} onTime={set('endTime')} />
        <AtSwitch
          title='从众票计入多数一方（按业主大会议事规则）'
          checked={form.followMajorityCounts}
          onChange={(v: boolean) => set('followMajorityCounts')(v)}
        />
      </View>
      {notice.inline}
      <View className='vp__actions'>
        <AtButton type='primary' disabled={busy} onClick={() => void save()}>
          保存草稿
        </AtButton>
      </View>
      {notice.element}
    </View>
  )
}

export default withFontScale(EditPage)
