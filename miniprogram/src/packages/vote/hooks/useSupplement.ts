import type { SupplementOverview, VoteDetail } from '@core/api/vote'
import { ok } from '@core/result'
import type { Result } from '../../../services/cloud'
import { manageVote, supplementVote } from '../../../services/vote'
import { useRemote } from '../../../hooks/useRemote'

export interface SupplementData {
  vote: VoteDetail
  overview: SupplementOverview
}

/** The vote and where its supplementing stands, loaded together for the 投票补计 and 确认从众 pages. */
export function useSupplement(voteId: string) {
  return useRemote(async (): Promise<Result<SupplementData>> => {
    const [vote, overview] = await Promise.all([manageVote('get', { voteId }), supplementVote('overview', { voteId })])
    if (!vote.ok) return vote
    if (!overview.ok) return overview
    return ok({ vote: vote.data, overview: overview.data })
  })
}
