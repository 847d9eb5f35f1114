import {
  buildingLabel,
  ITEM_CLASS_LABELS,
  OUTCOME_LABELS,
  VOTE_STATE_LABELS,
  type PersonStamp,
  type VoteDetail,
  type VoteItemView,
  type VoteResultView,
  type VoteSummary,
} from '../../core/api/vote'
import type { Stamp, StoredItem, VoteDoc } from '../collections/vote'
import { effectiveState } from './state'

/** Reads name the fields they send: no openid ever leaves the server in a view. */
export function stampView(s: Stamp | null | undefined): PersonStamp | null {
  return s ? { who: s.who, at: s.at } : null
}

export function itemView(item: StoredItem): VoteItemView {
  return { id: item.id, text: item.text, class: item.class, classLabel: ITEM_CLASS_LABELS[item.class], attachments: item.attachments }
}

export function scopeLabel(vote: Pick<VoteDoc, 'scope'>): string {
  return vote.scope.kind === 'community' ? '全体业主' : vote.scope.buildings.map(buildingLabel).join('、')
}

export function summaryView(vote: VoteDoc, nowMs: number): VoteSummary {
  const state = effectiveState(vote, nowMs)
  return {
    id: vote._id,
    communityId: vote.communityId,
    communityName: vote.communityName,
    title: vote.title,
    state,
    stateLabel: VOTE_STATE_LABELS[state],
    startAt: vote.startAt,
    endAt: vote.endAt,
    itemCount: vote.items.length,
    scopeLabel: scopeLabel(vote),
    followMajorityCounts: vote.followMajorityCounts,
  }
}

export function detailView(vote: VoteDoc, nowMs: number): VoteDetail {
  return {
    ...summaryView(vote, nowMs),
    description: vote.description,
    items: vote.items.map(itemView),
    scope: vote.scope,
    rev: vote.rev,
    created: stampView(vote.created) as PersonStamp,
    submitted: stampView(vote.submitted),
    review: vote.review ? { who: vote.review.who, at: vote.review.at, decision: vote.review.decision, reason: vote.review.reason } : null,
    rejections: vote.rejections.map((r) => ({ who: r.who, at: r.at, reason: r.reason })),
    roll: vote.roll
      ? { headcount: vote.roll.headcount, areaCenti: vote.roll.areaCenti, units: vote.roll.units, frozenAt: vote.roll.frozenAt }
      : null,
    confirmations: { committee: stampView(vote.confirmations.committee), street: stampView(vote.confirmations.street) },
    tallied: stampView(vote.tallied),
  }
}

export function resultView(vote: VoteDoc): VoteResultView | null {
  if (!vote.result || !vote.tallied) return null
  const texts = new Map(vote.items.map((i) => [i.id, i.text]))
  return {
    voteId: vote._id,
    title: vote.title,
    tallied: stampView(vote.tallied) as PersonStamp,
    scope: vote.result.scope,
    followMajorityCounts: vote.followMajorityCounts,
    digest: vote.result.digest,
    items: vote.result.items.map((t) => ({
      itemId: t.itemId,
      text: texts.get(t.itemId) ?? '',
      class: t.itemClass,
      classLabel: ITEM_CLASS_LABELS[t.itemClass],
      outcome: t.counted.outcome,
      outcomeLabel: OUTCOME_LABELS[t.counted.outcome],
      summary: t.counted.explanation.summary,
      counted: t.counted,
      withFollowMajority: t.withFollowMajority,
      withoutFollowMajority: t.withoutFollowMajority,
    })),
  }
}
