import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { WEATHER_LABELS, weatherApi, type PlaceView, type WeatherView } from '@core/api/weather'
import { formatDateTime } from '@core/format'
import ChoiceGroup from '../../../../components/choice-group'
import RemoteView, { Empty } from '../../../../components/remote-view'
import WeatherWarnings from '../../../../components/weather-warnings'
import { withFontScale } from '../../../../components/font-scale'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { getForecast, searchPlaces } from '../../../../services/weather'
import { check } from '../../../../utils/check'
import './index.scss'

/**
 * 小区气象公告栏 (manual 十三): the district's weather first; type a keyword, pick one of the matches,
 * 确定选择, and the page shows that place: the warnings in force, now, and the next days.
 */
function WeatherBoardPage() {
  const [placeId, setPlaceId] = useState<string | null>(null)
  const weather = useCommunityData((communityId) => getForecast({ communityId, placeId: placeId ?? undefined }), placeId ?? '')
  return (
    <View className='weather'>
      {weather.communityId && <PlaceSearch communityId={weather.communityId} onChoose={setPlaceId} />}
      <RemoteView state={weather.state} onRetry={weather.reload} roles={weather.account?.roles}>
        {(w) => <Forecast weather={w} />}
      </RemoteView>
    </View>
  )
}

function PlaceSearch({ communityId, onChoose }: { communityId: string; onChoose: (placeId: string) => void }) {
  const notice = useNotice()
  const { busy, send } = useSubmit(notice)
  const [keyword, setKeyword] = useState('')
  const [matches, setMatches] = useState<PlaceView[] | null>(null)
  const [picked, setPicked] = useState<string | null>(null)
  const find = async () => {
    const found = await send(check(weatherApi.search.input, { communityId, keyword }, WEATHER_LABELS), searchPlaces)
    if (!found) return
    setMatches(found.places)
    setPicked(found.places[0]?.id ?? null)
  }
  const choose = () => {
    if (!picked) return
    onChoose(picked)
    setMatches(null)
  }
  return (
    <View className='weather__search form'>
      {notice.element}
      <AtInput
        name='keyword'
        title='地点'
        placeholder='输入地名，如 福田'
        value={keyword}
        onChange={(v: string | number) => setKeyword(String(v))}
      />
      <View className='weather__actions'>
        <AtButton type='secondary' disabled={busy} onClick={() => void find()}>
          搜索
        </AtButton>
      </View>
      {matches !== null &&
        (matches.length === 0 ? (
          <Empty text='没有找到这个地点，请换个关键词' />
        ) : (
          <View>
            <ChoiceGroup
              options={matches.map((p) => ({ value: p.id, label: `${p.name}（${p.area}）` }))}
              value={picked}
              onChange={setPicked}
            />
            <View className='weather__actions'>
              <AtButton type='primary' disabled={busy || !picked} onClick={choose}>
                确定选择
              </AtButton>
            </View>
          </View>
        ))}
      {notice.inline}
    </View>
  )
}

/** '2026-07-15' → '三': the weekday of a calendar day, whatever the phone's zone. */
const weekday = (day: string) => '日一二三四五六'[new Date(`${day}T00:00:00Z`).getUTCDay()]

function Forecast({ weather }: { weather: WeatherView }) {
  const { place, now, days, warnings } = weather
  return (
    <View>
      <View className='weather__place'>
        <View className='weather__place-name'>{place.name}</View>
        <View className='muted'>{place.area}</View>
      </View>
      <WeatherWarnings warnings={warnings} detailed />
      <View className='weather__now'>
        <View className='weather__temp'>{now.temp}°C</View>
        <View className='weather__now-text'>{now.text}</View>
        <View className='weather__meta'>
          体感 {now.feelsLike}°C · {now.windDir} {now.windScale} 级 · 湿度 {now.humidity}%
        </View>
        <View className='weather__meta'>观测时间 {formatDateTime(now.observedAt)}</View>
      </View>
      <View className='section-title'>未来几天</View>
      <View className='weather__days'>
        {days.map((d, i) => (
          <View key={d.date} className='weather__day'>
            <View className='weather__day-name'>{i === 0 ? '今天' : `周${weekday(d.date)}`}</View>
            <View className='weather__day-date'>{d.date.slice(5)}</View>
            <View className='weather__day-text'>{d.textDay === d.textNight ? d.textDay : `${d.textDay}转${d.textNight}`}</View>
            <View className='weather__day-temp'>
              {d.tempMin}～{d.tempMax}°C
            </View>
          </View>
        ))}
      </View>
      <View className='weather__attribution muted'>{weather.attribution}</View>
    </View>
  )
}

export default withFontScale(WeatherBoardPage)
