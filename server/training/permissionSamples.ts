import type { Samples } from '../testing/samples'
import { freshCourse } from '../testing/trainingFixtures'

const COURSE = {
  title: '业委会履职基础',
  category: '履职培训',
  durationS: 600,
  transcript: '',
  required: true,
  dueDays: 30,
  audience: ['member'],
}

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'training.publishCourse': { scope: 'self', input: () => COURSE },
  'training.listCourses': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'training.reportWatch': {
    scope: 'community',
    input: async ({ world, side }) => ({ communityId: world.community(side), courseId: await freshCourse(world), from: 0, to: 10 }),
    // A committee role of the other community is refused; one that reaches it but holds no committee seat there (none here) would get TRAINING_NOT_MEMBER.
  },
  'training.completions': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
}
