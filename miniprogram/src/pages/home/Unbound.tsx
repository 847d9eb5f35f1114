import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { accountRoutes, bindRoutes } from '../../routes'

/** Someone the platform does not know yet: the two ways to bind. */
export function Unbound() {
  return (
    <View className='home__unbound'>
      <View className='home__title'>我的小区</View>
      <View className='home__lead'>绑定业主身份后，可以查看房产、参加小区投票。</View>
      <AtButton type='primary' className='home__bind' onClick={() => void Taro.navigateTo({ url: bindRoutes.owner() })}>
        业主身份绑定
      </AtButton>
      <AtButton className='home__bind' onClick={() => void Taro.navigateTo({ url: accountRoutes.staffBind() })}>
        物业服务或业委会人员绑定
      </AtButton>
    </View>
  )
}
