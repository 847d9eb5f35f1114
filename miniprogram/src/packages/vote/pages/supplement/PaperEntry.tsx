import { useState } from 'react'
import { View } from '@tarojs/components'
import { CHOICE_LABELS, type Choice, type VoteDetail } from '@core/api/vote'
import { formatArea } from '@core/format'
import ItemChoices from '../../../../components/item-choices'
import { supplementVote } from '../../../../services/vote'
import RoomEntry from '../../components/RoomEntry'
import { paperChoices } from './choices'

/** 先选择投票人房号，然后补计投票结果 (manual 十一.4). */
export default function PaperEntry({ vote, onSaved }: { vote: VoteDetail; onSaved: () => void }) {
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  return (
    <RoomEntry
      voteId={vote.id}
      onFound={(room) => setChoices(room.paper?.choices ?? {})}
      noteName='paperNote'
      notePlaceholder='可不填'
      saveText='保存纸质票'
      save={{
        progress: '正在保存纸质票…',
        call: (address, note) => supplementVote('enterPaper', { voteId: vote.id, ...address, choices, note }),
        done: '纸质票已补录',
      }}
      onSaved={onSaved}
    >
      {(room, busy) => (
        <>
          <View className='vp__meta'>
            业主：{room.owners.join('、')} · {formatArea(room.areaCenti)}
            {room.coOwned ? ' · 多人共有' : ''}
          </View>
          {room.partyRooms.length > 1 && <View className='vp__meta'>同一业主的房屋：{room.partyRooms.join('、')}（合计一票）</View>}
          {room.electronic && <View className='supplement__warn'>这套房已进行电子投票，以电子投票结果为准；纸质票录入后仅留存参考。</View>}
          {room.paper && (
            <View className='supplement__warn'>
              已补录过纸质票（{room.paper.entered.who}）：
              {vote.items
                .map((i, n) => `事项${n + 1}${room.paper?.choices[i.id] ? CHOICE_LABELS[room.paper.choices[i.id]] : '未填'}`)
                .join('，')}
            </View>
          )}
          <ItemChoices items={vote.items} choices={paperChoices(vote)} value={choices} onChange={setChoices} disabled={busy} />
        </>
      )}
    </RoomEntry>
  )
}
