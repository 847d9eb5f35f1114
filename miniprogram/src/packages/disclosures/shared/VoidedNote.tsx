import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { ActorStamp } from '@core/api/disclosures'
import { formatDateTime } from '@core/format'

/** Why, by whom and when an item was voided, on top of its page; it stays readable, never deleted. */
export function VoidedNote({
  what,
  voided,
  children,
}: {
  what: string
  voided: (ActorStamp & { reason: string }) | null
  children?: ReactNode
}) {
  if (!voided) return null
  return (
    <View className='voided-note'>
      此{what}已作废：{voided.reason}（{voided.who}，{formatDateTime(voided.at)}）{children}
    </View>
  )
}
