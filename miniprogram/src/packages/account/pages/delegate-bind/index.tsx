import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtInput } from 'taro-ui'
import { ACCOUNT_LABELS, accountApi, type DelegationView } from '@core/api/account'
import SmsCodeButtons from '../../../../components/sms-code-buttons'
import { bindDelegate, sendDelegateCode } from '../../../../services/account'
import { useNotice } from '../../../../hooks/useNotice'
import { useSmsCode } from '../../../../hooks/useSmsCode'
import { check } from '../../../../utils/check'
import { formatDay, roomLabel } from '@core/format'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 被委托人认证: the person an owner named proves it with her name, ID number and a code to the phone the owner gave. */
function DelegateBindPage() {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [bound, setBound] = useState<DelegationView[] | null>(null)
  const notice = useNotice()
  const sms = useSmsCode(notice)

  const requestCode = () => sms.requestCode(check(accountApi.sendDelegateCode.input, { name, idNumber }, ACCOUNT_LABELS), sendDelegateCode)

  const submit = async () => {
    const done = await sms.send(check(accountApi.bindDelegate.input, { name, idNumber, code: sms.code }, ACCOUNT_LABELS), bindDelegate)
    if (done) setBound(done.delegations)
  }

  if (bound) {
    return (
      <View className='delegate-bind__done'>
        <View className='delegate-bind__title'>认证成功</View>
        <View>您现在可以代以下业主办理事务、参加投票：</View>
        {bound.map((d) => (
          <View key={d.id} className='delegate-bind__unit'>
            {d.ownerName} · {roomLabel(d.unit)}（{d.voteId ? '仅限一次投票' : `至 ${formatDay(d.until)}`}）
          </View>
        ))}
      </View>
    )
  }
  return (
    <View>
      <View className='form__lead'>业主委托您以后，请填写您的姓名和身份证号，验证码会发到业主登记的您的手机号码。</View>
      <View className='form'>
        <AtInput name='name' title='姓名' placeholder='请输入您的姓名' value={name} onChange={(v: string | number) => setName(String(v))} />
        <AtInput
          name='idNumber'
          title='身份证号'
          type='idcard'
          placeholder='请输入您的身份证号'
          value={idNumber}
          onChange={(v: string | number) => setIdNumber(String(v))}
        />
        <AtInput {...sms.codeInput} placeholder='6位数字' />
      </View>
      {notice.inline}
      <View className='form__actions'>
        <SmsCodeButtons
          secondsLeft={sms.secondsLeft}
          busy={sms.busy}
          submitText='提交认证'
          onRequestCode={() => void requestCode()}
          onSubmit={() => void submit()}
        />
      </View>
      {notice.element}
    </View>
  )
}

export default withFontScale(DelegateBindPage)
