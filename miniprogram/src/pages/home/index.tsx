import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtList, AtListItem } from 'taro-ui'
import type { MyHome } from '@core/api/identity'
import RemoteView from '../../components/remote-view'
import { useMyHome } from '../../hooks/useMyHome'
import { useTodoBadge } from '../../hooks/useTodoBadge'
import { holdsRole } from '../../utils/roles'
import { entriesFor, isStranger, waitsForDirector, type HomeEntry } from './entries'
import { Delegations } from './Delegations'
import { HomeHeader } from './HomeHeader'
import { MyUnits } from './MyUnits'
import { Unbound } from './Unbound'
import { WeatherBanner } from './WeatherBanner'
import { withFontScale } from '../../components/font-scale'
import './index.scss'

function HomePage() {
  const { state, reload } = useMyHome()
  return (
    <View className='home'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(home) => <HomeContent home={home} />}
      </RemoteView>
    </View>
  )
}

/** Each person's own work first: her tiles, whom she represents, her list of entries, then her units. */
function HomeContent({ home }: { home: MyHome }) {
  useTodoBadge(home.roles)
  if (isStranger(home)) return <Unbound />
  const entries = entriesFor(home)
  return (
    <View>
      <HomeHeader home={home} />
      {home.community && <WeatherBanner communityId={home.community.id} />}
      {waitsForDirector(home.roles) && (
        <View className='card home__waiting'>
          <View className='home__waiting-title'>等待主任授权</View>
          <View className='muted'>业委会主任授权后，这里会出现您的工作入口。</View>
        </View>
      )}
      <Tiles entries={entries.filter((e) => e.look === 'tile')} />
      {holdsRole(home.roles, 'delegate') && <Delegations />}
      <Rows entries={entries.filter((e) => e.look === 'row')} />
      {home.units.length > 0 && <MyUnits home={home} />}
    </View>
  )
}

const open = (url: string) => void Taro.navigateTo({ url })

/** The day's main work, large and first to the eye. */
function Tiles({ entries }: { entries: HomeEntry[] }) {
  if (entries.length === 0) return null
  return (
    <View className='home__votes'>
      {entries.map((e) => (
        <View key={e.url} className='home__vote-tile' onClick={() => open(e.url)}>
          {e.title}
        </View>
      ))}
    </View>
  )
}

function Rows({ entries }: { entries: HomeEntry[] }) {
  if (entries.length === 0) return null
  return (
    <View className='home__entries'>
      <View className='section-title'>我的事务</View>
      <AtList>
        {entries.map((e) => (
          <AtListItem key={e.url} title={e.title} note={e.note} arrow='right' onClick={() => open(e.url)} />
        ))}
      </AtList>
    </View>
  )
}

export default withFontScale(HomePage)
