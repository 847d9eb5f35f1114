import { useState } from 'react'
import { View } from '@tarojs/components'
import type { VoteDetail } from '@core/api/vote'
import { formatArea } from '@core/format'
import { supplementVote } from '../../../../services/vote'
import RoomEntry from '../../components/RoomEntry'

/** One room's offline 从众 confirmation: find the room, tick the items it covers (all by default), save. */
export default function FollowEntry({ vote, onSaved }: { vote: VoteDetail; onSaved: () => void }) {
  const [itemIds, setItemIds] = useState<string[]>([])
  const toggle = (id: string) => setItemIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))
  const all = itemIds.length === vote.items.length
  return (
    <RoomEntry
      voteId={vote.id}
      onFound={() => setItemIds(vote.items.map((i) => i.id))}
      noteName='followNote'
      notePlaceholder='如：书面确认从众'
      saveText='保存从众确认'
      problem={itemIds.length === 0 ? '请至少选择一个表决事项' : null}
      save={{
        progress: '正在保存…',
        call: (address, note) => supplementVote('enterFollow', { voteId: vote.id, ...address, itemIds: all ? undefined : itemIds, note }),
        done: '从众已录入',
      }}
      onSaved={onSaved}
    >
      {(room) => (
        <>
          <View className='vp__meta'>
            业主：{room.owners.join('、')} · {formatArea(room.areaCenti)}
          </View>
          {room.electronic && <View className='vp__meta vp__error'>这套房已电子投票，以电子投票结果为准。</View>}
          {room.follow && <View className='vp__meta'>已录入过从众（{room.follow.entered.who}）</View>}
          {vote.items.map((item, i) => (
            <View
              key={item.id}
              className={`follow__item ${itemIds.includes(item.id) ? 'follow__item--on' : ''}`}
              onClick={() => toggle(item.id)}
            >
              {itemIds.includes(item.id) ? '☑' : '☐'} 事项{i + 1}：{item.text}
            </View>
          ))}
        </>
      )}
    </RoomEntry>
  )
}
