import { trainingApi, TRAINING_LABELS } from '@core/api/training'
import { COMMITTEE_ROLES, ROLE_LABELS } from '@core/roles'
import type { CloudFile } from '@core/schemas/files'
import type { z } from 'zod'
import type { UploadedVideo } from '../../../../services/fileFailures'
import { check, type Checked } from '../../../../utils/check'

type CommitteeRole = (typeof COMMITTEE_ROLES)[number]

/** What the 发布培训课程 form holds: typed text as typed, the video once uploaded. */
export interface CourseForm {
  title: string
  category: string
  audience: CommitteeRole[]
  required: boolean
  /** 完成期限（天）as typed; only sent for a required course. */
  dueDays: string
  transcript: string
  video: UploadedVideo | null
  /** 封面 (optional), once uploaded. */
  cover: CloudFile | null
  /** 视频时长（秒）as typed, used only when the video's own length is unknown. */
  typedDurationS: string
}

/** The usual time a new member has for a required course. */
const DEFAULT_DUE_DAYS = 30

export const emptyCourseForm = (): CourseForm => ({
  title: '',
  category: '',
  audience: [...COMMITTEE_ROLES],
  required: false,
  dueDays: String(DEFAULT_DUE_DAYS),
  transcript: '',
  video: null,
  cover: null,
  typedDurationS: '',
})

/** The committee roles a course can be for, with their Chinese names. */
export const AUDIENCE_OPTIONS = COMMITTEE_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))

/** A whole number as typed; 0 (which the schema refuses with the field's own sentence) for anything else. */
const wholeNumber = (typed: string) => (/^\s*\d{1,6}\s*$/.test(typed) ? Number(typed) : 0)

/** The video's length: what the platform read from it, else what was typed. */
const durationOf = (form: CourseForm) => form.video?.durationS ?? wholeNumber(form.typedDurationS)

type PublishInput = z.output<typeof trainingApi.publishCourse.input>

/**
 * The form checked with the server's own schema, so a refusal names the field as the server would; the page
 * also insists on a video (the contract lets a course be published before one is set).
 */
export function checkCourse(form: CourseForm): Checked<PublishInput> {
  if (!form.video) return { ok: false, code: 'INVALID_INPUT', message: `${TRAINING_LABELS.video}：请上传课程视频` }
  return check(
    trainingApi.publishCourse.input,
    {
      title: form.title,
      category: form.category,
      durationS: durationOf(form),
      transcript: form.transcript,
      required: form.required,
      dueDays: form.required ? wholeNumber(form.dueDays) : DEFAULT_DUE_DAYS,
      audience: form.audience,
      video: form.video.file.fileID,
      cover: form.cover?.fileID,
    },
    TRAINING_LABELS,
  )
}
