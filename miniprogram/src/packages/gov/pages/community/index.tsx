import { View } from '@tarojs/components'
import { ROLE_LABELS } from '@core/api/identity'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { CommunityHeader } from '../../shared/CommunityHeader'
import { entriesFor } from '../../shared/entries'
import { EntryRow } from '../../shared/EntryRow'
import { useReach } from '../../shared/useReach'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** One community of the caller's area: the committee's pages to read, and what her role enters for it. */
function CommunityPage() {
  const reach = useReach()
  return (
    <View className='community'>
      <RemoteView state={reach.state} onRetry={reach.reload}>
        {(c) => {
          const { reads, writes } = entriesFor(c)
          return (
            <View>
              <CommunityHeader community={c} lead={`您的身份：${c.roles.map((r) => ROLE_LABELS[r]).join('、')}`} />
              {reads.length === 0 && writes.length === 0 && <Empty text='您在这个小区没有可以查看的内容' />}
              {reads.length > 0 && <View className='section-title'>查看</View>}
              {reads.map((e) => (
                <EntryRow key={e.url} {...e} />
              ))}
              {writes.length > 0 && <View className='section-title'>录入</View>}
              {writes.map((e) => (
                <EntryRow key={e.url} {...e} writes />
              ))}
            </View>
          )
        }}
      </RemoteView>
    </View>
  )
}

export default withFontScale(CommunityPage)
