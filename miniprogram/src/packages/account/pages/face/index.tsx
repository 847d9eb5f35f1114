import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { ACCOUNT_LABELS, accountApi } from '@core/api/account'
import { finishFaceCheck, startFaceCheck } from '../../../../services/account'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { check } from '../../../../utils/check'
import { useCommunity } from '../../../../hooks/useCommunity'
import { HOME_URL, voteRoutes } from '../../../../routes'
import { verifyFaceInWeChat } from './verifyFace'
import PrivacySheet from '../../../../components/privacy-sheet'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * 人脸核身 for owners and delegates: the server starts a WeChat 人脸核身 2.0 session for the ID number,
 * WeChat captures the face, and the server asks WeChat for the outcome. The H5 build runs only against
 * the local emulator, which has no face capture, so it goes straight to the server's (simulated) result.
 */
function FacePage() {
  const { me, communityId } = useCommunity()
  const [idNumber, setIdNumber] = useState('')
  const [result, setResult] = useState<{ passed: boolean; message: string } | null>(null)
  const notice = useNotice()
  const { busy, send, run } = useSubmit(notice)

  const begin = async () => {
    if (!communityId) return
    const started = await send(check(accountApi.startFaceCheck.input, { communityId, idNumber }, ACCOUNT_LABELS), startFaceCheck)
    if (!started) return
    if (IS_WEAPP) {
      const step = await verifyFaceInWeChat(started.verifyId)
      if (!step.done) {
        notice.show(step.message, 'error')
        return
      }
    }
    const finished = await run(() => finishFaceCheck({ checkId: started.checkId, idNumber }))
    if (finished) setResult(finished)
  }

  if (result) {
    return (
      <View className='face__result'>
        <View className={result.passed ? 'face__mark face__mark--passed' : 'face__mark face__mark--failed'}>
          {result.passed ? '✓' : '✕'}
        </View>
        <View className='face__title'>{result.passed ? '人脸核身通过' : '人脸核身未通过'}</View>
        {result.message && <View className='face__message'>{result.message}</View>}
        {!result.passed && <View className='face__offline'>如多次未通过，请携带身份证到业委会办理线下认证。</View>}
        <View className='form__actions'>
          {result.passed ? (
            <AtButton type='primary' onClick={() => void Taro.redirectTo({ url: voteRoutes.open() })}>
              去投票
            </AtButton>
          ) : (
            <AtButton type='primary' onClick={() => setResult(null)}>
              再试一次
            </AtButton>
          )}
          <AtButton onClick={() => void Taro.switchTab({ url: HOME_URL })}>返回首页</AtButton>
        </View>
      </View>
    )
  }

  const noCommunity = me.state.status !== 'loading' && !communityId
  return (
    <View>
      <View className='form__lead'>
        人脸核身用来确认是业主本人（或业主委托的被委托人本人）参与投票，防止他人冒用您的身份。请填写您绑定身份时登记的身份证号，然后按提示完成刷脸。
      </View>
      {!IS_WEAPP && <View className='face__simulation'>这是本地模拟环境：不会打开摄像头刷脸，点按钮后直接给出模拟的核身结果。</View>}
      {noCommunity && <View className='face__simulation'>没有找到您所在的小区，请先完成业主身份绑定或被委托人认证。</View>}
      <View className='form'>
        <AtInput
          name='idNumber'
          title='身份证号'
          type='idcard'
          placeholder='请输入您的身份证号'
          value={idNumber}
          onChange={(v: string | number) => setIdNumber(String(v))}
        />
      </View>
      <View className='form__actions'>
        <AtButton className='face__start' type='primary' loading={busy} disabled={busy || !communityId} onClick={() => void begin()}>
          开始人脸核身
        </AtButton>
        {notice.inline}
      </View>
      <PrivacySheet />
      {notice.element}
    </View>
  )
}

export default withFontScale(FacePage)
