import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { CHOICE_LABELS, type Choice, type CoOwnedCase, type VoteDetail } from '@core/api/vote'
import ItemChoices from '../../../../components/item-choices'
import { supplementVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { paperChoices } from './choices'

const REASONS = { coOwnersDisagree: '共有人的选择不一致，须确认', coOwnersUnconfirmed: '没有投票代表，共有人的选择须确认后才计入' }

/**
 * A co-owned unit with no representative bound before voting started: every co-owner's ballot is
 * shown for reference, and staff record the confirmed choice per item (manual 十一.4).
 */
export default function CoOwnedCard({ vote, entry, onDone }: { vote: VoteDetail; entry: CoOwnedCase; onDone: () => void }) {
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [note, setNote] = useState('')
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)
  const pendingItems = vote.items.filter((i) => entry.items.some((e) => e.itemId === i.id))
  const confirm = async () => {
    const done = await run(() => supplementVote('confirmCoOwned', { voteId: vote.id, partyId: entry.partyId, choices, note }), {
      progress: '正在保存…',
      done: '已确认',
    })
    if (done) onDone()
  }
  return (
    <View className='card supplement__case'>
      <View className='vp__title'>{entry.rooms.join('、')}</View>
      <View className='vp__meta'>共有人：{entry.owners.join('、')}</View>
      <View className='supplement__why'>{entry.why}</View>
      {entry.items.map((e) => {
        const index = vote.items.findIndex((i) => i.id === e.itemId) + 1
        return (
          <View key={e.itemId}>
            <View className='supplement__reason'>
              事项{index}：{REASONS[e.reason]}
            </View>
            {e.choices.map((c) => (
              <View key={c.owner} className='supplement__ref'>
                {c.owner}：{CHOICE_LABELS[c.choice]}（供参考）
              </View>
            ))}
          </View>
        )
      })}
      <ItemChoices items={pendingItems} choices={paperChoices(vote)} value={choices} onChange={setChoices} disabled={busy} />
      <AtInput
        name='note'
        title='说明'
        placeholder='如：经全体共有人书面确认'
        value={note}
        onChange={(v: string | number) => setNote(String(v))}
      />
      {notice.inline}
      <View className='vp__actions'>
        <AtButton type='primary' disabled={busy} onClick={() => void confirm()}>
          确认这套房的投票
        </AtButton>
      </View>
      {notice.element}
    </View>
  )
}
