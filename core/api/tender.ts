import { z } from 'zod'
import { action } from './contract'
import { Id } from '../schemas/common'
import { Title } from '../schemas/text'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'

/**
 * 招标投标管理 (manual 十五): a community's tender projects as the city's tender platform reports them,
 * stage by stage. The committee registers a project by the platform's number; the platform then pushes each
 * stage change (server/tender/push.ts), and the timeline shows what arrived, when it was synced, and where the
 * platform's dates break a statutory time limit.
 */
export const TENDER_STAGES = [
  'filingApplied',
  'filingReviewed',
  'noticePublished',
  'bidOpened',
  'evaluated',
  'candidatesPublicised',
  'awarded',
  'awardNotified',
  'contractSigned',
  'contractFiled',
] as const
export const TenderStage = z.enum(TENDER_STAGES)
export type TenderStage = z.infer<typeof TenderStage>

/** Events outside the sequence: an objection suspends the project, a failed tender (流标) ends it. */
export const TenderEventKind = z.enum([...TENDER_STAGES, 'suspended', 'resumed', 'failed'])
export type TenderEventKind = z.infer<typeof TenderEventKind>

export const TENDER_STAGE_LABELS: Record<TenderEventKind, string> = {
  filingApplied: '招标文件备案申请',
  filingReviewed: '备案审核',
  noticePublished: '招标公告及文件发布',
  bidOpened: '开标',
  evaluated: '评标',
  candidatesPublicised: '中标候选人公示',
  awarded: '定标',
  awardNotified: '中标通知',
  contractSigned: '合同签订',
  contractFiled: '合同备案',
  suspended: '异议/暂停',
  resumed: '恢复',
  failed: '流标',
}

/** What one stage reported, all optional: the platform sends what the stage has. Instants are epoch ms. */
export const TenderDetails = z
  .object({
    /** 备案审核: approved (通过) or returned (退回). */
    reviewResult: z.enum(['approved', 'returned']).optional(),
    reviewNote: z.string().max(500).optional(),
    /** 招标公告及文件发布: when the documents were issued and the bid deadline. */
    documentsIssuedAt: z.number().int().optional(),
    bidDeadline: z.number().int().optional(),
    bidders: z.array(z.string().max(100)).max(100).optional(),
    candidates: z.array(z.string().max(100)).max(20).optional(),
    /** 中标候选人公示 from … to …. */
    publicityStart: z.number().int().optional(),
    publicityEnd: z.number().int().optional(),
    winner: z.string().max(100).optional(),
    /** Fee in fen (0.01 yuan). */
    feeFen: z.number().int().nonnegative().optional(),
    contractTerm: z.string().max(100).optional(),
    documents: z
      .array(z.object({ name: z.string().max(100), url: z.string().url().max(500) }))
      .max(20)
      .optional(),
    reason: z.string().max(500).optional(),
  })
  .strict()
export type TenderDetails = z.infer<typeof TenderDetails>

/** One push of the platform, as its JSON body reads. */
export const TenderPush = z
  .object({
    projectNo: z.string().min(1).max(64),
    stage: TenderEventKind,
    /** The platform's revision of this stage: a correction carries a higher one. */
    version: z.number().int().min(1),
    occurredAt: z.number().int(),
    details: TenderDetails.default({}),
  })
  .strict()
export type TenderPush = z.infer<typeof TenderPush>

export interface TenderStepView {
  stage: TenderEventKind
  label: string
  occurredAt: number
  /** 'done': in the sequence; 'waiting': arrived before an earlier stage (shown once that one arrives). */
  state: 'done' | 'waiting'
  details: TenderDetails
  /** When this revision reached us ("同步于 …"). */
  syncedAt: number
}

export interface TenderProjectView {
  id: string
  projectNo: string
  title: string
  /** The furthest stage reached in sequence, null before the first push. */
  stageLabel: string | null
  suspended: boolean
  failed: boolean
  syncedAt: number | null
}

export interface TenderDetailView extends TenderProjectView {
  steps: TenderStepView[]
  /** Statutory time limits the platform's dates break, in plain words. */
  warnings: string[]
}

/** The `tender` cloud function (the platform's pushes arrive at the HTTP function `tenderPush`). */
export const tenderApi = {
  list: action(z.object({ communityId: Id })).returns<{ projects: TenderProjectView[] }>(),
  get: action(z.object({ projectId: Id })).returns<TenderDetailView>(),
  /** 已阅: the committee has seen the latest stage change (closes its to-do). */
  acknowledge: action(z.object({ projectId: Id })).returns<{ acknowledged: true }>(),
  register: action(
    z.object({
      communityId: Id,
      projectNo: z
        .string()
        .trim()
        .min(1, '请填写项目编号')
        .regex(/^[A-Za-z0-9-]{1,64}$/, '应为招标平台上的项目编号，由字母、数字和“-”组成'),
      title: Title(100),
    }),
  ).returns<TenderProjectView>(),
}
export type TenderApi = typeof tenderApi

export const TENDER_ERRORS = {
  TENDER_PROJECT_EXISTS: '这个项目编号已经登记过了。',
} as const satisfies ErrorSentences

export const TENDER_LABELS: FieldLabels = { communityId: '小区', projectId: '项目', projectNo: '项目编号', title: '项目名称' }
