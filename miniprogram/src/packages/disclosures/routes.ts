import { pageUrl } from '../../utils/pageUrl'

/** URLs of the 信息公开 subpackage. Without a community a page works on the caller's own. */
const page = (name: string) => `/packages/disclosures/pages/${name}/index`

export const disclosureRoutes = {
  list: (communityId?: string) => pageUrl(page('list'), { communityId }),
  detail: (id: string) => pageUrl(page('detail'), { id }),
  /** A new item (no id), a draft to finish (`id`), or a correction of a published one (`correct`). */
  edit: (params: { communityId: string; id?: string; correct?: string }) => pageUrl(page('edit'), params),
  import: (communityId: string) => pageUrl(page('import'), { communityId }),
  calendar: (communityId?: string) => pageUrl(page('calendar'), { communityId }),
  transfers: (communityId?: string) => pageUrl(page('transfers'), { communityId }),
  transfer: (id: string) => pageUrl(page('transfer'), { id }),
  transferEdit: (communityId: string) => pageUrl(page('transfer-edit'), { communityId }),
}
