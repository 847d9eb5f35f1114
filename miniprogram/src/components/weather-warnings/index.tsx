import { View } from '@tarojs/components'
import type { WeatherWarningView } from '@core/api/weather'
import { formatDateTime } from '@core/format'

export interface WeatherWarningsProps {
  warnings: readonly WeatherWarningView[]
  /** With the sender's full text and the period (the weather page); the home page shows the headlines only. */
  detailed?: boolean
  onClick?: () => void
}

/** The weather warnings in force (台风, 暴雨…), each in its signal colour; nothing when there are none. */
export default function WeatherWarnings({ warnings, detailed, onClick }: WeatherWarningsProps) {
  if (warnings.length === 0) return null
  return (
    <View className='yw-warnings' onClick={onClick}>
      {warnings.map((w) => (
        <View key={w.id} className={`yw-warnings__item yw-warnings__item--${w.color}`}>
          <View className='yw-warnings__title'>{w.title}</View>
          {detailed && (
            <View>
              {w.endsAt !== null && <View className='yw-warnings__meta'>预计持续到 {formatDateTime(w.endsAt)}</View>}
              <View className='yw-warnings__text'>{w.text}</View>
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
