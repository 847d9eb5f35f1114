import { z } from 'zod'
import { action } from './contract'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'
import { Id, IdNumber } from '../schemas/common'
import { CloudFile } from '../schemas/files'
import { PageInput } from '../schemas/paging'
import { Body, Label, OptionalLabel, Reason, Title } from '../schemas/text'
import { Instant } from '../schemas/time'
import type { ItemResult } from '../vote/evaluate'
import type { Reconciliation, StatisticsDifference } from '../vote/reconcile'
import type { TurnoutFigures } from '../vote/turnout'
import type { Choice as CoreChoice, ItemClass as CoreItemClass, Outcome } from '../vote/types'

/*
 * The electronic vote (manual 十一, docs/counting-rules.md): four cloud functions, one contract each.
 * Pages and functions both infer from these schemas, so nothing is written twice.
 * Times are milliseconds since epoch; areas are integers in 0.01 m² ("centi").
 */

// ── States, choices, classes and their Chinese labels ─────────────────────────────────────────

export const VoteState = z.enum([
  'draft',
  'reviewing',
  'approved',
  'voting',
  'closed',
  'supplementing',
  'followMajority',
  'statistics',
  'tallied',
])
export type VoteState = z.infer<typeof VoteState>

export const VOTE_STATE_LABELS: Record<VoteState, string> = {
  draft: '待提交',
  reviewing: '审核中',
  approved: '审核通过',
  voting: '投票中',
  closed: '投票截止',
  supplementing: '投票补计',
  followMajority: '确认从众',
  statistics: '统计录入',
  tallied: '计票完成',
}

export const Choice = z.enum(['agree', 'oppose', 'abstain', 'followMajority'])
export type Choice = z.infer<typeof Choice>
export const CHOICE_LABELS: Record<Choice, string> = { agree: '同意', oppose: '反对', abstain: '弃权', followMajority: '从众' }

export const ItemClass = z.enum(['ordinary', 'major'])
export type ItemClass = z.infer<typeof ItemClass>
export const ITEM_CLASS_LABELS: Record<ItemClass, string> = {
  ordinary: '一般事项（参与表决过半数同意）',
  major: '重大事项（参与表决四分之三以上同意）',
}

export const OUTCOME_LABELS: Record<Outcome, string> = { passed: '通过', rejected: '未通过', noValidDecision: '未形成有效决定' }

export type Channel = 'electronic' | 'paper' | 'followEntry'
export const CHANNEL_LABELS: Record<Channel, string> = { electronic: '电子投票', paper: '纸质票补计', followEntry: '确认从众录入' }

export const IdType = z.enum(['mainland', 'other'])
export type IdType = z.infer<typeof IdType>
export const ID_TYPE_LABELS: Record<IdType, string> = { mainland: '大陆二代身份证', other: '其他证件' }

// Compile-time guard: the contract's enums are exactly the tally's.
const _sameChoice: [Choice, CoreChoice] extends [CoreChoice, Choice] ? true : never = true
const _sameClass: [ItemClass, CoreItemClass] extends [CoreItemClass, ItemClass] ? true : never = true
void _sameChoice
void _sameClass

