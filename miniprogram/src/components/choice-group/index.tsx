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

export interface MultiChoiceGroupProps<T extends string> {
  options: ReadonlyArray<ChoiceOption<T>>
  /** 已选的值（按选项顺序） */
  value: readonly T[]
  onChange: (value: T[]) => void
  disabled?: boolean
}

/** Some-of-several buttons with the same look: a tap turns one on or off; the answer keeps the options' order. */
export function MultiChoiceGroup<T extends string>({ options, value, onChange, disabled }: MultiChoiceGroupProps<T>) {
  const toggle = (v: T) => {
    const on = value.includes(v) ? value.filter((x) => x !== v) : [...value, v]
    onChange(options.map((o) => o.value).filter((x) => on.includes(x)))
  }
  return (
    <View className={`yw-choices ${disabled ? 'yw-choices--disabled' : ''}`}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`yw-choices__option ${value.includes(o.value) ? 'yw-choices__option--on' : ''}`}
          onClick={() => !disabled && toggle(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}
