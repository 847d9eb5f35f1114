import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { withFontScale } from '../../../../components/font-scale'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { mediaSrc } from '../../../../services/files'
import { listCourses } from '../../../../services/training'
import { trainingRoutes } from '../../routes'
import './index.scss'

/** 宣传培训 (manual 十二): the courses for committee people, each with how much of it one has watched. */
function CoursesPage() {
  const courses = useCommunityData((communityId) => listCourses({ communityId }))
  const communityId = courses.communityId
  return (
    <View className='training'>
      <RemoteView state={courses.state} onRetry={courses.reload} roles={courses.account?.roles}>
        {({ courses: list }) =>
          list.length === 0 ? (
            <Empty text='还没有发布培训课程' />
          ) : (
            <View>
              {list.map((c) => (
                <View
                  key={c.id}
                  className='list-card'
                  onClick={() => void Taro.navigateTo({ url: trainingRoutes.course(c.id, communityId ?? undefined) })}
                >
                  {c.cover && <Image className='training__cover' src={mediaSrc(c.cover)} mode='aspectFill' />}
                  <View className='list-card__title'>{c.title}</View>
                  <View className='list-card__meta'>
                    {c.category}
                    {c.required ? ` · 必修，${c.dueDays}天内完成` : ''}
                  </View>
                  <View className='list-card__meta'>{c.completed ? '已完成' : `已学 ${c.percent}%`}</View>
                </View>
              ))}
            </View>
          )
        }
      </RemoteView>
      {communityId && (
        <View className='training__actions'>
          <AtButton type='secondary' onClick={() => void Taro.navigateTo({ url: trainingRoutes.completions(communityId) })}>
            本小区学习情况
          </AtButton>
        </View>
      )}
    </View>
  )
}

export default withFontScale(CoursesPage)
