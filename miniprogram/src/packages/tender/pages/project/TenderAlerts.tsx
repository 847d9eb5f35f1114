import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { useNotice } from '../../../../hooks/useNotice'
import { useSubscriptions } from '../../../../hooks/useSubscriptions'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * 接收进度提醒: the committee's consent to the tender-stage message (one agreement, one message). Shown only
 * to those it is meant for: anyone else (a supervising office reading the timeline) gets no status.
 */
export default function TenderAlerts({ notice }: { notice: ReturnType<typeof useNotice> }) {
  const { status, on, busy, turnOn } = useSubscriptions(['tenderStage'], notice, '进度提醒')
  if (!status) return null
  return (
    <View className='tender__alerts'>
      <View className='tender__step-title'>进度提醒</View>
      <View className='tender__meta'>
        {on ? '已开启：招标平台同步下一个进度时，会通过微信提醒您。' : '开启后，招标平台同步下一个进度时，会通过微信提醒您。'}
      </View>
      {on && IS_WEAPP && <View className='tender__meta'>微信每次同意只发一条提醒，收到后可以再点一次按钮继续接收</View>}
      <AtButton type={on ? 'secondary' : 'primary'} disabled={busy} onClick={() => void turnOn()}>
        接收进度提醒
      </AtButton>
    </View>
  )
}
