import { View } from '@tarojs/components'
import './index.scss'

/** Notices, vote reminders and replies will be listed here; there is no message source yet. */
export default function MessagesPage() {
  return (
    <View className='messages'>
      <View className='messages__empty'>暂无消息</View>
    </View>
  )
}
