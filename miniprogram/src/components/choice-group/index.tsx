import { View } from '@tarojs/components'

export interface ChoiceOption<T extends string> {
  value: T
  label: string
}

export interface ChoiceGroupProps<T extends string> {
  options: ReadonlyArray<ChoiceOption<T>>
  value: T | null
  onChange: (value: T) => void
  disabled?: boolean
}

/** One-of-several buttons, each a large tap target (≥ 88rpx) with the word written on it. */
export default function ChoiceGroup<T extends string>({ options, value, onChange, disabled }: ChoiceGroupProps<T>) {
  return (
    <View className={`yw-choices ${disabled ? 'yw-choices--disabled' : ''}`}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`yw-choices__option ${o.value === value ? 'yw-choices__option--on' : ''}`}
          onClick={() => !disabled && onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}
