import { VOTE_STATE_LABELS, type VoteState } from '../../core/api/vote'
import { voteFail } from './errors'
import type { VoteDoc } from '../collections/vote'

/**
 * The state follows the clock: an approved vote is `voting` from its start and `closed` from its
 * end, whatever was last persisted. Every read and write goes through this, so a vote never
 * accepts a ballot after its end even if nobody persisted the transition.
 */
export function effectiveState(vote: Pick<VoteDoc, 'state' | 'startAt' | 'endAt'>, nowMs: number): VoteState {
  if (vote.state !== 'approved' && vote.state !== 'voting') return vote.state
  if (nowMs >= vote.endAt) return 'closed'
  if (nowMs >= vote.startAt) return 'voting'
  return 'approved'
}

/**
 * Guards a mutating action: answers VOTE_TALLIED on a tallied vote whatever the action, then
 * the most specific error for the state, and returns the effective state when allowed.
 */
export function requireState(vote: Pick<VoteDoc, 'state' | 'startAt' | 'endAt'>, nowMs: number, allowed: readonly VoteState[]): VoteState {
  const state = effectiveState(vote, nowMs)
  if (allowed.includes(state)) return state
  if (state === 'tallied') voteFail('VOTE_TALLIED')
  if (allowed.length === 1 && allowed[0] === 'draft') voteFail('VOTE_NOT_EDITABLE')
  if (allowed.includes('voting')) {
    if (state === 'approved') voteFail('VOTE_NOT_STARTED')
    if (AFTER_VOTING.includes(state)) voteFail('VOTE_CLOSED')
  }
  return voteFail('WRONG_STATE', `当前投票状态为「${VOTE_STATE_LABELS[state]}」，不能进行这个操作`)
}

const AFTER_VOTING: readonly VoteState[] = ['closed', 'supplementing', 'followMajority', 'statistics']

/** States whose persisted value lags the clock and should be written back when next touched. */
export function lagsClock(vote: Pick<VoteDoc, 'state' | 'startAt' | 'endAt'>, nowMs: number): boolean {
  return effectiveState(vote, nowMs) !== vote.state
}
