import { useRef, useState } from 'react'
import { Video, View } from '@tarojs/components'
import type { MyCourseView } from '@core/api/training'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { withFontScale } from '../../../../components/font-scale'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useSubmit } from '../../../../hooks/useSubmit'
import { mediaSrc } from '../../../../services/files'
import { listCourses, reportWatch } from '../../../../services/training'
import './index.scss'

/** How often (seconds of playing) the page reports what was watched; pausing and the end report at once. */
const REPORT_EVERY_S = 10
/** A jump of more than this between two time updates is a seek: the stretch before it is reported on its own. */
const SEEK_S = 3

/** 课程学习: the course's video, resumed where one stopped, reporting what was actually played. */
function CoursePage() {
  const { id } = useParams()
  const courses = useCommunityData((communityId) => listCourses({ communityId }), id)
  return (
    <View className='training'>
      <RemoteView state={courses.state} onRetry={courses.reload} roles={courses.account?.roles}>
        {({ courses: list }) => {
          const course = list.find((c) => c.id === id)
          if (!course || !courses.communityId) return <Empty text='没有找到这门课程' />
          return <Player course={course} communityId={courses.communityId} />
        }}
      </RemoteView>
    </View>
  )
}

function Player({ course, communityId }: { course: MyCourseView; communityId: string }) {
  const notice = useNotice()
  const { run } = useSubmit(notice)
  const [view, setView] = useState(course)
  /** Start of the stretch not reported yet, and the last position the player told. */
  const from = useRef(course.position)
  const last = useRef(course.position)
  const report = async (to: number) => {
    const start = from.current
    from.current = to
    if (to <= start) return
    const saved = await run(() => reportWatch({ communityId, courseId: course.id, from: start, to }))
    if (saved) setView(saved)
  }
  const onTime = (now: number) => {
    if (Math.abs(now - last.current) > SEEK_S) {
      void report(last.current)
      from.current = now
    } else if (now - from.current >= REPORT_EVERY_S) void report(now)
    last.current = now
  }
  return (
    <View>
      {view.video ? (
        <Video
          className='training__video'
          src={mediaSrc(view.video)}
          initialTime={course.position}
          showFullscreenBtn
          onTimeUpdate={(e) => onTime(e.detail.currentTime)}
          onPause={() => void report(last.current)}
          onEnded={() => void report(last.current)}
        />
      ) : (
        <Empty text='这门课程的视频还没有上传' />
      )}
      <View className='training__head'>
        <View className='training__title'>{view.title}</View>
        <View className='muted'>
          {view.category}
          {view.required ? ` · 必修，${view.dueDays}天内完成` : ''}
        </View>
        <View className='training__progress'>
          {view.completed ? <View className='training__done'>已完成</View> : `已学 ${view.percent}%`}
        </View>
      </View>
      {notice.inline}
      {view.transcript && <View className='training__transcript'>{view.transcript}</View>}
    </View>
  )
}

export default withFontScale(CoursePage)
