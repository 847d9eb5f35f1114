import { pageUrl } from '../../utils/pageUrl'

/** URLs of the training subpackage (宣传培训). Without a community a page works on the caller's own. */
const page = (name: string) => `/packages/training/pages/${name}/index`

export const trainingRoutes = {
  courses: (communityId?: string) => pageUrl(page('courses'), { communityId }),
  course: (id: string, communityId?: string) => pageUrl(page('course'), { id, communityId }),
  completions: (communityId: string) => pageUrl(page('completions'), { communityId }),
  /** 发布培训课程 (district and city centres, the operator). */
  publish: () => page('publish'),
}
