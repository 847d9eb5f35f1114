import { Input, View } from '@tarojs/components'
import { CHOICE_LABELS, type ComputedItem } from '@core/api/vote'
import { CHOICES, fieldKey, type TypedFigures } from './figures'

export interface StatisticsFormProps {
  items: ComputedItem[]
  typed: TypedFigures
  onChange: (typed: TypedFigures) => void
  /** Cells that differ from the computed count, by `fieldKey`. */
  differing: ReadonlySet<string>
  disabled?: boolean
}

/** 录入投票事项对应票数及面积: one small table per item, cells that differ from the system's count in red. */
export default function StatisticsForm({ items, typed, onChange, differing, disabled }: StatisticsFormProps) {
  const set = (itemId: string, choice: (typeof CHOICES)[number], part: 'count' | 'area', value: string) => {
    const row = typed[itemId]
    onChange({ ...typed, [itemId]: { ...row, [choice]: { ...row[choice], [part]: value } } })
  }
  return (
    <View>
      {items.map((item, n) => (
        <View key={item.itemId} className='card stats__item'>
          <View className='vp__title'>
            事项{n + 1}：{item.text}
          </View>
          <View className='stats__head'>
            <View className='stats__label'>　</View>
            <View className='stats__cell'>票数（人）</View>
            <View className='stats__cell'>面积（m²）</View>
          </View>
          {CHOICES.map((c) => (
            <View key={c} className='stats__row'>
              <View className='stats__label'>{CHOICE_LABELS[c]}</View>
              <View className='stats__cell'>
                <Input
                  className={`stats__input ${differing.has(fieldKey(item.itemId, `${c}.count`)) ? 'stats__input--diff' : ''}`}
                  type='number'
                  placeholder='0'
                  disabled={disabled}
                  value={typed[item.itemId]?.[c].count ?? ''}
                  onInput={(e) => set(item.itemId, c, 'count', e.detail.value)}
                />
              </View>
              <View className='stats__cell'>
                <Input
                  className={`stats__input ${differing.has(fieldKey(item.itemId, `${c}.areaCenti`)) ? 'stats__input--diff' : ''}`}
                  type='digit'
                  placeholder='0.00'
                  disabled={disabled}
                  value={typed[item.itemId]?.[c].area ?? ''}
                  onInput={(e) => set(item.itemId, c, 'area', e.detail.value)}
                />
              </View>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
