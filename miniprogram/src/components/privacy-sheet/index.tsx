import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { PRIVACY_AGREE_BUTTON_ID, privacyGate } from '../../utils/privacy'
import { accountRoutes } from '../../routes'

/**
 * 隐私保护提示: shown while WeChat holds a call that the privacy guideline covers (a chosen file,
 * the clipboard, face verification). 同意 is an agreePrivacyAuthorization button, the only tap
 * WeChat accepts as consent; 不同意 lets the call fail and the page carries on without it.
 */
export default function PrivacySheet() {
  const [asking, setAsking] = useState(privacyGate.isAsking())
  useEffect(() => privacyGate.subscribe(setAsking), [])
  if (!asking) return null
  return (
    <View className='yw-privacy' catchMove>
      <View className='yw-privacy__panel'>
        <View className='yw-privacy__title'>隐私保护提示</View>
        <View className='yw-privacy__text'>
          这一步要用到您选择的文件、剪贴板或人脸核身。使用前请阅读《隐私保护指引》，了解我们收集哪些信息、用来做什么。不同意也可以继续使用其他功能。
        </View>
        <View className='yw-privacy__link' onClick={() => void Taro.navigateTo({ url: accountRoutes.privacy() })}>
          阅读《隐私保护指引》
        </View>
        <View className='yw-privacy__actions'>
          <Button className='yw-privacy__button' onClick={privacyGate.disagree}>
            不同意
          </Button>
          <Button
            id={PRIVACY_AGREE_BUTTON_ID}
            className='yw-privacy__button yw-privacy__button--agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={privacyGate.agree}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}
