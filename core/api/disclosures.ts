import { z } from 'zod'
import { action } from './contract'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'
import { Id } from '../schemas/common'
import { CloudFile, CloudFiles } from '../schemas/files'
import { PageInput, type Page } from '../schemas/paging'
import { Body, Label, Reason, Title } from '../schemas/text'
import { CalendarDay } from '../schemas/time'
import { CALENDAR_EVERY, type CalendarEvery, type CalendarState, type DuePeriod } from '../disclosures/calendar'
import {
  DISCLOSURE_CATEGORIES,
  type DisclosureCategory,
  type DisclosureStatus,
  type FinanceLine as FinanceLineView,
} from '../disclosures/categories'

/*
 * 信息公开 (manual 八, the PC side's 信息公开 / 信息公开查询) and 大额资金转账公示 (manual 九).
 * Money is integer fen; a statement line holds opening + income − expense = closing.
 */

export const DisclosureCategoryInput = z.enum(DISCLOSURE_CATEGORIES, { errorMap: () => ({ message: '请选择公开类别' }) })

const Fen = z
  .number({ invalid_type_error: '金额应为数字', required_error: '请填写金额' })
  .int('金额应精确到分')
  .min(0, '金额不能为负')
  .max(1_000_000_000_000, '金额太大')

export const FinanceLine = z.object({
  item: Label(40, '请填写收支项目'),
  openingFen: Fen,
  incomeFen: Fen,
  expenseFen: Fen,
  closingFen: z.number({ invalid_type_error: '金额应为数字' }).int('金额应精确到分').min(-1_000_000_000_000).max(1_000_000_000_000),
})

export const DisclosureFields = z.object({
  category: DisclosureCategoryInput,
  title: Title(100, '请填写标题'),
  period: Label(30, '请填写所属期间'),
  body: Body(20000),
  attachments: CloudFiles(20).default([]),
  finance: z.array(FinanceLine).max(50, '收支表最多50行').nullable().default(null),
  displayUntil: CalendarDay,
})
export type DisclosureFields = z.input<typeof DisclosureFields>

/** Who did something and when, as people read it ("业委会主任 李主任"). */
export interface ActorStamp {
  at: number
  who: string
}

export interface DisclosureSummary {
  id: string
  communityId: string
  category: DisclosureCategory
  categoryLabel: string
  title: string
  period: string
  status: DisclosureStatus
  statusLabel: string
  publishedAt: number | null
  displayUntil: string
  /** Published and its display period not over. */
  onDisplay: boolean
  /** Set when it was voided: who, when, why. */
  voided: (ActorStamp & { reason: string }) | null
  /** The item this one corrects, and the item that corrected this one. */
  corrects: { id: string; title: string } | null
  correctedBy: { id: string; title: string } | null
}

export interface DisclosureChange {
  label: string
  before: string
  after: string
}

/** 纠错: an owner's correction request on a published item, and the committee's answer shown under it. */
export interface CorrectionRequestView {
  id: string
  text: string
  /** "业主" (an owner's name is not shown to other owners). */
  askedBy: string
  askedAt: number
  answer: (ActorStamp & { text: string }) | null
}

export interface DisclosureDetail extends DisclosureSummary {
  basis: string
  body: string
  attachments: CloudFile[]
  finance: FinanceLineView[] | null
  published: ActorStamp | null
  createdAt: number
  /** For a correction: what differs from the item it corrects. */
  changes: DisclosureChange[]
  /** Owners' correction requests (纠错), oldest first, each with the committee's answer once given. */
  correctionRequests: CorrectionRequestView[]
}

/** One checked row of an import file, as the preview shows it. */
export interface ImportRowView {
  line: number
  categoryLabel: string
  title: string
  period: string
  displayUntil: string
  financeLines: number
}

export interface ImportProblem {
  line: number
  reason: string
}

export interface ImportPreview {
  fileName: string
  rows: ImportRowView[]
  /** Every bad row with its line and reason; any problem means nothing would be imported. */
  problems: ImportProblem[]
  /** This very file (by content) was imported before; importing again changes nothing. */
  alreadyImported: boolean
}

export const TransferBasisKind = z.enum(['vote', 'meeting', 'contract'], { errorMap: () => ({ message: '请选择转账依据' }) })
export type TransferBasisKind = z.infer<typeof TransferBasisKind>
export const TRANSFER_BASIS_LABELS: Record<TransferBasisKind, string> = { vote: '业主投票决定', meeting: '会议决定', contract: '合同' }

export type TransferStatus = 'published' | 'executed' | 'voided'
export const TRANSFER_STATUS_LABELS: Record<TransferStatus, string> = { published: '公示中', executed: '已转账', voided: '已作废' }

