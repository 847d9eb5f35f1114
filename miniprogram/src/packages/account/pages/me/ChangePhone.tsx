import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { ACCOUNT_LABELS, accountApi, type MyAccount } from '@core/api/account'
import SmsCodeButtons from '../../../../components/sms-code-buttons'
import { changePhone, sendPhoneChangeCode } from '../../../../services/account'
import type { useNotice } from '../../../../hooks/useNotice'
import { useSmsCode } from '../../../../hooks/useSmsCode'
import { check } from '../../../../utils/check'

interface Props {
  onChanged: (account: MyAccount) => void
  notice: ReturnType<typeof useNotice>
}

/** 更换手机号: the code goes to the new phone, proving the person holds it. */
export function ChangePhone({ onChanged, notice }: Props) {
  const [newPhone, setNewPhone] = useState('')
  const [open, setOpen] = useState(false)
  const sms = useSmsCode(notice)

  const requestCode = () =>
    sms.requestCode(check(accountApi.sendPhoneChangeCode.input, { phone: newPhone }, ACCOUNT_LABELS), sendPhoneChangeCode)

  const submit = async () => {
    const account = await sms.send(check(accountApi.changePhone.input, { phone: newPhone, code: sms.code }, ACCOUNT_LABELS), changePhone)
    if (!account) return
    setNewPhone('')
    sms.setCode('')
    setOpen(false)
    notice.show('手机号码已更换', 'success')
    onChanged(account)
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
        <AtInput
          name='newPhone'
          title='新手机号'
          type='phone'
          placeholder='11位手机号码'
          value={newPhone}
          onChange={(v: string | number) => setNewPhone(String(v))}
        />
        <AtInput {...sms.codeInput} placeholder='发到新手机的6位数字' />
      </View>
      <View className='form__actions'>
        <SmsCodeButtons
          secondsLeft={sms.secondsLeft}
          busy={sms.busy}
          submitText='更换手机号'
          onRequestCode={() => void requestCode()}
          onSubmit={() => void submit()}
        />
      </View>
    </View>
  )
}
