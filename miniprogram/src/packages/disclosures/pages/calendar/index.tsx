import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { disclosureCalendar } from '../../../../services/disclosures'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { disclosureRoutes } from '../../routes'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 公开日历: the periodic items this community owes now, which are done, due, or overdue. */
function DisclosureCalendarPage() {
  const calendar = useCommunityData((communityId) => disclosureCalendar({ communityId }))
  return (
    <View className='disclosure-calendar'>
      <RemoteView state={calendar.state} onRetry={calendar.reload} roles={calendar.account?.roles}>
        {(view) =>
          view.entries.length === 0 ? (
            <Empty text='没有设置定期公开的事项' />
          ) : (
            <View>
              {view.overdue > 0 && <View className='voided-note'>有{view.overdue}项已逾期未公开</View>}
              {view.entries.map((e) => (
                <View
                  key={`${e.category}-${e.every}`}
                  className='list-card calendar-entry'
                  onClick={() => void Taro.navigateTo({ url: disclosureRoutes.list(view.communityId) })}
                >
                  <View className='list-card__title'>
                    {e.categoryLabel}
                    <Text className={`list-card__tag ${e.state === 'done' ? 'list-card__tag--grey' : ''}`}>{e.stateLabel}</Text>
                  </View>
                  <View className='list-card__meta'>
                    {e.everyLabel} · 应公开 {e.period.label}
                  </View>
                  <View className='list-card__meta'>公开期限 {e.period.deadline}</View>
                </View>
              ))}
              {!view.configured && <View className='form__lead'>以上为默认的公开周期。</View>}
            </View>
          )
        }
      </RemoteView>
    </View>
  )
}

export default withFontScale(DisclosureCalendarPage)
