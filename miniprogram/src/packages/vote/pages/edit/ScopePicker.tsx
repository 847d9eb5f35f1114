import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import type { VoteScope } from '@core/api/vote'
import ChoiceGroup from '../../../../components/choice-group'

export interface ScopePickerProps {
  kind: VoteScope['kind']
  buildings: string[]
  onKind: (kind: VoteScope['kind']) => void
  onBuildings: (buildings: string[]) => void
}

const KINDS: ReadonlyArray<{ value: VoteScope['kind']; label: string }> = [
  { value: 'community', label: '全小区' },
  { value: 'buildings', label: '指定楼栋' },
]

/**
 * Whole community, or chosen buildings. Building names must be written exactly as in the
 * property register (the server answers EMPTY_SCOPE when no registered unit matches).
 */
export default function ScopePicker({ kind, buildings, onKind, onBuildings }: ScopePickerProps) {
  const [typed, setTyped] = useState('')
  const add = () => {
    const name = typed.trim()
    if (name && !buildings.includes(name)) onBuildings([...buildings, name])
    setTyped('')
  }
  return (
    <View className='edit__field'>
      <View className='edit__label'>投票范围</View>
      <ChoiceGroup options={KINDS} value={kind} onChange={onKind} />
      {kind === 'buildings' && (
        <View className='edit__buildings'>
          {buildings.length === 0 && <View className='muted'>还没有选择楼栋</View>}
          {buildings.map((b) => (
            <View key={b} className='edit__chip' onClick={() => onBuildings(buildings.filter((x) => x !== b))}>
              {b} ✕
            </View>
          ))}
          <AtInput name='building' title='楼栋' placeholder='按房产登记填写，如 1栋' value={typed} onChange={(v: string | number) => setTyped(String(v))} />
          <AtButton size='small' onClick={add}>添加楼栋</AtButton>
        </View>
      )}
    </View>
  )
}
