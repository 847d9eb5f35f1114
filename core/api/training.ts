import { z } from 'zod'
import { action } from './contract'
import { Id } from '../schemas/common'
import { CloudFileId } from '../schemas/files'
import { Body, Label, Title } from '../schemas/text'
import { COMMITTEE_ROLES, type RoleName } from '../roles'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'

/**
 * 宣传培训 (manual 十二): courses a district or city centre publishes for committee people; each watcher's
 * progress is the set of intervals actually played (core/training/progress.ts), and a course watched to 90%
 * becomes a 培训结果 record of the committee (the `trainings` collection the centre's entries also fill).
 */
export interface CourseView {
  id: string
  title: string
  category: string
  durationS: number
  transcript: string
  required: boolean
  /** Days a new committee member has to complete a required course. */
  dueDays: number
  /** The committee roles it is for. */
  audience: RoleName[]
  /** The video's cloud file id (Taro's Video plays cloud:// ids in the mini program); null before one is set. */
  video: string | null
  /** The cover picture's cloud file id, shown on the course list; null when the course has none. */
  cover: string | null
}

export interface MyCourseView extends CourseView {
  /** Where to resume (seconds). */
  position: number
  /** 0–100, whole percent watched. */
  percent: number
  completed: boolean
}

export interface CourseCompletionView {
  courseTitle: string
  personName: string
  percent: number
  completedOn: string | null
}

const Seconds = z.number({ invalid_type_error: '应为秒数' }).min(0, '不能为负').max(36_000, '不能超过10小时')

/** The `training` cloud function. */
export const trainingApi = {
  publishCourse: action(
    z.object({
      title: Title(100, '请填写课程名称'),
      category: Label(30, '请填写课程类别'),
      durationS: z.number().int().min(1, '请填写视频时长').max(36_000, '不能超过10小时'),
      transcript: Body(20_000),
      required: z.boolean(),
      dueDays: z.number().int().min(1, '至少1天').max(365, '不能超过365天'),
      audience: z.array(z.enum(COMMITTEE_ROLES)).min(1, '请选择面向的人员').max(COMMITTEE_ROLES.length),
      video: z
        .string()
        .max(500)
        .regex(/^cloud:\/\//, '应为云存储中的视频')
        .optional(),
      cover: CloudFileId.optional(),
    }),
  ).returns<CourseView>(),
  listCourses: action(z.object({ communityId: Id })).returns<{ courses: MyCourseView[] }>(),
  reportWatch: action(z.object({ communityId: Id, courseId: Id, from: Seconds, to: Seconds })).returns<MyCourseView>(),
  completions: action(z.object({ communityId: Id })).returns<{ rows: CourseCompletionView[] }>(),
}
export type TrainingApi = typeof trainingApi

export const TRAINING_ERRORS = {
  TRAINING_NOT_MEMBER: '只有本小区业委会的人员才能记录学习进度。',
  FOREIGN_FILE: '视频或封面不是为培训课程上传的文件，请重新上传',
} as const satisfies ErrorSentences

export const TRAINING_LABELS: FieldLabels = {
  title: '课程名称',
  category: '课程类别',
  durationS: '视频时长',
  transcript: '文字稿',
  required: '是否必修',
  dueDays: '完成期限',
  audience: '面向人员',
  video: '课程视频',
  cover: '课程封面',
  communityId: '小区',
  courseId: '课程',
  from: '开始位置',
  to: '结束位置',
}
