import { checkCourse, emptyCourseForm, type CourseForm } from './form'

const video = { file: { fileID: 'cloud://local.demo/training/courses/1-0-a.mp4', name: 'a.mp4' }, durationS: 125 }
const filled = (over: Partial<CourseForm> = {}): CourseForm => ({
  ...emptyCourseForm(),
  title: '业主大会议事规则',
  category: '履职培训',
  video,
  ...over,
})

describe('the 发布培训课程 form', () => {
  it('asks for the video first', () => {
    expect(checkCourse(emptyCourseForm())).toMatchObject({ ok: false, message: '课程视频：请上传课程视频' })
  })

  it('names the field the server would refuse', () => {
    expect(checkCourse(filled({ title: '' }))).toMatchObject({ ok: false, message: '课程名称：请填写课程名称' })
    expect(checkCourse(filled({ audience: [] }))).toMatchObject({ ok: false, message: '面向人员：请选择面向的人员' })
    expect(checkCourse(filled({ required: true, dueDays: '0' }))).toMatchObject({ ok: false, message: '完成期限：至少1天' })
    expect(checkCourse(filled({ required: true, dueDays: '三十' }))).toMatchObject({ ok: false, message: '完成期限：至少1天' })
  })

  it("takes the video's own length, and the typed one only when the video's is unknown", () => {
    expect(checkCourse(filled({ typedDurationS: '9' }))).toMatchObject({ ok: true, data: { durationS: 125 } })
    const unknown = { ...video, durationS: null }
    expect(checkCourse(filled({ video: unknown, typedDurationS: '' }))).toMatchObject({ ok: false, message: '视频时长：请填写视频时长' })
    expect(checkCourse(filled({ video: unknown, typedDurationS: '300' }))).toMatchObject({ ok: true, data: { durationS: 300 } })
  })

  it('sends the committee roles, the video and, for a required course, its days', () => {
    expect(checkCourse(filled({ required: true, dueDays: '14' }))).toEqual({
      ok: true,
      data: {
        title: '业主大会议事规则',
        category: '履职培训',
        durationS: 125,
        transcript: '',
        required: true,
        dueDays: 14,
        audience: ['director', 'member', 'alternate', 'staff'],
        video: video.file.fileID,
      },
    })
  })
})

describe('the cover', () => {
  it('is sent when one was uploaded, and left out otherwise', () => {
    const cover = { fileID: 'cloud://local.demo/training/courses/1-0-a.png', name: 'a.png' }
    expect(checkCourse(filled({ cover }))).toMatchObject({ ok: true, data: { cover: cover.fileID } })
    const without = checkCourse(filled())
    expect(without.ok && without.data.cover).toBeUndefined()
  })
})
