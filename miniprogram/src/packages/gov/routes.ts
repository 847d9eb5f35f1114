import { pageUrl } from '../../utils/pageUrl'

/** URLs of the gov subpackage's pages (辖区小区); every page after the list works on one community. */
const page = (name: string) => `/packages/gov/pages/${name}/index`

export const govRoutes = {
  communities: () => page('communities'),
  community: (communityId: string) => pageUrl(page('community'), { communityId }),
  credit: (communityId: string) => pageUrl(page('credit'), { communityId }),
  creditRecord: (communityId: string, kind: 'good' | 'bad') => pageUrl(page('credit-record'), { communityId, kind }),
  filingAdd: (communityId: string) => pageUrl(page('filing-add'), { communityId }),
  trainingAdd: (communityId: string) => pageUrl(page('training-add'), { communityId }),
}
