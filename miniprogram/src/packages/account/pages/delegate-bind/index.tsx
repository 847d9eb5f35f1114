import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { accountApi, type DelegationView } from '@core/api/account'
import { bindDelegate, sendDelegateCode } from '../../../../services/account'
import { useNotice } from '../../../../hooks/useNotice'
import { formatUnit } from '../../../../utils/format'
import { beijingDay } from '../../shared/format'
import { check } from '../../shared/check'
import { useCountdown } from '../../shared/useCountdown'
import './index.scss'

/** 被委托人认证: the person an owner named proves it with her name, ID number and a code to the phone the owner gave. */
export default function DelegateBindPage() {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [bound, setBound] = useState<DelegationView[] | null>(null)
  const countdown = useCountdown(60)
  const notice = useNotice()

  const requestCode = async () => {
    const parsed = check(accountApi.sendDelegateCode.input, { name, idNumber })
    if (!parsed.ok) return notice.showError(parsed)
    setBusy(true)
    const result = await sendDelegateCode(parsed.data)
    setBusy(false)
    if (!result.ok) return notice.showError(result)
    countdown.start()
    notice.show(`验证码已发送到 ${result.data.phoneMasked}`, 'success')
  }

  const submit = async () => {
    const parsed = check(accountApi.bindDelegate.input, { name, idNumber, code })
    if (!parsed.ok) return notice.showError(parsed)
    setBusy(true)
    const result = await bindDelegate(parsed.data)
    setBusy(false)
    if (!result.ok) return notice.showError(result)
    setBound(result.data.delegations)
  }

  if (bound) {
    return (
      <View className='delegate-bind__done'>
        <View className='delegate-bind__title'>认证成功</View>
        <View>您现在可以代以下业主办理事务、参加投票：</View>
        {bound.map((d) => (
          <View key={d.id} className='delegate-bind__unit'>
            {d.ownerName} · {formatUnit(d.unit)}（{d.voteId ? '仅限一次投票' : `至 ${beijingDay(d.until)}`}）
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
        <AtInput name='idNumber' title='身份证号' type='idcard' placeholder='请输入您的身份证号' value={idNumber}
          onChange={(v: string | number) => setIdNumber(String(v))} />
        <AtInput name='code' title='验证码' type='number' maxlength={6} placeholder='6位数字' value={code}
          onChange={(v: string | number) => setCode(String(v))} />
      </View>
      <View className='form__actions'>
        <AtButton disabled={busy || countdown.left > 0} onClick={() => void requestCode()}>
          {countdown.left > 0 ? `重新获取（${countdown.left}秒）` : '获取验证码'}
        </AtButton>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void submit()}>提交认证</AtButton>
      </View>
      {notice.element}
    </View>
  )
}
