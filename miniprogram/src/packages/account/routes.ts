import { pageUrl } from '../../utils/pageUrl'

/** URLs of the account subpackage's pages, built in one place so a moved page breaks the build. */
const page = (name: string) => `/packages/account/pages/${name}/index`

export const accountRoutes = {
  staffBind: () => page('staff-bind'),
  /** 人员授权 (the director). */
  staff: () => page('staff'),
  /** 权限管理. */
  people: () => page('people'),
  me: () => page('me'),
  delegates: () => page('delegates'),
  delegateBind: () => page('delegate-bind'),
  /** 人脸核身 for owners and delegates, for a community when given. */
  face: (communityId?: string) => pageUrl(page('face'), { communityId }),
  /** 隐私保护指引: what the mini program collects and why. */
  privacy: () => page('privacy'),
}
