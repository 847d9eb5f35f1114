import type { CastVoteApi, ManageVoteApi, SupplementVoteApi, TallyVoteApi } from '@core/api/vote'
import { cloudFunction } from './cloud'

/*
 * The electronic vote's four cloud functions (core/api/vote.ts). Pages call these and never
 * `callCloud` directly; inputs and outputs are inferred from the contract, so nothing is
 * written twice. Each returns a Result: failures carry the server's Chinese message.
 */

/** Drafting, review, viewing, turnout, exports, 线下认证, reminders, audit log. */
export const manageVote = cloudFunction<ManageVoteApi>('manageVote')

/** The owner's side: open votes, the ballot, casting, receipts. */
export const castVote = cloudFunction<CastVoteApi>('castVote')

/** 投票补计 (paper ballots by room, co-owned confirmations) and 确认从众 entries. */
export const supplementVote = cloudFunction<SupplementVoteApi>('supplementVote')

/** 统计录入, reconciliation, confirmations, 计票完成 and the published result. */
export const tallyVote = cloudFunction<TallyVoteApi>('tallyVote')
