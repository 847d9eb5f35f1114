import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton, AtList, AtListItem } from 'taro-ui'
import type { MyHome, UnitView } from '@core/api/identity'
import { useMyHome } from '../../hooks/useMyHome'
import { formatArea, roomLabel } from '@core/format'
import { formatRole } from '../../utils/format'
import { ACCOUNT_STAFF_BIND_URL, BIND_OWNER_URL, entryLinks, VOTE_MANAGE_URL, VOTE_OPEN_URL, VOTE_REVIEW_URL } from '../../routes'
import { committeeCommunityIds, isStreetReviewer, mayVote } from '../../services/vote'
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
        <AtButton className='home__bind' onClick={() => void Taro.navigateTo({ url: ACCOUNT_STAFF_BIND_URL })}>
          物业服务或业委会人员绑定
        </AtButton>
        <VoteEntries home={home} />
        <RoleEntries roles={home.roles} />
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
            <AtListItem key={u.id} title={unitTitle(home, u)} extraText={formatArea(u.areaCenti)} />
          ))}
        </AtList>
      )}
      <VoteEntries home={home} />
      <RoleEntries roles={home.roles} />
    </View>
  )
}

/** Committee, fund and credit pages the person's roles open (routes.ts decides which). */
function RoleEntries({ roles }: { roles: MyHome['roles'] }) {
  const links = entryLinks(roles)
  if (links.length === 0) return null
  return (
    <View className='home__entries'>
      <View className='section-title'>业委会事务</View>
      <AtList>
        {links.map((l) => <AtListItem key={l.url} title={l.title} arrow='right' onClick={() => void Taro.navigateTo({ url: l.url })} />)}
      </AtList>
    </View>
  )
}

/** Names the community too when the person owns units in more than one. */
function unitTitle(home: MyHome, unit: UnitView): string {
  const communities = home.communities ?? []
  if (communities.length < 2) return roomLabel(unit)
  const community = communities.find((c) => c.id === unit.communityId)
  return community ? `${community.name} ${roomLabel(unit)}` : roomLabel(unit)
}

/** 电子投票 tiles by role: owners vote, the committee runs votes, the street office reviews them. */
function VoteEntries({ home }: { home: MyHome }) {
  const tiles: Array<{ title: string; url: string }> = []
  if (mayVote(home)) tiles.push({ title: '电子投票', url: VOTE_OPEN_URL })
  if (committeeCommunityIds(home.roles).length > 0) tiles.push({ title: '投票管理', url: VOTE_MANAGE_URL })
  if (isStreetReviewer(home.roles)) tiles.push({ title: '投票审核', url: VOTE_REVIEW_URL })
  if (tiles.length === 0) return null
  return (
    <View className='home__votes'>
      {tiles.map((t) => (
        <View key={t.url} className='home__vote-tile' onClick={() => void Taro.navigateTo({ url: t.url })}>
          {t.title}
        </View>
      ))}
    </View>
  )
}
