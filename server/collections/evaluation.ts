import type { BoardEntry, PartyNames } from '../../core/evaluations/board'
import type { EvaluationTarget } from '../../core/evaluations/dimensions'
import type { Scores, Tally } from '../../core/evaluations/tally'
import type { ContentFlag } from '../content/check'

/* 业主评价 (server/evaluations): the ratings and the figures kept on every write. */

/** One earlier version of a rating the owner replaced within the period (kept, never deleted). */
export interface RatingVersion {
  scores: Scores
  comment: string
  ratedAt: Date
  /** The rated party's reply to this version, moved here when the owner replaced it (older versions have none). */
  reply?: RatingDoc['reply']
}

/**
 * `evaluations/<target>:<unitId>:<period>`: a unit's current rating of a target for one period;
 * a changed mind replaces scores and comment and pushes the old ones onto `history`.
 */
export interface RatingDoc {
  _id: string
  target: EvaluationTarget
  communityId: string
  unitId: string
  period: string
  /** The rater's openid (server-only) and her masked label ('王*'). */
  openid: string
  raterLabel: string
  scores: Scores
  comment: string
  /** Set when the content check asked for review (server/content/check.ts). */
  contentFlag?: ContentFlag | null
  ratedAt: Date
  /** Bumped on every replacement: the next one is conditional on it, so two changes at once do not both count. */
  revision: number
  history: RatingVersion[]
  /**
   * The reply to the current version; a replacement moves it into `history` with the version it answered,
   * so the new version can be answered. `contentFlag` as on the rating (a contentReview to-do `<id>:reply`).
   */
  reply: { text: string; at: Date; openid: string; contentFlag?: ContentFlag | null } | null
  objection: {
    reason: string
    at: Date
    openid: string
    status: 'open' | 'upheld' | 'dismissed'
    decidedAt: Date | null
    decisionNote: string | null
    contentFlag?: ContentFlag | null
  } | null
}

/**
 * `evaluationStats/<target>:<communityId>:<period>`: one target's tally for one period, kept by
 * `$inc` on every rating (core/evaluations/tally.ts), so 评价统计 never reads the ratings. It also carries
 * what the ranking's board shows of the party (its names) and when it last changed, so the board is
 * rebuilt from the tallies alone, and only when one changed (server/evaluations/board.ts).
 */
export interface EvaluationStatsDoc extends Tally, PartyNames {
  _id: string
  target: EvaluationTarget
  communityId: string
  period: string
  /** The last rating (or name change) that moved this tally: the board's "dirty since". */
  changedAt: Date
  /** Bumped by every change, so an update that changes nothing can only mean the tally is missing. */
  changes: number
}

/**
 * `evaluationBoards/board:<period>`: every rated party of the city for one period (property projects and
 * committees by community), rebuilt from the period's tallies when the ranking finds it stale
 * (server/evaluations/board.ts); no rating writes it.
 */
export interface EvaluationBoardDoc {
  _id: string
  period: string
  /** When the rebuild read the tallies: the page says 数据更新于 …, and a tally changed since makes it stale. */
  asOf: Date
  /** Rated parties in order of community id (core/evaluations/board.ts). */
  property: BoardEntry[]
  committee: BoardEntry[]
}
