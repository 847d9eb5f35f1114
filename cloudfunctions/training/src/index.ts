import { TRAINING_ERRORS, TRAINING_LABELS, trainingApi } from '../../../core/api/training'
import { defineFunction } from '../../../server/handler'
import { completions, listCourses, publishCourse, reportWatch } from '../../../server/training/courses'

/** 宣传培训: courses, watching progress as played intervals, completions that become 培训结果 records. */
export const main = defineFunction(
  'training',
  trainingApi,
  { errors: TRAINING_ERRORS, labels: TRAINING_LABELS },
  { publishCourse, listCourses, reportWatch, completions },
)
