import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'

export interface RoomAddress {
  building: string
  unitNo: string
  room: string
}

export interface RoomFinderProps {
  onFind: (room: RoomAddress) => void
  disabled?: boolean
  /** @default '查找房屋' */
  buttonText?: string
}

/** 楼栋 / 单元 / 房号, as written in the property register, then one large "find" button. */
export default function RoomFinder({ onFind, disabled, buttonText }: RoomFinderProps) {
  const [building, setBuilding] = useState('')
  const [unitNo, setUnitNo] = useState('')
  const [room, setRoom] = useState('')
  const text = (set: (v: string) => void) => (v: string | number) => set(String(v))
  return (
    <View className='yw-room-finder'>
      <AtInput name='building' title='楼栋' placeholder='如 1栋' value={building} onChange={text(setBuilding)} />
      <AtInput name='unitNo' title='单元' placeholder='没有可不填' value={unitNo} onChange={text(setUnitNo)} />
      <AtInput name='room' title='房号' placeholder='如 1502' value={room} onChange={text(setRoom)} />
      <View className='yw-room-finder__action'>
        <AtButton disabled={disabled} onClick={() => onFind({ building: building.trim(), unitNo: unitNo.trim(), room: room.trim() })}>
          {buttonText ?? '查找房屋'}
        </AtButton>
      </View>
    </View>
  )
}
