import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { ACCOUNT_LABELS, accountApi } from '@core/api/account'
import type { RoleView } from '@core/api/identity'
import SmsCodeButtons from '../../../../components/sms-code-buttons'
import { bindStaff, getMyAccount, sendStaffCode } from '../../../../services/account'
import { COMMITTEE_ROLE_NAMES } from '../../../../utils/roles'
import { useNotice } from '../../../../hooks/useNotice'
import { useSmsCode } from '../../../../hooks/useSmsCode'
import { check } from '../../../../utils/check'
import { useRemote } from '../../../../hooks/useRemote'
import { accountRoutes, HOME_URL } from '../../../../routes'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 物业服务或业委会人员: name + phone on the committee's roster, then an SMS code; the director authorises later. */
function StaffBindPage() {
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [bound, setBound] = useState(false)
  const notice = useNotice()
  const sms = useSmsCode(notice)
  const me = useRemote(getMyAccount)
  const roles = me.state.status === 'ready' ? me.state.data.roles.filter(isWorkRole) : []

  const requestCode = () => sms.requestCode(check(accountApi.sendStaffCode.input, { name, phone }, ACCOUNT_LABELS), sendStaffCode)

  const submit = async () => {
    const done = await sms.send(check(accountApi.bindStaff.input, { name, phone, code: sms.code }, ACCOUNT_LABELS), bindStaff)
    if (!done) return
    sms.setCode('')
    setBound(true)
    void me.reload()
  }

  // After a success the form is done with: the page says so and offers the way on, not the same button again.
  if (bound) {
    return (
      <View className='staff-bind'>
        {roles.length > 0 && <BoundRoles roles={roles} />}
        <View className='staff-bind__done'>绑定成功。业委会主任授权后，您就可以使用业委会的功能，届时请回到首页。</View>
        <View className='form__actions'>
          <AtButton type='primary' onClick={() => void Taro.switchTab({ url: HOME_URL })}>
            返回首页
          </AtButton>
          <AtButton onClick={() => void Taro.redirectTo({ url: accountRoutes.me() })}>查看我的账号</AtButton>
        </View>
      </View>
    )
  }

  return (
    <View className='staff-bind'>
      {roles.length > 0 && <BoundRoles roles={roles} />}
      <View className='form__lead'>请填写业委会名册上的姓名和手机号码，验证码会发到这个手机号码。</View>
      <View className='form'>
        <AtInput name='name' title='姓名' placeholder='请输入姓名' value={name} onChange={(v: string | number) => setName(String(v))} />
        <AtInput
          name='phone'
          title='手机号码'
          type='phone'
          placeholder='11位手机号码'
          value={phone}
          onChange={(v: string | number) => setPhone(String(v))}
        />
        <AtInput {...sms.codeInput} placeholder='6位数字' />
      </View>
      <View className='form__actions'>
        <SmsCodeButtons
          secondsLeft={sms.secondsLeft}
          busy={sms.busy}
          submitText='提交信息'
          onRequestCode={() => void requestCode()}
          onSubmit={() => void submit()}
        />
        {notice.inline}
      </View>
      {notice.element}
    </View>
  )
}

/** Committee and property roles: what this entry binds. */
function isWorkRole(role: RoleView): boolean {
  return COMMITTEE_ROLE_NAMES.includes(role.role) || role.role === 'propertyManager'
}

const STATE_TEXT: Record<RoleView['status'], string> = { active: '已授权', pending: '等待业委会主任授权', revoked: '已停用' }

function BoundRoles({ roles }: { roles: RoleView[] }) {
  const waiting = roles.some((r) => r.status === 'pending') && !roles.some((r) => r.status === 'active')
  return (
    <View className='staff-bind__status'>
      <View>本微信已绑定：</View>
      {roles.map((r) => (
        <View key={`${r.role}:${r.communityId ?? ''}`} className='staff-bind__account'>
          {r.communityName ?? ''} {r.label}
          <Text className={`staff-bind__state staff-bind__state--${r.status}`}>{STATE_TEXT[r.status]}</Text>
        </View>
      ))}
      {waiting && <View className='staff-bind__waiting'>等待业委会主任授权，授权后即可使用业委会功能。</View>}
    </View>
  )
}

export default withFontScale(StaffBindPage)