/** Codes this feature answers beyond core/errors.ts, each with the sentence a person sees. */
export const VOTE_ERRORS = {
  VOTE_NOT_FOUND: '投票不存在或已被删除',
  REGISTER_IMPORTING: '小区的房产登记正在导入（或上次导入中断，须重新导入同一文件），导入完成后才能审核通过',
  VOTE_NOT_EDITABLE: '投票申请提交后不能再编辑或删除',
  VOTE_TALLIED: '计票已完成，这次投票的任何内容都不能再更改',
  VOTE_NOT_STARTED: '投票还没有开始',
  VOTE_CLOSED: '投票已截止，不能再投票或改票',
  WRONG_STATE: '当前投票状态不能进行这个操作',
  VOTE_CHANGED: '投票刚被他人修改，请刷新后再试',
  INVALID_TIME: '投票结束时间必须晚于开始时间',
  END_PASSED: '投票结束时间已过，请修改时间后再提交',
  EMPTY_SCOPE: '投票范围内没有登记的房屋',
  NOT_YOUR_UNIT: '您不是这套房屋的业主或被委托人，不能为它投票',
  NOT_REPRESENTATIVE: '这套房的投票代表是投票开始前已绑定的那位共有人，只有他（她）或其委托人的投票才计入，请由其投票',
  DELEGATION_INCOMPLETE: '业主没有把她（他）在这次投票范围内的全部房屋都委托给您，您不能代其投票',
  OWNER_VOTED: '业主本人已经投票，以业主本人的投票为准，您不能再代其投票',
  ITEM_NOT_IN_VOTE: '所选表决事项不属于这次投票',
  DUPLICATE_ITEM: '同一个表决事项只能录入一次',
  ITEMS_INCOMPLETE: '请对每一个表决事项作出选择',
  FOLLOW_MAJORITY_DISABLED: '这次投票的议事规则不采用从众，不能选择从众',
  BALLOT_CONFLICT: '您的选票刚在另一处提交了不同的选择，请刷新后再试',
  UNKNOWN_ROOM: '投票范围内没有这个房号',
  NOT_CO_OWNED_CASE: '这套房不需要做共有确认',
  CO_OWNED_UNCONFIRMED: '还有多位业主共有的房屋没有确认投票情况，请先在投票补计中确认',
  STATISTICS_MISSING: '请先完成统计录入',
  DIFFERENCES_UNRESOLVED: '统计录入与系统计票还有差异，请更正或说明后再确认',
  UNKNOWN_DIFFERENCE: '没有这项差异，可能已经更正，请刷新后再试',
  NOT_CONFIRMED: '需要业委会和街道办都确认统计结果后才能完成计票',
  COUNT_CHANGED: '选票与统计录入时不一致，请重新进行统计录入',
  NOT_PUBLISHED: '计票尚未完成，结果还没有公布',
  RECEIPT_NOT_FOUND: '没有找到这个回执码对应的选票',
  NO_FACE_FAILURE: '没有找到这个证件号码对应的人脸认证失败记录',
  UNKNOWN_TEMPLATE: '没有这种投票通知，请刷新页面后再试',
  FOREIGN_FILE: '附件不是为本小区上传的文件，请重新上传',
} as const satisfies ErrorSentences
export type VoteErrorCode = keyof typeof VOTE_ERRORS

/** The vote's field names as people read them, for the four functions' input messages. */
export const VOTE_LABELS: FieldLabels = {
  title: '投票议题',
  description: '说明',
  items: '表决事项',
  text: '表决事项',
  class: '事项类别',
  attachments: '附件',
  name: '附件名称',
  fileID: '文件',
  scope: '投票范围',
  kind: '范围',
  buildings: '楼栋',
  startAt: '开始时间',
  endAt: '结束时间',
  followMajorityCounts: '从众规则',
  communityId: '小区',
  voteId: '投票',
  rev: '版本',
  reason: '原因',
  limit: '每页条数',
  offset: '起始位置',
  states: '状态',
  idType: '证件类型',
  idNumber: '证件号码',
  subjectId: '认证对象',
  note: '备注',
  partyId: '投票人',
  choices: '选择',
  receipt: '回执码',
  templateIds: '通知模板',
  building: '楼栋',
  unitNo: '单元',
  room: '房号',
  itemIds: '表决事项',
  itemId: '表决事项',
  figures: '统计数字',
  agree: '同意',
  oppose: '反对',
  abstain: '弃权',
  followMajority: '从众',
  count: '票数',
  areaCenti: '面积',
  field: '差异项',
  explanation: '差异说明',
  as: '确认方',
}

// ── Shared input pieces ──────────────────────────────────────────────────────────────────────

/** Items per vote; a ballot's choices are bounded by the same number. */
const MAX_ITEMS = 50
const Building = Label(20, '请填写楼栋')

/** An attachment of a vote item: the one cloud-file schema (core/schemas/files.ts). */
export const Attachment = CloudFile
export type Attachment = CloudFile

export const VoteItemInput = z.object({
  text: Title(1000, '请填写表决事项'),
  class: ItemClass,
  attachments: z.array(Attachment).max(9, '每个事项最多9个附件').default([]),
})

/** Whole community, or the chosen buildings (building names exactly as in the property register). */
export const VoteScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('community') }),
  z.object({ kind: z.literal('buildings'), buildings: z.array(Building).min(1, '请至少选择一栋楼').max(500, '楼栋太多') }),
])
export type VoteScope = z.infer<typeof VoteScope>

