import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Image, Textarea, Video, View } from '@tarojs/components'
import { AtButton, AtInput, AtSwitch } from 'taro-ui'
import type { CourseView } from '@core/api/training'
import { ROLE_LABELS } from '@core/roles'
import { TRAINING_FOLDER } from '@core/schemas/files'
import { MultiChoiceGroup } from '../../../../components/choice-group'
import { withFontScale } from '../../../../components/font-scale'
import PrivacySheet from '../../../../components/privacy-sheet'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { mediaSrc, pickAndUpload, pickAndUploadVideo } from '../../../../services/files'
import { isImage } from '../../../../utils/filePaths'
import { publishCourse } from '../../../../services/training'
import { AUDIENCE_OPTIONS, checkCourse, emptyCourseForm, type CourseForm } from './form'
import './index.scss'

/** 3分20秒 */
const minutesAndSeconds = (s: number) => (s >= 60 ? `${Math.floor(s / 60)}分${s % 60 ? `${s % 60}秒` : '钟'}` : `${s}秒`)

/** 发布培训课程 (district and city centres, the operator): a course video for committee people, with its transcript. */
function PublishPage() {
  const [published, setPublished] = useState<CourseView | null>(null)
  return (
    <View className='publish'>
      {published ? <Published course={published} onAnother={() => setPublished(null)} /> : <Form onPublished={setPublished} />}
      <PrivacySheet />
    </View>
  )
}

function Form({ onPublished }: { onPublished: (course: CourseView) => void }) {
  const [form, setForm] = useState<CourseForm>(emptyCourseForm)
  const set =
    <K extends keyof CourseForm>(key: K) =>
    (value: CourseForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }))
  const notice = useNotice()
  const { busy, run, send } = useSubmit(notice)

  const upload = async () => {
    const picked = await run(() => pickAndUploadVideo(TRAINING_FOLDER), { progress: '正在上传视频…' })
    if (picked?.[0]) setForm((f) => ({ ...f, video: picked[0] }))
  }
  const uploadCover = async () => {
    const [picked] = (await run(() => pickAndUpload(TRAINING_FOLDER, 1))) ?? []
    if (!picked) return
    if (isImage(picked.name)) setForm((f) => ({ ...f, cover: picked }))
    else notice.show('封面请选择一张图片（jpg、png 等）')
  }
  const publish = async () => {
    const course = await send(checkCourse(form), publishCourse, { progress: '正在发布…' })
    if (course) onPublished(course)
  }
  const knownDuration = form.video?.durationS ?? null

  return (
    <View>
      <View className='form'>
        <AtInput
          name='title'
          title='课程名称'
          placeholder='如：业主大会议事规则'
          value={form.title}
          onChange={(v: string | number) => set('title')(String(v))}
        />
        <AtInput
          name='category'
          title='类别'
          placeholder='如：履职培训'
          value={form.category}
          onChange={(v: string | number) => set('category')(String(v))}
        />
      </View>
      <View className='section-title'>面向人员</View>
      <View className='publish__card'>
        <MultiChoiceGroup options={AUDIENCE_OPTIONS} value={form.audience} onChange={set('audience')} disabled={busy} />
      </View>
      <View className='publish__card publish__switch'>
        <AtSwitch title='必修课程' checked={form.required} onChange={(v: boolean) => set('required')(v)} />
      </View>
      {form.required && (
        <View className='form'>
          <AtInput
            name='dueDays'
            type='number'
            title='完成期限（天）'
            placeholder='新任人员须在几天内学完'
            value={form.dueDays}
            onChange={(v: string | number) => set('dueDays')(String(v))}
          />
        </View>
      )}
      <View className='section-title'>课程视频</View>
      <View className='publish__card'>
        {form.video ? (
          <View className='publish__video-name'>已上传：{form.video.file.name}</View>
        ) : (
          <View className='publish__hint'>请选择要发布的课程视频</View>
        )}
        {knownDuration !== null && <View className='publish__hint'>视频时长：{minutesAndSeconds(knownDuration)}</View>}
        <AtButton size='small' disabled={busy} onClick={() => void upload()}>
          {form.video ? '换一个视频' : '选择视频'}
        </AtButton>
      </View>
      {form.video && knownDuration === null && (
        <View className='form'>
          <AtInput
            name='durationS'
            type='number'
            title='视频时长（秒）'
            placeholder='读不出视频的时长，请填写'
            value={form.typedDurationS}
            onChange={(v: string | number) => set('typedDurationS')(String(v))}
          />
        </View>
      )}
      <View className='section-title'>封面（可不选）</View>
      <View className='publish__card'>
        {form.cover && <Image className='publish__cover' src={mediaSrc(form.cover.fileID)} mode='aspectFill' />}
        <AtButton size='small' disabled={busy} onClick={() => void uploadCover()}>
          {form.cover ? '换一张封面' : '选择封面图片'}
        </AtButton>
        {form.cover && (
          <AtButton size='small' disabled={busy} onClick={() => set('cover')(null)}>
            不用封面
          </AtButton>
        )}
      </View>
      <View className='section-title'>文字稿</View>
      <Textarea
        className='publish__textarea'
        value={form.transcript}
        maxlength={20000}
        placeholder='课程的文字稿，方便不便看视频的人员阅读'
        onInput={(e) => set('transcript')(e.detail.value)}
      />
      {notice.inline}
      <View className='publish__actions'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void publish()}>
          发布课程
        </AtButton>
      </View>
      {notice.element}
    </View>
  )
}

/** After publishing: what was published, and the ways on. */
function Published({ course, onAnother }: { course: CourseView; onAnother: () => void }) {
  const [watching, setWatching] = useState(false)
  return (
    <View>
      <View className='publish__done'>
        <View className='publish__done-title'>课程已发布</View>
        <View>《{course.title}》</View>
        <View>
          {course.category} · {minutesAndSeconds(course.durationS)}
          {course.required ? ` · 必修，新任人员${course.dueDays}天内完成` : ' · 选修'}
        </View>
        <View>面向：{course.audience.map((r) => ROLE_LABELS[r]).join('、')}</View>
        <View className='publish__hint'>各小区业委会的人员在「宣传培训」中可以看到这门课程。</View>
      </View>
      {watching && course.video && <Video className='publish__player' src={mediaSrc(course.video)} controls />}
      <View className='publish__actions'>
        {course.video && <AtButton onClick={() => setWatching(!watching)}>{watching ? '收起视频' : '查看课程'}</AtButton>}
        <AtButton type='primary' onClick={onAnother}>
          再发布一门
        </AtButton>
        <AtButton onClick={() => void Taro.navigateBack()}>返回</AtButton>
      </View>
    </View>
  )
}

export default withFontScale(PublishPage)
