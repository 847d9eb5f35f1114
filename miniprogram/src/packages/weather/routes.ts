import { pageUrl } from '../../utils/pageUrl'

/** URLs of the weather subpackage (小区气象公告栏). Without a community it shows the caller's own. */
const page = (name: string) => `/packages/weather/pages/${name}/index`

export const weatherRoutes = {
  board: (communityId?: string) => pageUrl(page('board'), { communityId }),
}
