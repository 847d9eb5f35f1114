import type { ReactNode } from 'react'
import { View } from '@tarojs/components'

/** Label and value rows inside a `.detail` card (list.scss), in the order given. */
export function DetailRows({ rows }: { rows: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <>
      {rows.map(([label, value]) => (
        <View key={label} className='detail__row'>
          <View className='detail__label'>{label}</View>
          <View className='detail__value'>{value}</View>
        </View>
      ))}
    </>
  )
}
