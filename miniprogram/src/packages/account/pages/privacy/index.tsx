import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { PRIVACY_ITEMS } from './items'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 隐私保护指引: what the mini program collects, what for, who sees it, and how to take it back. */
function PrivacyPage() {
  return (
    <View className='privacy'>
      <View className='privacy__lead'>
        本小程序由小区业主委员会使用，帮助业主参与电子投票、查看公开信息。下面说明我们收集哪些信息、用途是什么。我们只收集办理业务必需的信息，不用于广告，不出售给任何人。
      </View>
      {PRIVACY_ITEMS.map((item) => (
        <View className='privacy__item' key={item.what}>
          <View className='privacy__what'>{item.what}</View>
          <View className='privacy__why'>用途：{item.why}</View>
          {item.how && <View className='privacy__how'>{item.how}</View>}
        </View>
      ))}
      <View className='privacy__section'>谁能看到</View>
      <View className='privacy__text'>
        您的信息保存在本小区的云开发环境中，只有本小区业委会的工作人员和负责监督的街道办、住房中心在办理业务时能看到必要的部分。投票结果只公布统计数字和计票说明。
      </View>
      <View className='privacy__section'>您的权利</View>
      <View className='privacy__text'>
        您可以在“我的 →
        我的账号”中修改手机号或解除绑定；要查询、更正或删除其他信息，请联系本小区业委会。选择文件、使用剪贴板和人脸核身前都会先征得您的同意，您可以不同意。
      </View>
      {process.env.TARO_ENV === 'weapp' && (
        <View className='privacy__actions'>
          <AtButton onClick={() => void Taro.openPrivacyContract()}>查看在微信登记的隐私保护指引</AtButton>
        </View>
      )}
    </View>
  )
}

export default withFontScale(PrivacyPage)
