import { View } from '@tarojs/components'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { withFontScale } from '../../../../components/font-scale'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { listCompletions } from '../../../../services/training'
import './index.scss'

/** 学习情况: who of the community's committee watched which course how far, and when each completed. */
function CompletionsPage() {
  const completions = useCommunityData((communityId) => listCompletions({ communityId }))
  return (
    <View className='training'>
      <RemoteView state={completions.state} onRetry={completions.reload} roles={completions.account?.roles}>
        {({ rows }) =>
          rows.length === 0 ? (
            <Empty text='还没有人学习课程' />
          ) : (
            <View>
              {rows.map((r) => (
                <View key={`${r.courseTitle}:${r.personName}`} className='list-card'>
                  <View className='list-card__title'>{r.personName}</View>
                  <View className='list-card__meta'>{r.courseTitle}</View>
                  <View className='list-card__meta'>{r.completedOn ? `已完成（${r.completedOn}）` : `已学 ${r.percent}%`}</View>
                </View>
              ))}
            </View>
          )
        }
      </RemoteView>
    </View>
  )
}

export default withFontScale(CompletionsPage)
