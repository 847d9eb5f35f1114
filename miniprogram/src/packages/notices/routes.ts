import { pageUrl } from '../../utils/pageUrl'

/** URLs of the notices subpackage (通知消息): the committee's page of one notice, the centres' pages. */
const page = (name: string) => `/packages/notices/pages/${name}/index`

export const noticesRoutes = {
  received: (noticeId: string, communityId?: string) => pageUrl(page('received'), { noticeId, communityId }),
  sent: () => page('sent'),
  edit: (noticeId?: string) => pageUrl(page('edit'), { noticeId }),
  dashboard: (noticeId: string) => pageUrl(page('dashboard'), { noticeId }),
  reply: (noticeId: string, communityId: string) => pageUrl(page('reply'), { noticeId, communityId }),
}
