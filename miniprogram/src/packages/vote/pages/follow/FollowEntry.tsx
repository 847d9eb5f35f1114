import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import type { RoomView, VoteDetail } from '@core/api/vote'
import { formatArea } from '@core/vote/explain'
import RoomFinder, { type RoomAddress } from '../../../../components/room-finder'
import { supplementVote } from '../../../../services/vote'
import { useAction } from '../../hooks/useAction'

/** One room's offline 从众 confirmation: find the room, tick the items it covers (all by default), save. */
export default function FollowEntry({ vote, onSaved }: { vote: VoteDetail; onSaved: () => void }) {
  const [address, setAddress] = useState<RoomAddress | null>(null)
  const [room, setRoom] = useState<RoomView | null>(null)
  const [itemIds, setItemIds] = useState<string[]>([])
  const [note, setNote] = useState('')
  const { run, busy, notice } = useAction()

  const find = async (a: RoomAddress) => {
    setRoom(null)
    const found = await run('正在查找房屋…', () => supplementVote('findRoom', { voteId: vote.id, ...a }))
    if (!found) return
    setAddress(a)
    setRoom(found)
    setItemIds(vote.items.map((i) => i.id))
    setNote('')
  }
  const toggle = (id: string) => setItemIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))
  const save = async () => {
    if (!address) return
    if (itemIds.length === 0) return notice.showError({ message: '请至少选择一个表决事项' })
    const all = itemIds.length === vote.items.length
    const entry = await run('正在保存…', () => supplementVote('enterFollow', { voteId: vote.id, ...address, itemIds: all ? undefined : itemIds, note }), '从众已录入')
    if (!entry) return
    setRoom(null)
    onSaved()
  }

  return (
    <View>
      <RoomFinder onFind={(a) => void find(a)} disabled={busy} />
      {room && (
        <View className='card'>
          <View className='vp__title'>{room.room}</View>
          <View className='vp__meta'>业主：{room.owners.join('、')} · {formatArea(room.areaCenti)}</View>
          {room.electronic && <View className='vp__meta vp__error'>该户已电子投票，以电子投票结果为准。</View>}
          {room.follow && <View className='vp__meta'>已录入过从众（{room.follow.entered.who}）</View>}
          {vote.items.map((item, i) => (
            <View key={item.id} className={`follow__item ${itemIds.includes(item.id) ? 'follow__item--on' : ''}`} onClick={() => toggle(item.id)}>
              {itemIds.includes(item.id) ? '☑' : '☐'} 事项{i + 1}：{item.text}
            </View>
          ))}
          <AtInput name='followNote' title='说明' placeholder='如：书面确认从众' value={note} onChange={(v: string | number) => setNote(String(v))} />
          <View className='vp__actions'>
            <AtButton type='primary' disabled={busy} onClick={() => void save()}>保存从众确认</AtButton>
          </View>
        </View>
      )}
      {notice.element}
    </View>
  )
}