export interface TransferView {
  id: string
  communityId: string
  /** The common-fund account: bank and the last 4 digits only. */
  accountLabel: string
  amountFen: number
  /** At or above the community's 大额 threshold. */
  large: boolean
  payeeName: string
  payeeAccountMasked: string
  purpose: string
  basisKind: TransferBasisKind
  basisLabel: string
  basisRef: string
  plannedOn: string
  actualOn: string | null
  attachments: CloudFile[]
  receipts: CloudFile[]
  status: TransferStatus
  statusLabel: string
  published: ActorStamp
  voided: (ActorStamp & { reason: string }) | null
  /** Set when this and other transfers to the same payee within 30 days together pass the 大额 threshold. */
  split: TransferSplit | null
}

/** A transfer as its page shows it to the caller: whether she may record or void it (a published one, and she publishes the community's transfers). */
export interface TransferDetail extends TransferView {
  youMayHandle: boolean
}

/** Transfers to one payee within 30 days that together pass the threshold (shown to the committee and the street office). */
export interface TransferSplit {
  count: number
  totalFen: number
  from: string
  to: string
}

export interface TransferTotal {
  purpose: string
  count: number
  totalFen: number
}

export interface TransferPage extends Page<TransferView> {
  year: number
  /** Executed and published (not voided) transfers of the year, by purpose. */
  totals: TransferTotal[]
  thresholdFen: number
  /** The community's rules let its director publish transfers. */
  directorPublishesTransfers: boolean
}

/** A community's rules for 大额资金转账公示 (its director sets them). */
export interface TransferRules {
  communityId: string
  /** From this amount (fen) up a transfer counts as 大额. */
  largeTransferFen: number
  /** The community's rules let its director publish transfers too (besides the property project manager). */
  directorPublishesTransfers: boolean
}

export interface CalendarEntryView {
  category: DisclosureCategory
  categoryLabel: string
  every: CalendarEvery
  everyLabel: string
  graceDays: number
  /** The period that ended last: what is owed now. */
  period: DuePeriod
  state: CalendarState
  stateLabel: string
}

export interface CalendarView {
  communityId: string
  /** False while the community uses the default calendar. */
  configured: boolean
  entries: CalendarEntryView[]
  overdue: number
}

export const CalendarItemInput = z.object({
  category: DisclosureCategoryInput,
  every: z.enum(CALENDAR_EVERY, { errorMap: () => ({ message: '请选择公开周期' }) }),
  graceDays: z.number().int('天数应为整数').min(0, '天数不能为负').max(180, '最多180天'),
})

/** The import template's version: a file filled on another version is refused, naming both. */
export const DISCLOSURE_TEMPLATE_VERSION = 'XXGK-1'

const Community = z.object({ communityId: Id })
const DisclosureRef = z.object({ disclosureId: Id })
const TransferRef = z.object({ transferId: Id })
const ImportFile = Community.extend({ file: CloudFile })

