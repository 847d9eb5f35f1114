import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton, AtList, AtListItem } from 'taro-ui'
import type { MyHome, UnitView } from '@core/api/identity'
import { useMyHome } from '../../hooks/useMyHome'
import { formatAreaCenti, formatRole, formatUnit } from '../../utils/format'
import { BIND_OWNER_URL } from '../../routes'
import './index.scss'

export default function HomePage() {
  const { state, reload } = useMyHome()
  return (
    <View className='home'>
      {state.status === 'loading' && <View className='home__hint muted'>正在加载…</View>}
      {state.status === 'failed' && (
        <View className='home__hint'>
          <View className='home__error'>{state.failure.message}</View>
          <AtButton onClick={() => void reload()}>重新加载</AtButton>
        </View>
      )}
      {state.status === 'ready' && <HomeContent home={state.home} />}
    </View>
  )
}

function HomeContent({ home }: { home: MyHome }) {
  if (!home.person) {
    return (
      <View className='home__unbound'>
        <View className='home__title'>我的小区</View>
        <View className='home__lead'>绑定业主身份后，可以查看房产、参加小区投票。</View>
        <AtButton type='primary' className='home__bind' onClick={() => void Taro.navigateTo({ url: BIND_OWNER_URL })}>
          业主身份绑定
        </AtButton>
      </View>
    )
  }
  return (
    <View>
      <View className='section-title'>我的小区</View>
      <View className='card'>
        <View className='home__community'>{home.community?.name ?? '未加入小区'}</View>
        <View className='muted'>
          {home.person.name}（{home.person.phoneMasked}）
        </View>
        {home.roles.length > 0 && (
          <View className='home__roles'>
            {home.roles.map((r) => (
              <Text key={`${r.role}:${r.communityId ?? ''}`} className='home__role'>
                {formatRole(r)}
              </Text>
            ))}
          </View>
        )}
      </View>
      <View className='section-title'>我的房产</View>
      {home.units.length === 0 ? (
        <View className='card muted'>还没有绑定房产</View>
      ) : (
        <AtList>
          {home.units.map((u) => (
            <AtListItem key={u.id} title={unitTitle(home, u)} extraText={`${formatAreaCenti(u.areaCenti)} m²`} />
          ))}
        </AtList>
      )}
    </View>
  )
}

/** Names the community too when the person owns units in more than one. */
function unitTitle(home: MyHome, unit: UnitView): string {
  const communities = home.communities ?? []
  if (communities.length < 2) return formatUnit(unit)
  const community = communities.find((c) => c.id === unit.communityId)
  return community ? `${community.name} ${formatUnit(unit)}` : formatUnit(unit)
}
