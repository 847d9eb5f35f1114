import Taro from '@tarojs/taro'
import WeatherWarnings from '../../components/weather-warnings'
import { useRemote } from '../../hooks/useRemote'
import { weatherRoutes } from '../../routes'
import { getWarnings } from '../../services/weather'

/** The weather warnings in force in the community's district, on top of the home page while one lasts. */
export function WeatherBanner({ communityId }: { communityId: string }) {
  const { state } = useRemote(() => getWarnings({ communityId }), [communityId])
  if (state.status !== 'ready') return null
  return <WeatherWarnings warnings={state.data.warnings} onClick={() => void Taro.navigateTo({ url: weatherRoutes.board(communityId) })} />
}
