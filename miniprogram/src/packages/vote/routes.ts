import { pageUrl, type PageParams } from '../../utils/pageUrl'

/** URLs of the vote subpackage's pages, built in one place so a moved page breaks the build. */
export type Viewer = 'committee' | 'street'

const url = (page: string, params?: PageParams) => pageUrl(`/packages/vote/pages/${page}/index`, params)

export const voteRoutes = {
  // Owner
  open: () => url('open'),
  ballot: (voteId: string, partyId?: string) => url('ballot', { voteId, partyId }),
  receipt: (voteId: string, partyId: string) => url('receipt', { voteId, partyId }),
  myBallots: () => url('my-ballots'),
  result: (voteId: string) => url('result', { voteId }),
  // Committee and street office
  manage: (communityId?: string) => url('manage', { communityId }),
  edit: (params: { communityId?: string; voteId?: string }) => url('edit', params),
  detail: (voteId: string, as: Viewer) => url('detail', { voteId, as }),
  supplement: (voteId: string) => url('supplement', { voteId }),
  follow: (voteId: string) => url('follow', { voteId }),
  statistics: (voteId: string, as: Viewer) => url('statistics', { voteId, as }),
  exports: (voteId: string) => url('exports', { voteId }),
  review: () => url('review'),
}
