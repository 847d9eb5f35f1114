import type { Choice, VoteDetail } from '@core/api/vote'

/** What may be written on a paper ballot of this vote: 从众 only when its rules count it. */
export function paperChoices(vote: Pick<VoteDetail, 'followMajorityCounts'>): Choice[] {
  return vote.followMajorityCounts ? ['agree', 'oppose', 'abstain', 'followMajority'] : ['agree', 'oppose', 'abstain']
}