const DraftFields = z.object({
  title: Title(100, '请填写投票议题'),
  description: Body(5000).default(''),
  items: z.array(VoteItemInput).min(1, '至少需要一个表决事项').max(MAX_ITEMS, `表决事项最多${MAX_ITEMS}个`),
  scope: VoteScope,
  startAt: Instant,
  endAt: Instant,
  /** From the assembly's rules (议事规则): owners may choose 从众 and it joins the majority side. */
  followMajorityCounts: z.boolean(),
})
const endAfterStart = (d: { startAt: number; endAt: number }) => d.endAt > d.startAt
const timeMessage = { message: VOTE_ERRORS.INVALID_TIME, path: ['endAt'] }

const VoteRef = z.object({ voteId: Id })
const RoomRef = z.object({ voteId: Id, building: Building, unitNo: OptionalLabel(20).default(''), room: Label(20, '请填写房号') })
/** Item id → choice. Paper ballots may leave items blank (that party then did not take part on them). */
const Choices = z
  .record(Id, Choice)
  .refine((c) => Object.keys(c).length > 0, '请至少选择一个表决事项')
  .refine((c) => Object.keys(c).length <= MAX_ITEMS, `表决事项最多${MAX_ITEMS}个，选择的事项太多`)
const ListPage = PageInput({ max: 100, size: 20 })

// ── Outputs ──────────────────────────────────────────────────────────────────────────────────

export interface VoteItemView {
  id: string
  text: string
  class: ItemClass
  classLabel: string
  attachments: Attachment[]
}

export interface VoteSummary {
  id: string
  communityId: string
  communityName: string
  title: string
  /** Derived from the clock on every read (approved → voting → closed). */
  state: VoteState
  stateLabel: string
  startAt: number
  endAt: number
  itemCount: number
  scopeLabel: string
  followMajorityCounts: boolean
}

export interface PersonStamp {
  /** Role label plus masked name when known, e.g. "业委会主任 张*". */
  who: string
  at: number
}

export interface VoteDetail extends VoteSummary {
  description: string
  items: VoteItemView[]
  scope: VoteScope
  /** Optimistic-concurrency revision; send it back with updateDraft. */
  rev: number
  created: PersonStamp
  submitted: PersonStamp | null
  review: (PersonStamp & { decision: 'approved' | 'rejected'; reason: string | null }) | null
  /** Earlier rejections (the vote went back to draft), newest last. */
  rejections: Array<PersonStamp & { reason: string }>
  /** The frozen voting roll (from approval on): what the count is measured against. */
  roll: { headcount: number; areaCenti: number; units: number; frozenAt: number } | null
  confirmations: { committee: PersonStamp | null; street: PersonStamp | null }
  tallied: PersonStamp | null
}

export interface TurnoutView {
  voteId: string
  headcount: TurnoutFigures
  area: TurnoutFigures
  met: boolean
  /** "参与表决 8 人 / 900.00 m²，还差 2 人 / 433.34 m² 达到三分之二" */
  summary: string
  /** "还差 2 人 / 433.34 m²", empty once the ⅔ is reached. */
  shortfallText: string
  asOf: number
}

export interface NonParticipantRow {
  room: string
  /** Masked: "张*", "欧阳**". */
  owners: string
  areaCenti: number
}

export interface FaceFailureView {
  /** The registered person (owner) or the delegation (delegate) whose face check failed. */
  subjectId: string
  role: 'owner' | 'delegate'
  /** Masked: "张*". */
  name: string
  idLast4: string
  rooms: string[]
  failedAt: number | null
  reason: string
  verifiedInPerson: PersonStamp | null
}

export interface AuditView {
  at: number
  actor: string
  action: string
  actionLabel: string
  note: string | null
  before: unknown
  after: unknown
}

export interface MyBallot {
  receipt: string
  choices: Record<string, Choice>
  castAt: number
  /** How many times it was changed before the end (history is kept). */
  changes: number
}

export interface BallotParty {
  partyId: string
  rooms: string[]
  areaCenti: number
  /** Casting as a registered owner, or as the delegate of one. */
  as: 'owner' | 'delegate'
  coOwned: boolean
  ballot: MyBallot | null
  /** Why the caller cannot cast for this party, told before she chooses (null: she can). */
  blocked: string | null
}

