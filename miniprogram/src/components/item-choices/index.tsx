import { View } from '@tarojs/components'
import { CHOICE_LABELS, type Choice } from '@core/api/vote'
import ChoiceGroup from '../choice-group'

export interface ItemChoicesProps {
  items: ReadonlyArray<{ id: string; text: string }>
  /** 可选的选项，如 ['agree', 'oppose', 'abstain'] */
  choices: readonly Choice[]
  value: Record<string, Choice>
  onChange: (value: Record<string, Choice>) => void
  disabled?: boolean
}

/** A compact per-item choice form for staff entering a ballot they hold on paper. */
export default function ItemChoices({ items, choices, value, onChange, disabled }: ItemChoicesProps) {
  const options = choices.map((c) => ({ value: c, label: CHOICE_LABELS[c] }))
  return (
    <View className='yw-item-choices'>
      {items.map((item, i) => (
        <View key={item.id} className='yw-item-choices__item'>
          <View className='yw-item-choices__text'>
            事项{i + 1}：{item.text}
          </View>
          <ChoiceGroup
            options={options}
            value={value[item.id] ?? null}
            disabled={disabled}
            onChange={(c) => onChange({ ...value, [item.id]: c })}
          />
        </View>
      ))}
    </View>
  )
}
