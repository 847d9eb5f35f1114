import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtInput } from 'taro-ui'
import { BIND_IDENTITY_LABELS, bindIdentityApi } from '@core/api/identity'
import SmsCodeButtons from '../../../../components/sms-code-buttons'
import { bindIdentity, sendBindCode } from '../../../../services/identity'
import { useNotice } from '../../../../hooks/useNotice'
import { useSmsCode } from '../../../../hooks/useSmsCode'
import { HOME_URL } from '../../../../routes'
import { check } from '../../../../utils/check'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

function BindOwnerPage() {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [sentTo, setSentTo] = useState('')
  const notice = useNotice()
  const sms = useSmsCode(notice)

  const requestCode = async () => {
    const sent = await sms.requestCode(check(bindIdentityApi.sendBindCode.input, { name, idNumber }, BIND_IDENTITY_LABELS), sendBindCode)
    if (sent) setSentTo(sent.phoneMasked)
  }

  const submit = async () => {
    const home = await sms.send(
      check(bindIdentityApi.bindIdentity.input, { name, idNumber, code: sms.code }, BIND_IDENTITY_LABELS),
      bindIdentity,
    )
    // 首页 reloads in useDidShow, so the new units appear there.
    if (home) void Taro.switchTab({ url: HOME_URL })
  }

  return (
    <View className='bind'>
      <View className='form__lead'>请填写房产登记上的姓名和身份证号，验证码会发到登记的手机号码。</View>
      <View className='form'>
        <AtInput name='name' title='姓名' placeholder='请输入姓名' value={name} onChange={(v: string | number) => setName(String(v))} />
        <AtInput
          name='idNumber'
          title='身份证号'
          type='idcard'
          placeholder='请输入身份证号'
          value={idNumber}
          onChange={(v: string | number) => setIdNumber(String(v))}
        />
        <AtInput {...sms.codeInput} placeholder='6位数字' />
      </View>
      {sentTo && <View className='form__note'>验证码已发送到 {sentTo}</View>}
      {notice.inline}
      <View className='form__actions'>
        <SmsCodeButtons
          secondsLeft={sms.secondsLeft}
          busy={sms.busy}
          submitText='提交'
          onRequestCode={() => void requestCode()}
          onSubmit={() => void submit()}
        />
      </View>
      {notice.element}
    </View>
  )
}

export default withFontScale(BindOwnerPage)
