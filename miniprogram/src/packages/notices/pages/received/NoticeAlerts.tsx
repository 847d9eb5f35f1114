import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { useNotice } from '../../../../hooks/useNotice'
import { useSubscriptions } from '../../../../hooks/useSubscriptions'

/** 新通知提醒: consent to the new-notice message (one agreement, one message), through the one consent hook. */
export default function NoticeAlerts({ notice }: { notice: ReturnType<typeof useNotice> }) {
  const { status, on, busy, turnOn } = useSubscriptions(['noticePublished'], notice)
  if (!status) return null
  return (
    <View className='nt-card'>
      <View className='nt-card__meta'>{on ? '下一条新通知会通过微信提醒您。' : '开启后，下一条新通知会通过微信提醒您。'}</View>
      {!on && (
        <AtButton size='small' disabled={busy} onClick={() => void turnOn()}>
          开启新通知提醒
        </AtButton>
      )}
    </View>
  )
}