/** The `disclosures` cloud function. */
export const disclosuresApi = {
  /** A draft may leave 所属期间 empty until it is published (publishing asks for everything). */
  saveDraft: action(
    DisclosureFields.extend({
      period: z
        .string()
        .trim()
        .pipe(z.union([z.literal(''), Label(30)])),
      communityId: Id,
      disclosureId: Id.optional(),
    }),
  ).returns<DisclosureDetail>(),
  /** Publishes a new item, or the draft `disclosureId` with these fields. */
  publishDisclosure: action(DisclosureFields.extend({ communityId: Id, disclosureId: Id.optional() })).returns<DisclosureDetail>(),
  voidDisclosure: action(DisclosureRef.extend({ reason: Reason(200, '请填写作废原因') })).returns<DisclosureDetail>(),
  /** A correction voids the item (with the reason) and publishes the corrected one, linked both ways. */
  correctDisclosure: action(
    DisclosureFields.extend({ disclosureId: Id, reason: Reason(200, '请填写更正原因') }),
  ).returns<DisclosureDetail>(),
  listDisclosures: action(
    PageInput({ max: 50, size: 20 }).extend({
      communityId: Id,
      category: DisclosureCategoryInput.optional(),
      period: Label(30).optional(),
      status: z.enum(['draft', 'published', 'voided']).optional(),
      text: Label(40).optional(),
    }),
  ).returns<Page<DisclosureSummary>>(),
  getDisclosure: action(DisclosureRef).returns<DisclosureDetail>(),
  /** 纠错: an owner asks for a correction of a published item; it becomes the committee's to-do. */
  requestCorrection: action(DisclosureRef.extend({ content: Reason(500, '请填写需要更正的内容') })).returns<CorrectionRequestView>(),
  /** The committee answers a correction request once; the answer is shown under the item. */
  answerCorrection: action(z.object({ requestId: Id, answer: Reason(1000, '请填写答复') })).returns<CorrectionRequestView>(),
  disclosureTemplate: action(Community).returns<{ fileID: string; tempFileURL: string; version: string }>(),
  previewImport: action(ImportFile).returns<ImportPreview>(),
  importDisclosures: action(ImportFile).returns<{ imported: number; alreadyImported: boolean }>(),

  /** 公开日历: what the community owes now (due / overdue); an overdue item raises the committee's to-do. */
  disclosureCalendar: action(Community).returns<CalendarView>(),
  saveCalendar: action(Community.extend({ items: z.array(CalendarItemInput).max(20, '最多20项') })).returns<CalendarView>(),

  publishTransfer: action(
    Community.extend({
      accountId: Id,
      amountFen: Fen.min(1, '金额应大于0'),
      payeeName: Label(60, '请填写收款人'),
      payeeAccount: z
        .string({ required_error: '请填写收款账号' })
        .trim()
        .regex(/^\d{6,32}$/, '收款账号应为6到32位数字'),
      purpose: Label(40, '请填写用途'),
      basisKind: TransferBasisKind,
      basisRef: Label(100, '请填写依据'),
      plannedOn: CalendarDay,
      attachments: CloudFiles(20).default([]),
    }),
  ).returns<TransferView>(),
  executeTransfer: action(
    TransferRef.extend({ actualOn: CalendarDay, receipts: CloudFiles(10).min(1, '请上传银行回单') }),
  ).returns<TransferView>(),
  voidTransfer: action(TransferRef.extend({ reason: Reason(200, '请填写作废原因') })).returns<TransferView>(),
  getTransfer: action(TransferRef).returns<TransferDetail>(),
  /** The director sets the community's 大额 threshold and whether its rules let the director publish transfers (absent: unchanged). */
  saveTransferRules: action(
    Community.extend({ largeTransferFen: Fen.min(1, '金额应大于0'), directorPublishesTransfers: z.boolean().optional() }),
  ).returns<TransferRules>(),
  listTransfers: action(
    PageInput({ max: 50, size: 20 }).extend({ communityId: Id, year: z.number().int().min(2000).max(2100).optional() }),
  ).returns<TransferPage>(),
}
export type DisclosuresApi = typeof disclosuresApi

export const DISCLOSURE_ERRORS = {
  DISPLAY_TOO_SHORT: '公示截止日期应在发布之日起至少15天后',
  FINANCE_REQUIRED: '该类别需要填写收支情况表',
  FINANCE_NOT_ALLOWED: '该类别不填写收支情况表',
  FINANCE_UNBALANCED: '收支表不平：期初余额＋本期收入－本期支出应等于期末余额',
  DISCLOSURE_NOT_DRAFT: '这条信息已发布，不能再按草稿修改',
  DISCLOSURE_NOT_PUBLISHED: '只有已发布的信息可以作废或更正',
  FOREIGN_FILE: '附件不是为本小区上传的文件，请重新上传',
  FILE_NOT_FOUND: '文件不存在或已被删除，请重新选择',
  BAD_IMPORT: '导入文件有误，未导入任何数据',
  FUND_ACCOUNT_UNUSABLE: '请选择本小区正在使用的共有资金账户',
  TRANSFER_NOT_PUBLISHED: '只有公示中的转账可以登记转账或作废',
  CORRECTION_ALREADY_ANSWERED: '这条纠错已经答复过了',
  DIRECTOR_MAY_NOT_PUBLISH_TRANSFERS: '本小区的规则没有让业委会主任发布转账公示，请由物业项目负责人发布',
} as const satisfies ErrorSentences

export const DISCLOSURE_LABELS: FieldLabels = {
  communityId: '小区',
  disclosureId: '公开信息',
  category: '公开类别',
  title: '标题',
  period: '所属期间',
  body: '正文',
  attachments: '附件',
  fileID: '文件',
  name: '文件名',
  finance: '收支情况表',
  item: '收支项目',
  openingFen: '期初余额',
  incomeFen: '本期收入',
  expenseFen: '本期支出',
  closingFen: '期末余额',
  displayUntil: '公示截止日期',
  reason: '原因',
  status: '状态',
  text: '关键词',
  offset: '起始位置',
  limit: '每页条数',
  file: '导入文件',
  transferId: '转账公示',
  accountId: '共有资金账户',
  amountFen: '金额',
  payeeName: '收款人',
  payeeAccount: '收款账号',
  purpose: '用途',
  basisKind: '转账依据',
  basisRef: '依据说明',
  plannedOn: '计划转账日期',
  actualOn: '实际转账日期',
  receipts: '银行回单',
  year: '年份',
  items: '公开日历',
  every: '公开周期',
  graceDays: '宽限天数',
  largeTransferFen: '大额标准',
  requestId: '纠错',
  content: '纠错内容',
  answer: '答复',
  directorPublishesTransfers: '业委会主任可发布转账公示',
}
