import { View } from '@tarojs/components'
import type { CommunityReach } from '@core/api/committee'
import { placeOf } from './entries'

/** The community a form writes to, named at the top so no one enters a record for the wrong one. */
export function CommunityHeader({ community, lead }: { community: CommunityReach; lead?: string }) {
  return (
    <View className='gov-header'>
      <View className='gov-header__name'>{community.name}</View>
      <View className='gov-header__place'>{placeOf(community)}</View>
      {lead && <View className='gov-header__lead'>{lead}</View>}
    </View>
  )
}
