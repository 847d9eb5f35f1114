import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtList, AtListItem } from 'taro-ui'
import { useMyHome } from '../../hooks/useMyHome'
import { useLargeFont } from '../../hooks/useLargeFont'
import { formatRole } from '../../utils/format'
import { accountRoutes, bindRoutes, DEV_LOGIN_URL, verifyRoutes } from '../../routes'
import { withFontScale } from '../../components/font-scale'
import './index.scss'

function MinePage() {
  const { state } = useMyHome()
  const home = state.status === 'ready' ? state.data : null
  const roles = home?.roles.map(formatRole).join('、')
  const { large, setLarge } = useLargeFont()
  return (
    <View className='mine'>
      <View className='mine__head'>
        <View className='mine__name'>{home?.person?.name ?? '未绑定身份'}</View>
        <View className='mine__roles'>{roles || (state.status === 'failed' ? state.failure.message : '暂无角色')}</View>
      </View>
      <View className='mine__switch' role='switch' aria-checked={large} aria-label='大字模式' onClick={() => setLarge(!large)}>
        <View className='mine__switch-text'>
          <View>大字模式</View>
          <View className='mine__switch-note'>{large ? '已开启：字更大，更容易看清' : '已关闭：点这里把字放大'}</View>
        </View>
        <View className={`mine__knob ${large ? 'mine__knob--on' : ''}`} />
      </View>
      <AtList>
        <AtListItem title='业主身份绑定' arrow='right' onClick={() => void Taro.navigateTo({ url: bindRoutes.owner() })} />
        <AtListItem
          title='物业服务或业委会人员绑定'
          arrow='right'
          onClick={() => void Taro.navigateTo({ url: accountRoutes.staffBind() })}
        />
        <AtListItem title='被委托人认证' arrow='right' onClick={() => void Taro.navigateTo({ url: accountRoutes.delegateBind() })} />
        {home && home.roles.length > 0 && (
          <AtListItem
            title='我的账号（角色、手机号、解除绑定）'
            arrow='right'
            onClick={() => void Taro.navigateTo({ url: accountRoutes.me() })}
          />
        )}
        <AtListItem title='核对投票结果' arrow='right' onClick={() => void Taro.navigateTo({ url: verifyRoutes.result() })} />
        <AtListItem title='隐私保护指引' arrow='right' onClick={() => void Taro.navigateTo({ url: accountRoutes.privacy() })} />
        {process.env.TARO_ENV === 'h5' && (
          <AtListItem title='切换身份（开发用）' arrow='right' onClick={() => window.location.assign(DEV_LOGIN_URL)} />
        )}
      </AtList>
    </View>
  )
}

export default withFontScale(MinePage)
