import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { identityApi } from '@core/api/identity'
import { zodMessage } from '@core/zodMessage'
import { bindIdentity, sendBindCode } from '../../../../services/identity'
import { useNotice } from '../../../../hooks/useNotice'
import { HOME_URL } from '../../../../routes'
import { useCountdown } from '../../hooks/useCountdown'
import './index.scss'

const CODE_WAIT_SECONDS = 60

export default function BindOwnerPage() {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [sentTo, setSentTo] = useState('')
  const countdown = useCountdown(CODE_WAIT_SECONDS)
  const notice = useNotice()

  const requestCode = async () => {
    // Checked here with the server's own schema so a typo costs no SMS and no round trip.
    const parsed = identityApi.sendBindCode.input.safeParse({ name, idNumber })
    if (!parsed.success) return notice.showError({ message: zodMessage(parsed.error) })
    setBusy(true)
    const result = await sendBindCode(parsed.data)
    setBusy(false)
    if (!result.ok) return notice.showError(result)
    setSentTo(result.data.phoneMasked)
    countdown.start()
    notice.show(`验证码已发送到 ${result.data.phoneMasked}`, 'success')
  }

  const submit = async () => {
    const parsed = identityApi.bindIdentity.input.safeParse({ name, idNumber, code })
    if (!parsed.success) return notice.showError({ message: zodMessage(parsed.error) })
    setBusy(true)
    const result = await bindIdentity(parsed.data)
    setBusy(false)
    if (!result.ok) return notice.showError(result)
    // 首页 reloads in useDidShow, so the new units appear there.
    void Taro.switchTab({ url: HOME_URL })
  }

  return (
    <View className='bind'>
      <View className='bind__lead'>请填写房产登记上的姓名和身份证号，验证码会发到登记的手机号码。</View>
      <View className='bind__form'>
        <AtInput name='name' title='姓名' placeholder='请输入姓名' value={name} onChange={(v: string | number) => setName(String(v))} />
        <AtInput
          name='idNumber'
          title='身份证号'
          type='idcard'
          placeholder='请输入身份证号'
          value={idNumber}
          onChange={(v: string | number) => setIdNumber(String(v))}
        />
        <AtInput
          name='code'
          title='验证码'
          type='number'
          maxlength={6}
          placeholder='6位数字'
          value={code}
          onChange={(v: string | number) => setCode(String(v))}
        />
      </View>
      {sentTo && <View className='bind__sent muted'>验证码已发送到 {sentTo}</View>}
      <View className='bind__actions'>
        <AtButton disabled={busy || countdown.left > 0} onClick={() => void requestCode()}>
          {countdown.left > 0 ? `重新获取（${countdown.left}秒）` : '获取验证码'}
        </AtButton>
        <AtButton type='primary' className='bind__submit' loading={busy} disabled={busy} onClick={() => void submit()}>
          提交
        </AtButton>
      </View>
      {notice.element}
    </View>
  )
}
