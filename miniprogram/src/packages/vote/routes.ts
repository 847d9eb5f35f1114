/** URLs of the vote subpackage's pages, built in one place so a moved page breaks the build. */
const ROOT = '/packages/vote/pages'

export type Viewer = 'committee' | 'street'

function url(page: string, params: Record<string, string | undefined> = {}): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return `${ROOT}/${page}/index${query ? `?${query}` : ''}`
}

export const voteUrls = {
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