/** The rule a delegate reads on her ballot page (docs/counting-rules.md §3). */
export const OWNER_PREVAILS =
  '业主本人投的票始终优先：业主本人投票后（无论在您代投之前还是之后），您代投的票都不再计入。被委托人只能在业主把她（他）在这次投票范围内的全部房屋都委托给您时代其投票。'

export interface BallotPage {
  vote: VoteSummary & { description: string; items: VoteItemView[] }
  choices: Choice[]
  parties: BallotParty[]
  /** For a delegate: the rule that the owner's own ballot prevails (null when she casts only as owner). */
  delegateRule: string | null
}

export interface CastReceipt {
  voteId: string
  partyId: string
  rooms: string[]
  receipt: string
  castAt: number
  choices: Record<string, Choice>
  /** The receipt this ballot replaced (a change before the end), if any. */
  replaced: string | null
  /** The same choices were already recorded: nothing was written. */
  duplicate: boolean
}

/** One building of the property register, for the scope picker: `building` exactly as registered. */
export interface BuildingView {
  building: string
  units: number
  areaCenti: number
}

/** What a round of subscription messages reached; owners who did not subscribe are counted, not messaged. */
export interface NoticeReport {
  recipients: number
  sent: number
  notSubscribed: number
  failed: number
}

/**
 * What 提醒未投票业主 reached, counted in 人 (parties, the law's headcount) over the parties in scope
 * with no ballot yet: a subscription message, else a text to a registered phone (once per vote), else
 * nobody could be reached. `summary` says it in one sentence.
 */
export interface ReminderReport {
  waiting: number
  bySubscription: number
  bySms: number
  /** Texted in an earlier round of this vote: not texted again. */
  smsEarlier: number
  /** Left for the next round: a round texts at most a few hundred owners. */
  smsLater: number
  /** No subscription and no phone number in the register. */
  unreachable: number
  failed: number
  summary: string
}

export type VoteNoticeKind = 'opened' | 'reminder'
export const VOTE_NOTICE_LABELS: Record<VoteNoticeKind, string> = { opened: '投票开始通知', reminder: '投票截止提醒' }

/**
 * The vote's subscription-message templates (from the server's environment: the one place they
 * are configured) and which of them the caller has agreed to receive.
 */
export interface VoteNoticeStatus {
  templates: Array<{ kind: VoteNoticeKind; templateId: string; label: string }>
  /** Template ids the caller has agreed to; WeChat itself decides how many messages each consent allows. */
  subscribed: string[]
}

/** How a register building name reads: bare numbers or letters ("1", "A") get 栋; "1栋", "A座" stay as they are. */
export function buildingLabel(building: string): string {
  return /^[0-9A-Za-z-]+$/.test(building) ? `${building}栋` : building
}

export interface OpenVote extends VoteSummary {
  parties: number
  voted: number
}

export interface MyBallotEntry extends MyBallot {
  voteId: string
  title: string
  state: VoteState
  stateLabel: string
  partyId: string
  rooms: string[]
  as: 'owner' | 'delegate'
}

export interface ReceiptCheck {
  voteId: string
  receipt: string
  /** Every line of the published list carrying this receipt, e.g. `["K7Q2-M9XD-3PAT","i1","agree"]`. */
  lines: string[]
  counted: boolean
  /** A delegate's ballot the owner's own ballot replaced: kept, not counted. */
  superseded: boolean
  digest: PublishedDigest
  message: string
}

export interface PublishedDigest {
  format: string
  sha256: string
  count: number
  fileID: string
}

export interface CoOwnedCase {
  partyId: string
  rooms: string[]
  owners: string[]
  /** Why the unit is listed, in plain words: no co-owner, or several, bound before voting started. */
  why: string
  /** Per item: why it needs confirmation and each co-owner's electronic choice (供参考). */
  items: Array<{ itemId: string; reason: 'coOwnersDisagree' | 'coOwnersUnconfirmed'; choices: Array<{ owner: string; choice: Choice }> }>
}

export interface EntryView {
  partyId: string
  rooms: string[]
  channel: Channel
  choices: Record<string, Choice>
  receipt: string
  entered: PersonStamp
  /** The party also voted electronically: the electronic ballot stands, this one is kept for reference. */
  electronicStands: boolean
  note: string | null
}

