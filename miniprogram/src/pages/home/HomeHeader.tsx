import { Text, View } from '@tarojs/components'
import type { MyHome } from '@core/api/identity'
import { formatRole } from '../../utils/format'

/** Who is here: her community, her name, and the roles she holds (a street or district role names its area). */
export function HomeHeader({ home }: { home: MyHome }) {
  return (
    <View>
      <View className='section-title'>{home.person ? '我的小区' : '我的身份'}</View>
      <View className='card'>
        {home.community && <View className='home__community'>{home.community.name}</View>}
        {home.person && (
          <View className='muted'>
            {home.person.name}（{home.person.phoneMasked}）
          </View>
        )}
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
    </View>
  )
}
