import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import type { RoomView } from '@core/api/vote'
import RoomFinder, { type RoomAddress } from '../../../components/room-finder'
import type { Result } from '../../../services/cloud'
import { supplementVote } from '../../../services/vote'
import { useNotice } from '../../../hooks/useNotice'
import { useSubmit } from '../../../hooks/useSubmit'

interface Props {
  voteId: string
  /** Sets the page's own fields for the room just found (its earlier entry, or the defaults). */
  onFound: (room: RoomView) => void
  /** The found room's own lines, under its number: owners, what was entered before, what to tick (not while `busy`). */
  children: (room: RoomView, busy: boolean) => ReactNode
  noteName: string
  notePlaceholder: string
  saveText: string
  /** Why the entry cannot be saved as it stands, shown instead of saving; null when it can. */
  problem?: string | null
  /** Saves the entry of the found room: the "正在…" text, the call, and the notice once saved. */
  save: { progress: string; call: (address: RoomAddress, note: string) => Promise<Result<object>>; done: string }
  onSaved: () => void
}

/**
 * One room's offline entry by committee staff (a paper ballot, a 从众 confirmation): find the room
 * as the property register writes it, fill in what the owner gave, add a note, save.
 */
export default function RoomEntry({ voteId, onFound, children, noteName, notePlaceholder, saveText, problem, save, onSaved }: Props) {
  const [address, setAddress] = useState<RoomAddress | null>(null)
  const [room, setRoom] = useState<RoomView | null>(null)
  const [note, setNote] = useState('')
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)

  const find = async (a: RoomAddress) => {
    setRoom(null)
    const found = await run(() => supplementVote('findRoom', { voteId, ...a }), { progress: '正在查找房屋…' })
    if (!found) return
    setAddress(a)
    setRoom(found)
    onFound(found)
    setNote('')
  }
  const submit = async () => {
    if (!address) return
    if (problem) return notice.showError({ message: problem })
    const entry = await run(() => save.call(address, note), { progress: save.progress, done: save.done })
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
          {children(room, busy)}
          <AtInput
            name={noteName}
            title='说明'
            placeholder={notePlaceholder}
            value={note}
            onChange={(v: string | number) => setNote(String(v))}
          />
          {notice.inline}
          <View className='vp__actions'>
            <AtButton type='primary' disabled={busy} onClick={() => void submit()}>
              {saveText}
            </AtButton>
          </View>
        </View>
      )}
      {notice.element}
    </View>
  )
}
