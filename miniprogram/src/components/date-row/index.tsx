import { Picker, View } from '@tarojs/components'

interface Props {
  label: string
  value: string | null
  onChange: (value: string | null) => void
  /** Whether the day may be left empty (a 清除 link appears once set). */
  optional?: boolean
}

/** A form row that opens the date picker from anywhere on it, label included; days are 'YYYY-MM-DD'. */
export default function DateRow({ label, value, onChange, optional = true }: Props) {
  return (
    <View className='form__row'>
      <Picker mode='date' value={value ?? ''} onChange={(e) => onChange(e.detail.value)} className='form__picker'>
        <View className='form__picker-row'>
          <View className='form__label'>{label}</View>
          <View className={value ? 'form__value' : 'form__value form__value--placeholder'}>{value ?? '请选择日期'}</View>
        </View>
      </Picker>
      {optional && value && (
        <View className='form__clear' onClick={() => onChange(null)}>
          清除
        </View>
      )}
    </View>
  )
}
