import { Picker, View } from '@tarojs/components'

export interface TimeFieldProps {
  label: string
  date: string
  time: string
  onDate: (date: string) => void
  onTime: (time: string) => void
}

/** A Beijing date and time picked with the system pickers (no typing, no format to remember). */
export default function TimeField({ label, date, time, onDate, onTime }: TimeFieldProps) {
  return (
    <View className='edit__field'>
      <View className='edit__label'>{label}</View>
      <View className='edit__time'>
        <Picker mode='date' value={date} onChange={(e) => onDate(String(e.detail.value))}>
          <View className='edit__picker'>{date}</View>
        </Picker>
        <Picker mode='time' value={time} onChange={(e) => onTime(String(e.detail.value))}>
          <View className='edit__picker'>{time}</View>
        </Picker>
      </View>
    </View>
  )
}