export interface RoomView {
  unitId: string
  room: string
  partyId: string
  partyRooms: string[]
  owners: string[]
  areaCenti: number
  coOwned: boolean
  electronic: boolean
  paper: EntryView | null
  follow: EntryView | null
}

export interface SupplementOverview {
  voteId: string
  state: VoteState
  stateLabel: string
  /** Listed first on the 补计 page: the vote cannot move on until each is confirmed. */
  coOwnedPending: CoOwnedCase[]
  paperEntries: number
  followEntries: number
  electronicParties: number
}

export interface ComputedItem {
  itemId: string
  text: string
  class: ItemClass
  figures: Record<Choice, { count: number; areaCenti: number }>
  participating: { count: number; areaCenti: number }
}

export interface StatisticsView {
  voteId: string
  state: VoteState
  computed: { at: number; items: ComputedItem[]; scope: { headcount: number; areaCenti: number } } | null
  entered: Array<{ itemId: string; figures: Record<Choice, { count: number; areaCenti: number }> }> | null
  enteredBy: PersonStamp | null
  reconciliation: (Reconciliation & { differences: Array<StatisticsDifference & { explanation: string | null }> }) | null
  /** True when every difference is corrected or explained. */
  clear: boolean
  confirmations: VoteDetail['confirmations']
}

export interface ItemOutcomeView {
  itemId: string
  text: string
  class: ItemClass
  classLabel: string
  /** Under this vote's rules (with 从众 when the rules count it). */
  outcome: Outcome
  outcomeLabel: string
  summary: string
  counted: ItemResult
  withFollowMajority: ItemResult
  withoutFollowMajority: ItemResult
}

export interface VoteResultView {
  voteId: string
  title: string
  tallied: PersonStamp
  scope: { headcount: number; areaCenti: number }
  followMajorityCounts: boolean
  items: ItemOutcomeView[]
  digest: PublishedDigest
}

// ── The four functions ───────────────────────────────────────────────────────────────────────

const EnteredFigures = z.object({
  count: z.number().int('票数必须是整数').min(0, '票数不能为负'),
  areaCenti: z.number().int('面积必须精确到0.01平方米').min(0, '面积不能为负'),
})

/** `manageVote`: drafting, review, viewing, turnout, exports, 线下认证, reminders, audit log. */
export const manageVoteApi = {
  createDraft: action(DraftFields.extend({ communityId: Id }).refine(endAfterStart, timeMessage)).returns<VoteDetail>(),
  updateDraft: action(
    DraftFields.extend({ voteId: Id, rev: z.number().int().min(0) }).refine(endAfterStart, timeMessage),
  ).returns<VoteDetail>(),
  deleteDraft: action(VoteRef).returns<{ voteId: string; deleted: true }>(),
  submit: action(VoteRef).returns<VoteDetail>(),
  /** `notified`: the approval message to the bound owners in scope (sent / not subscribed). */
  approve: action(VoteRef).returns<VoteDetail & { notified: NoticeReport }>(),
  reject: action(VoteRef.extend({ reason: Reason(500, '请填写驳回原因') })).returns<VoteDetail>(),
  /** Committee roles: their community's votes; street/district/city roles: the votes they supervise. */
  list: action(ListPage.extend({ communityId: Id.optional(), states: z.array(VoteState).max(9).optional() })).returns<VoteSummary[]>(),
  get: action(VoteRef).returns<VoteDetail>(),
  turnout: action(VoteRef).returns<TurnoutView>(),
  nonParticipants: action(VoteRef.merge(ListPage)).returns<{ total: number; rows: NonParticipantRow[] }>(),
  exportNonParticipants: action(VoteRef).returns<{ fileID: string; tempFileURL: string; rows: number }>(),
  findFaceFailures: action(z.object({ communityId: Id, idType: IdType, idNumber: IdNumber })).returns<FaceFailureView[]>(),
  verifyInPerson: action(
    z.object({ communityId: Id, subjectId: Id, idType: IdType, idNumber: IdNumber, note: Body(200).default('') }),
  ).returns<FaceFailureView>(),
  remind: action(VoteRef).returns<ReminderReport>(),
  /** The register's buildings with unit count and area, for choosing a vote's scope (one aggregate). */
  listBuildings: action(z.object({ communityId: Id })).returns<BuildingView[]>(),
  auditLog: action(VoteRef.merge(ListPage)).returns<AuditView[]>(),
}

