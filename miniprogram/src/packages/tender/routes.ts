import { pageUrl } from '../../utils/pageUrl'

/** URLs of the tender subpackage (招标投标管理). */
const page = (name: string) => `/packages/tender/pages/${name}/index`

export const tenderRoutes = {
  projects: (communityId?: string) => pageUrl(page('projects'), { communityId }),
  project: (id: string) => pageUrl(page('project'), { id }),
}
