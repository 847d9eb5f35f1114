import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { CHOICE_LABELS, type Choice, type RoomView, type VoteDetail } from '@core/api/vote'
import { formatArea } from '@core/vote/explain'
import ItemChoices from '../../../../components/item-choices'
import RoomFinder, { type RoomAddress } from '../../../../components/room-finder'
import { supplementVote } from '../../../../services/vote'
import { useAction } from '../../hooks/useAction'
import { paperChoices } from './choices'

/** 先选择投票人房号，然后补计投票结果 (manual 十一.4). */
export default function PaperEntry({ vote, onSaved }: { vote: VoteDetail; onSaved: () => void }) {
  const [address, setAddress] = useState<RoomAddress | null>(null)
  const [room, setRoom] = useState<RoomView | null>(null)
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [note, setNote] = useState('')
  const { run, busy, notice } = useAction()

  const find = async (a: RoomAddress) => {
    setRoom(null)
    const found = await run('正在查找房屋…', () => supplementVote('findRoom', { voteId: vote.id, ...a }))
    if (!found) return
    setAddress(a)
    setRoom(found)
    setChoices(found.paper?.choices ?? {})
    setNote('')
  }
  const save = async () => {
    if (!address) return
    const entry = await run('正在保存纸质票…', () => supplementVote('enterPaper', { voteId: vote.id, ...address, choices, note }), '纸质票已补录')
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
          <View className='vp__meta'>业主：{room.owners.join('、')} · {formatArea(room.areaCenti)}{room.coOwned ? ' · 多人共有' : ''}</View>
          {room.partyRooms.length > 1 && <View className='vp__meta'>同一业主的房屋：{room.partyRooms.join('、')}（合计一票）</View>}
          {room.electronic && <View className='supplement__warn'>该户已进行电子投票，以电子投票结果为准；纸质票录入后仅留存参考。</View>}
          {room.paper && (
            <View className='supplement__warn'>
              已补录过纸质票（{room.paper.entered.who}）：
              {vote.items.map((i, n) => `事项${n + 1}${room.paper?.choices[i.id] ? CHOICE_LABELS[room.paper.choices[i.id]] : '未填'}`).join('，')}
            </View>
          )}
          <ItemChoices items={vote.items} choices={paperChoices(vote)} value={choices} onChange={setChoices} disabled={busy} />
          <AtInput name='paperNote' title='说明' placeholder='可不填' value={note} onChange={(v: string | number) => setNote(String(v))} />
          <View className='vp__actions'>
            <AtButton type='primary' disabled={busy} onClick={() => void save()}>保存纸质票</AtButton>
          </View>
        </View>
      )}
      {notice.element}
    </View>
  )
}
