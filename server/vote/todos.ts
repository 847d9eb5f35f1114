import type { TodoKind } from '../../core/api/todos'
import type { TodoActor, TodoSpec } from '../todos/write'
import type { Stamp, VoteDoc } from '../collections/vote'

/** The vote's to-dos: its street review, and the statistics confirmation by each side. */
export type VoteTodoKind = Extract<TodoKind, 'voteReview' | 'voteConfirmTally' | 'voteConfirmTallyCommittee'>

export function voteTodo(
  kind: TodoKind,
  vote: Pick<VoteDoc, '_id' | 'communityId' | 'communityName' | 'street' | 'district' | 'title'>,
): TodoSpec {
  return {
    kind,
    targetId: vote._id,
    subject: vote.title,
    source: 'vote',
    community: { _id: vote.communityId, name: vote.communityName, street: vote.street, district: vote.district },
  }
}

export const actorOf = (stamp: Stamp): TodoActor => ({ by: stamp.by, who: stamp.who, at: stamp.at })

/** Which confirmation to-do belongs to which side of 确认统计. */
export const CONFIRM_TODO: Record<'committee' | 'street', VoteTodoKind> = {
  committee: 'voteConfirmTallyCommittee',
  street: 'voteConfirmTally',
}
