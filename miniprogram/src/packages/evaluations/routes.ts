import { pageUrl } from '../../utils/pageUrl'

/** URLs of the 业主评价 subpackage's pages. Without a community a page works on the caller's own. */
const page = (name: string) => `/packages/evaluations/pages/${name}/index`

export const evaluationRoutes = {
  statistics: (communityId?: string) => pageUrl(page('statistics'), { communityId }),
  rate: (target: 'property' | 'committee', communityId?: string) => pageUrl(page('rate'), { target, communityId }),
  ranking: () => pageUrl(page('ranking')),
  objection: (ratingId: string) => pageUrl(page('objection'), { ratingId }),
}
