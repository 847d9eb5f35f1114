import { View } from '@tarojs/components'
import { AtList, AtListItem } from 'taro-ui'
import type { MyHome, UnitView } from '@core/api/identity'
import { formatArea, roomLabel } from '@core/format'

/** 我的房产: each unit with its area; the community is named too when she owns in more than one. */
export function MyUnits({ home }: { home: MyHome }) {
  return (
    <View>
      <View className='section-title'>我的房产</View>
      <AtList>
        {home.units.map((u) => (
          <AtListItem key={u.id} title={unitTitle(home, u)} extraText={formatArea(u.areaCenti)} />
        ))}
      </AtList>
    </View>
  )
}

function unitTitle(home: MyHome, unit: UnitView): string {
  const communities = home.communities ?? []
  const community = communities.length > 1 ? communities.find((c) => c.id === unit.communityId) : undefined
  return community ? `${community.name} ${roomLabel(unit)}` : roomLabel(unit)
}
