import { pageUrl } from '../../utils/pageUrl'

/**
 * URLs of the committee subpackage's pages. Without a community a page works on the caller's own
 * committee; detail and edit pages take the record's id.
 */
const page = (name: string) => `/packages/committee/pages/${name}/index`

export const committeeRoutes = {
  members: (communityId?: string) => pageUrl(page('members'), { communityId }),
  member: (id: string, communityId: string) => pageUrl(page('member'), { id, communityId }),
  memberEdit: (params: { communityId: string; id?: string }) => pageUrl(page('member-edit'), params),
  records: (communityId?: string) => pageUrl(page('records'), { communityId }),
  filing: (id: string, communityId: string) => pageUrl(page('filing'), { id, communityId }),
  meetings: (communityId?: string) => pageUrl(page('meetings'), { communityId }),
  meeting: (id: string, communityId: string) => pageUrl(page('meeting'), { id, communityId }),
  meetingEdit: (params: { communityId: string; id?: string }) => pageUrl(page('meeting-edit'), params),
  funds: (communityId?: string) => pageUrl(page('funds'), { communityId }),
  credit: (communityId?: string) => pageUrl(page('credit'), { communityId }),
}