/** `castVote`: the owner's side — open votes, the ballot, casting, receipts. */
export const castVoteApi = {
  openVotes: action(z.object({})).returns<OpenVote[]>(),
  ballotPage: action(VoteRef).returns<BallotPage>(),
  /** Every item must be chosen; casting again before the end changes the ballot (history kept). */
  cast: action(VoteRef.extend({ partyId: z.string().trim().min(1).max(200), choices: Choices })).returns<CastReceipt>(),
  myBallots: action(z.object({ voteId: Id.optional() })).returns<MyBallotEntry[]>(),
  /** Read aloud or copied by hand: O is read as 0 and I/L as 1, as Crockford base32 does. */
  verifyReceipt: action(
    VoteRef.extend({
      receipt: z
        .string()
        .trim()
        .toUpperCase()
        .transform((r) => r.replace(/O/g, '0').replace(/[IL]/g, '1'))
        .pipe(z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/, '回执码格式应为 XXXX-XXXX-XXXX')),
    }),
  ).returns<ReceiptCheck>(),
  /** The template ids to pass to requestSubscribeMessage, and which ones the caller already accepted. */
  noticeStatus: action(z.object({})).returns<VoteNoticeStatus>(),
  /** Records the templates the owner accepted (in weapp: those requestSubscribeMessage answered "accept"). */
  subscribe: action(
    z.object({
      templateIds: z
        .array(z.string().trim().min(1, '通知模板不能为空').max(128, '通知模板不正确'))
        .min(1, '请至少选择一种投票通知')
        .max(10, '通知模板太多'),
    }),
  ).returns<VoteNoticeStatus>(),
}

/** `supplementVote`: 投票补计 (paper ballots by room, co-owned confirmations) and 确认从众 entries. */
export const supplementVoteApi = {
  overview: action(VoteRef).returns<SupplementOverview>(),
  startSupplement: action(VoteRef).returns<VoteDetail>(),
  findRoom: action(RoomRef).returns<RoomView>(),
  enterPaper: action(RoomRef.extend({ choices: Choices, note: Body(200).default('') })).returns<EntryView>(),
  confirmCoOwned: action(
    VoteRef.extend({ partyId: z.string().trim().min(1).max(200), choices: Choices, note: Body(200).default('') }),
  ).returns<EntryView>(),
  finishSupplement: action(VoteRef).returns<VoteDetail>(),
  /** Items the owner confirmed 从众 on offline; all items when omitted. */
  enterFollow: action(RoomRef.extend({ itemIds: z.array(Id).min(1).max(50).optional(), note: Body(200).default('') })).returns<EntryView>(),
  finishFollowMajority: action(VoteRef).returns<StatisticsView>(),
}

/** `tallyVote`: 统计录入, reconciliation, confirmations, 计票完成 and the published result. */
export const tallyVoteApi = {
  statistics: action(VoteRef).returns<StatisticsView>(),
  enterStatistics: action(
    VoteRef.extend({
      items: z
        .array(
          z.object({
            itemId: Id,
            figures: z.object({ agree: EnteredFigures, oppose: EnteredFigures, abstain: EnteredFigures, followMajority: EnteredFigures }),
          }),
        )
        .min(1)
        .max(50),
    }),
  ).returns<StatisticsView>(),
  explainDifference: action(
    VoteRef.extend({ itemId: Id, field: z.string().trim().min(1).max(40), explanation: Reason(500, '请填写差异说明') }),
  ).returns<StatisticsView>(),
  /** `committee` = 业委会（筹备组）, by its director; `street` = 街道办（社区工作站）. */
  confirm: action(VoteRef.extend({ as: z.enum(['committee', 'street']) })).returns<StatisticsView>(),
  complete: action(VoteRef).returns<VoteResultView>(),
  result: action(VoteRef).returns<VoteResultView>(),
}

export type ManageVoteApi = typeof manageVoteApi
export type CastVoteApi = typeof castVoteApi
export type SupplementVoteApi = typeof supplementVoteApi
export type TallyVoteApi = typeof tallyVoteApi
