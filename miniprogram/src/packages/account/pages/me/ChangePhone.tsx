import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { accountApi, type MyAccount } from '@core/api/account'
import { changePhone, sendPhoneChangeCode } from '../../../../services/account'
import type { useNotice } from '../../../../hooks/useNotice'
import { check } from '../../shared/check'
import { useCountdown } from '../../shared/useCountdown'

interface Props {
  onChanged: (account: MyAccount) => void
  notice: ReturnType<typeof useNotice>
}

/** 更换手机号: the code goes to the new phone, proving the person holds it. */
export function ChangePhone({ onChanged, notice }: Props) {
  const [newPhone, setNewPhone] = useState('')
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [open, setOpen] = useState(false)
  const countdown = useCountdown(60)

  const requestCode = async () => {
    const parsed = check(accountApi.sendPhoneChangeCode.input, { phone: newPhone })
    if (!parsed.ok) return notice.showError(parsed)
    setBusy(true)
    const result = await sendPhoneChangeCode(parsed.data)
    setBusy(false)
    if (!result.ok) return notice.showError(result)
    countdown.start()
    notice.show(`验证码已发送到 ${result.data.phoneMasked}`, 'success')
  }

  const submit = async () => {
    const parsed = check(accountApi.changePhone.input, { phone: newPhone, code })
    if (!parsed.ok) return notice.showError(parsed)
    setBusy(true)
    const result = await changePhone(parsed.data)
    setBusy(false)
    if (!result.ok) return notice.showError(result)
    setNewPhone('')
    setCode('')
    setOpen(false)
    notice.show('手机号码已更换', 'success')
    onChanged(result.data)
  }

  if (!open) {
    return (
      <View className='form__actions'>
        <AtButton onClick={() => setOpen(true)}>更换手机号</AtButton>
      </View>
    )
  }
  return (
    <View>
      <View className='section-title'>更换手机号码（验证码发到新手机）</View>
      <View className='form'>
        <AtInput name='newPhone' title='新手机号' type='phone' placeholder='11位手机号码' value={newPhone}
          onChange={(v: string | number) => setNewPhone(String(v))} />
        <AtInput name='code' title='验证码' type='number' maxlength={6} placeholder='发到新手机的6位数字' value={code}
          onChange={(v: string | number) => setCode(String(v))} />
      </View>
      <View className='form__actions'>
        <AtButton disabled={busy || countdown.left > 0} onClick={() => void requestCode()}>
          {countdown.left > 0 ? `重新获取（${countdown.left}秒）` : '获取验证码'}
        </AtButton>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void submit()}>更换手机号</AtButton>
      </View>
    </View>
  )
}
