import { Picker, View } from '@tarojs/components'

interface Props<T> {
  label: string
  /** The choices, in order, and how each reads. */
  options: readonly T[]
  labelOf: (option: T) => string
  value: T
  onChange: (value: T) => void
  /** Shown when there is nothing to choose. */
  empty?: string
}

/** A form row that opens a list picker (类别, 状态, 账户…); the value shown is the chosen option's label. */
export default function SelectRow<T>({ label, options, labelOf, value, onChange, empty = '没有可选项' }: Props<T>) {
  const at = options.indexOf(value)
  return (
    <View className='form__row'>
      <View className='form__label'>{label}</View>
      <Picker
        mode='selector'
        range={options.map(labelOf)}
        value={Math.max(0, at)}
        onChange={(e) => onChange(options[Number(e.detail.value)])}
        className='form__value'
      >
        <View>{options.length === 0 ? empty : labelOf(at >= 0 ? value : options[0])}</View>
      </Picker>
    </View>
  )
}
