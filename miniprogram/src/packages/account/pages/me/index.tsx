import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { MyAccount } from '@core/api/account'
import type { RoleView } from '@core/api/identity'
import { getMyAccount, unbind } from '../../../../services/account'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { HOME_URL } from '../../../../routes'
import { confirmAction } from '../../shared/confirm'
import { describeGroup } from '../../shared/permissionLabels'
import RemoteView from '../../../../components/remote-view'
import { useRemote } from '../../../../hooks/useRemote'
import { ChangePhone } from './ChangePhone'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

const STATUS_TEXT: Record<RoleView['status'], string> = { active: '已生效', pending: '等待业委会主任授权', revoked: '已停用' }

/** One's own account: roles, what they allow, the bound phone; change the phone or cancel the binding. */
function MePage() {
  const me = useRemote(getMyAccount)
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)

  const cancelBinding = async () => {
    const sure = await confirmAction(
      '解除绑定',
      '解除后，本微信将不再拥有业主、业委会或其他身份，需要重新绑定才能使用。确定解除吗？',
      '解除绑定',
    )
    if (!sure) return
    if (!(await run(unbind))) return
    notice.show('已解除绑定', 'success')
    void Taro.switchTab({ url: HOME_URL })
  }

  return (
    <View className='me'>
      <RemoteView state={me.state} onRetry={() => void me.reload()}>
        {(account) => (
          <View>
            <Head account={account} />
            <Roles roles={account.roles} />
            <Permissions account={account} />
            {account.roles.length > 0 && (
              <View>
                <ChangePhone onChanged={(next) => me.set(next)} notice={notice} />
                {notice.inline}
                <View className='form__actions'>
                  <AtButton className='me__danger' disabled={busy} onClick={() => void cancelBinding()}>
                    解除绑定
                  </AtButton>
                </View>
              </View>
            )}
          </View>
        )}
      </RemoteView>
      {notice.element}
    </View>
  )
}

function Head({ account }: { account: MyAccount }) {
  return (
    <View className='me__head'>
      <View className='me__name'>{account.name ?? '未绑定身份'}</View>
      <View className='me__phone'>绑定手机：{account.phoneMasked ?? '未绑定'}</View>
    </View>
  )
}

function Roles({ roles }: { roles: RoleView[] }) {
  return (
    <View>
      <View className='section-title'>我的角色</View>
      <View className='card'>
        {roles.length === 0 && <View className='muted'>暂无角色</View>}
        {roles.map((r) => (
          <View key={`${r.role}:${r.communityId ?? r.scopeName ?? ''}`} className='me__role'>
            {r.communityName ?? r.scopeName ?? ''} {r.label}
            <Text className={`me__status me__status--${r.status}`}>{STATUS_TEXT[r.status]}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

function Permissions({ account }: { account: MyAccount }) {
  return (
    <View>
      <View className='section-title'>我的权限</View>
      <View className='card'>
        {account.permissions.length === 0 && <View className='muted'>暂无可用权限</View>}
        {account.permissions.map((group) => {
          const { title, actions } = describeGroup(group)
          return (
            <View key={group.feature} className='me__role'>
              <View className='me__feature'>{title}</View>
              <View className='me__actions'>{actions.join('、')}</View>
            </View>
          )
        })}
      </View>
    </View>
  )
}

export default withFontScale(MePage)
