import { z } from 'zod'
import { action } from './contract'
import { Id, registerId, UnitId } from '../schemas/common'
import { PageInput, type Page } from '../schemas/paging'
import { Label, OptionalLabel, Reason } from '../schemas/text'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'
import type { EvaluationTarget } from '../evaluations/dimensions'

/**
 * 业主评价 (manual 七): bound owners rate their property office and their committee once per unit,
 * target and period; the rated party replies or marks a rating 有异议 for the district centre to
 * decide; 评价统计 and 评价排名 read figures kept on every write (server/evaluations).
 */
export const Target = z.enum(['property', 'committee'], { errorMap: () => ({ message: '请选择评价对象' }) })
const Score = z.number({ invalid_type_error: '请选择1到5分' }).int('请选择1到5分').min(1, '请选择1到5分').max(5, '请选择1到5分')
/** `<target>:<unitId>:<period>`: made of a unit's id, so it takes the register's characters too. */
const RatingId = registerId(200, '请选择评价')
export const RankingKind = z.enum(['project', 'company', 'committee'], { errorMap: () => ({ message: '请选择排名类别' }) })
export type RankingKind = z.infer<typeof RankingKind>

/** One rating as people read it: the rater masked, the reply and any objection beside it. */
export interface RatingView {
  id: string
  target: EvaluationTarget
  /** '王*' of 1栋: never the full name or the room. */
  raterLabel: string
  scores: Array<{ label: string; score: number }>
  comment: string | null
  ratedAt: number
  /** How many times the owner changed her mind this period. */
  revisions: number
  reply: { text: string; at: number } | null
  /** The reply to a version the owner has since replaced (针对旧评价的回复), the latest such. */
  earlierReply: { text: string; at: number } | null
  objection: { reason: string; at: number; statusLabel: string; decisionNote: string | null } | null
}

export interface DimensionFigures {
  key: string
  label: string
  mean: number | null
  count: number
  /** Ratings giving 1…5 (index 0 = 1 分). */
  distribution: number[]
}

export interface TargetStatistics {
  target: EvaluationTarget
  targetLabel: string
  /** The rated party's name: the property project (with its company) or the committee. */
  partyName: string
  periodLabel: string
  ratings: number
  units: number
  /** ratings ÷ units, 0–1. */
  responseRate: number
  mean: number | null
  dimensions: DimensionFigures[]
  /** Older periods first. */
  trend: Array<{ periodLabel: string; mean: number | null; ratings: number }>
}

export interface CommunityStatistics {
  communityName: string
  property: TargetStatistics | null
  committee: TargetStatistics
}

export interface RankingRow {
  key: string
  name: string
  /** The company for a project; the district otherwise. */
  note: string
  n: number
  mean: number | null
  score: number | null
  rank: number | null
  /** Where the name leads: a community's statistics (projects, committees); null for a company (its projects: `company`). */
  communityId: string | null
}

/** Rows of the ranking a page asks for at once, and the most one answer carries. */
export const RANKING_PAGE = 50
const RANKING_PAGE_MAX = 100

export interface RankingView extends Page<RankingRow> {
  kind: RankingKind
  periodLabel: string
  /** When the figures were gathered (rebuilt from the kept tallies at most every 30 s, when one changed); null before any rating. */
  asOf: number | null
  /** The formula, said once for people: 得分 =（n×平均分 + k×区平均分）÷（n + k）. */
  formula: string
  k: number
  minRatings: number
  districts: Array<{ district: string; mean: number | null; ratings: number; communities: number }>
  /** Rows in the whole scope (every page). */
  total: number
}

export const evaluationsApi = {
  setPropertyService: action(
    z.object({ communityId: Id, projectName: Label(60, '请填写物业服务项目名称'), companyName: Label(60, '请填写物业服务企业名称') }),
  ).returns<{ communityId: string }>(),
  rate: action(
    z.object({
      unitId: UnitId,
      target: Target,
      scores: z.record(z.string(), Score),
      comment: OptionalLabel(300).default(''),
    }),
  ).returns<{ ratingId: string; replaced: boolean }>(),
  reply: action(z.object({ ratingId: RatingId, text: Reason(300, '请填写回复') })).returns<{ ratingId: string }>(),
  object: action(z.object({ ratingId: RatingId, reason: Reason(300, '请填写异议理由') })).returns<{ ratingId: string }>(),
  decideObjection: action(
    z.object({ ratingId: RatingId, upheld: z.boolean({ required_error: '请选择是否认可异议' }), note: OptionalLabel(300).default('') }),
  ).returns<{
    ratingId: string
  }>(),
  statistics: action(z.object({ communityId: Id })).returns<CommunityStatistics>(),
  rating: action(z.object({ ratingId: RatingId })).returns<RatingView & { communityName: string; targetLabel: string }>(),
  ratings: action(PageInput({ max: 50, size: 20 }).extend({ communityId: Id, target: Target })).returns<Page<RatingView>>(),
  /** One page of the ranking (ranked over the whole scope); `districts` lists every district, for the picker. */
  ranking: action(
    PageInput({ max: RANKING_PAGE_MAX, size: RANKING_PAGE }).extend({
      kind: RankingKind,
      district: OptionalLabel(20).default(''),
      company: OptionalLabel(60).default(''),
    }),
  ).returns<RankingView>(),
}
export type EvaluationsApi = typeof evaluationsApi

export const EVALUATION_ERRORS = {
  NOT_UNIT_OWNER: '这套房屋不在您的名下，不能以它评价',
  NO_PROPERTY_SERVICE: '本小区尚未登记物业服务项目，暂不能评价物业',
  OWN_PARTY: '您是被评价的一方，不能评价自己',
  BAD_DIMENSIONS: '请为每一项打分（1到5分）',
  ALREADY_REPLIED: '这条评价已经回复过',
  NOT_RATED_PARTY: '只有被评价的一方可以回复或提出异议',
  OBJECTION_EXISTS: '这条评价已提出过异议',
  NO_OBJECTION: '这条评价没有待处理的异议',
} as const satisfies ErrorSentences

export const EVALUATION_LABELS: FieldLabels = {
  communityId: '小区',
  projectName: '物业服务项目',
  companyName: '物业服务企业',
  unitId: '房屋',
  target: '评价对象',
  scores: '评分',
  comment: '评价内容',
  ratingId: '评价',
  text: '回复',
  reason: '异议理由',
  upheld: '是否认可异议',
  note: '处理意见',
  kind: '排名类别',
  district: '区',
  company: '物业服务企业',
  offset: '位置',
  limit: '条数',
}
