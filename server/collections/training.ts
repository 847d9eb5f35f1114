import type { RoleName } from '../../core/roles'

/** `courses`: a published course (宣传培训). */
export interface CourseDoc {
  _id: string
  title: string
  category: string
  durationS: number
  transcript: string
  required: boolean
  dueDays: number
  /** The committee roles it is for (a required course is a to-do for each of them); absent on early courses: all. */
  audience?: RoleName[]
  /** The video's cloud file id. */
  video?: string
  /** The cover picture's cloud file id. */
  cover?: string
  publishedAt: Date
}

/** `courseProgress`: one person's watching of one course, id `progress:<courseId>:<openid>`. */
export interface CourseProgressDoc {
  _id: string
  courseId: string
  communityId: string
  openid: string
  personName: string
  /** Seconds actually played, merged ([from, to] pairs). */
  intervals: [number, number][]
  position: number
  lastReportAt: Date
  completedAt: Date | null
}
