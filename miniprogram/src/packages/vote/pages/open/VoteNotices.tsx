import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubscriptions } from '../../../../hooks/useSubscriptions'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** 接收投票通知: consent to the vote's two messages (投票开始, 快截止), through the one consent hook. */
export default function VoteNotices() {
  const notice = useNotice()
  const { status, on, loadFailed, busy, turnOn } = useSubscriptions(['voteOpened', 'voteReminder'], notice, '投票通知')
  return (
    <View className='card open__notices'>
      <View className='vp__title'>投票通知</View>
      <View className='vp__meta'>
        {on ? '已开启投票通知：投票开始和快截止时，会通过微信通知您' : '开启后，投票开始和快截止时，会通过微信通知您'}
      </View>
      {on && IS_WEAPP && <View className='vp__meta'>微信每次同意只发一条通知，收到后可以再点一次按钮继续接收</View>}
      {loadFailed && <View className='vp__meta vp__error'>通知设置没有加载出来，请稍后重新打开这一页</View>}
      {notice.inline}
      <AtButton type={on ? 'secondary' : 'primary'} disabled={status === null || busy} onClick={() => void turnOn()}>
        接收投票通知
      </AtButton>
      {notice.element}
    </View>
  )
}
