import type { TrainingApi } from '@core/api/training'
import type { InputOf } from '@core/api/contract'
import { cloudFunction } from './cloud'

/** The `training` function: publishing a course (the centres), the courses with one's own progress, progress reports, the completions. */
const training = cloudFunction<TrainingApi>('training')
type In<A extends keyof TrainingApi> = InputOf<TrainingApi, A>

export const publishCourse = (input: In<'publishCourse'>) => training('publishCourse', input)
export const listCourses = (input: In<'listCourses'>) => training('listCourses', input)
export const reportWatch = (input: In<'reportWatch'>) => training('reportWatch', input)
export const listCompletions = (input: In<'completions'>) => training('completions', input)
