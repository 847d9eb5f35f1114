import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtList, AtListItem } from 'taro-ui'
import { useMyHome } from '../../hooks/useMyHome'
import { formatRole } from '../../utils/format'
import { ACCOUNT_DELEGATE_BIND_URL, ACCOUNT_ME_URL, ACCOUNT_STAFF_BIND_URL, BIND_OWNER_URL, DEV_LOGIN_URL, VERIFY_RESULT_URL } from '../../routes'
import './index.scss'

export default function MinePage() {
  const { state } = useMyHome()
  const home = state.status === 'ready' ? state.home : null
  const roles = home?.roles.map(formatRole).join('、')
  return (
    <View className='mine'>
      <View className='mine__head'>
        <View className='mine__name'>{home?.person?.name ?? '未绑定身份'}</View>
        <View className='mine__roles'>{roles || (state.status === 'failed' ? state.failure.message : '暂无角色')}</View>
      </View>
      <AtList>
        <AtListItem title='业主身份绑定' arrow='right' onClick={() => void Taro.navigateTo({ url: BIND_OWNER_URL })} />
        <AtListItem title='物业服务或业委会人员绑定' arrow='right' onClick={() => void Taro.navigateTo({ url: ACCOUNT_STAFF_BIND_URL })} />
        <AtListItem title='被委托人认证' arrow='right' onClick={() => void Taro.navigateTo({ url: ACCOUNT_DELEGATE_BIND_URL })} />
        {home && home.roles.length > 0 && (
          <AtListItem title='我的账号（角色、手机号、解除绑定）' arrow='right' onClick={() => void Taro.navigateTo({ url: ACCOUNT_ME_URL })} />
        )}
        <AtListItem title='核对投票结果' arrow='right' onClick={() => void Taro.navigateTo({ url: VERIFY_RESULT_URL })} />
        {process.env.TARO_ENV === 'h5' && (
          <AtListItem title='切换身份（开发用）' arrow='right' onClick={() => window.location.assign(DEV_LOGIN_URL)} />
        )}
      </AtList>
    </View>
  )
}
