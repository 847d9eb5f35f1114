import { z } from 'zod'
import { action } from './contract'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'
import { Id, PersonName, Phone } from '../schemas/common'
import { CloudFile, CloudFiles } from '../schemas/files'
import { PageInput } from '../schemas/paging'
import { Body, Label, OptionalLabel, Reason, Title } from '../schemas/text'
import { CalendarDay, Instant } from '../schemas/time'
import type { RoleName } from './identity'

const Files = CloudFiles(20)

export const MemberKind = z.enum(['member', 'alternate', 'staff'])
export type MemberKind = z.infer<typeof MemberKind>
export const MEMBER_KIND_LABELS: Record<MemberKind, string> = { member: '业委会委员', alternate: '候补委员', staff: '其他工作人员' }

const CommunityInput = z.object({ communityId: Id })

export interface MemberView {
  id: string
  communityId: string
  kind: MemberKind
  kindLabel: string
  name: string
  position: string
  termStart: string | null
  termEnd: string | null
  phoneMasked: string
  status: 'serving' | 'removed'
}

export interface MemberChange {
  at: number
  change: 'add' | 'edit' | 'remove'
  actorName: string
  before: Partial<MemberView> | null
  after: Partial<MemberView> | null
  reason: string | null
}

const MemberFields = z.object({
  kind: MemberKind,
  name: PersonName,
  position: Label(30),
  termStart: CalendarDay.nullable().optional(),
  termEnd: CalendarDay.nullable().optional(),
  phone: Phone,
})

export const FilingStatus = z.enum(['filed', 'reviewing', 'returned'])
export const FILING_STATUS_LABELS: Record<z.infer<typeof FilingStatus>, string> = {
  filed: '已备案',
  reviewing: '审核中',
  returned: '已退回',
}

export interface FilingView {
  id: string
  communityId: string
  filedOn: string
  termStart: string
  termEnd: string
  status: z.infer<typeof FilingStatus>
  statusLabel: string
  note: string
  files: CloudFile[]
}

export interface TrainingView {
  id: string
  communityId: string
  personName: string
  course: string
  trainedOn: string
  result: string
}

export interface MeetingView {
  id: string
  communityId: string
  topic: string
  heldAt: number
  place: string
  attendees: string[]
  agenda: string
  minutes: string
  attachments: CloudFile[]
}

const MeetingFields = z.object({
  topic: Title(100),
  heldAt: Instant,
  place: Label(100),
  attendees: z.array(Label(40)).max(100, '参会人员最多100人'),
  agenda: Body(5000),
  minutes: Body(20000),
  attachments: Files,
})

export const FundAccountStatus = z.enum(['active', 'closed'])
export interface FundAccountView {
  id: string
  communityId: string
  bank: string
  accountName: string
  /** Only the last 4 digits are ever sent. */
  accountMasked: string
  signedOn: string
  status: z.infer<typeof FundAccountStatus>
  statusLabel: string
}
const FundAccountFields = z.object({
  communityId: Id,
  bank: Label(60),
  accountName: Label(100),
  accountNumber: z
    .string()
    .trim()
    .regex(/^\d{8,32}$/, '账号应为8到32位数字'),
  signedOn: CalendarDay,
  status: FundAccountStatus,
})

export const CreditKind = z.enum(['good', 'bad'])
export interface CreditRecordView {
  id: string
  kind: z.infer<typeof CreditKind>
  occurredOn: string
  reason: string
  source: CloudFile | null
  sourceName: string
  voided: boolean
  voidReason: string | null
}
export interface CreditBasic {
  committeeName: string
  establishedOn: string | null
  termStart: string | null
  termEnd: string | null
  filingNo: string
  directorName: string
  memberCount: number
  alternateCount: number
}
export interface CreditView {
  communityId: string
  communityName: string
  basic: CreditBasic
  good: CreditRecordView[]
  bad: CreditRecordView[]
}

/** The committee actions a community's entry in 辖区小区 can lead to; `may` names those the caller's roles there allow. */
export const REACH_ACTIONS = [
  'listMembers',
  'listFilings',
  'listTrainings',
  'listMeetings',
  'listFundAccounts',
  'getCredit',
  'addFiling',
  'addTraining',
  'saveCreditBasic',
  'addCreditRecord',
  'voidCreditRecord',
] as const
export type ReachAction = (typeof REACH_ACTIONS)[number]

/** One community a street office, district or city centre (or the operator) reaches. */
export interface CommunityReach {
  id: string
  name: string
  street: string
  district: string
  /** The caller's roles that reach this community. */
  roles: RoleName[]
  may: ReachAction[]
}

/** At most this many communities per answer (one read); `nextOffset` asks for the next ones. */
export const COMMUNITIES_PAGE = 1000

/** Codes the `committee` function answers beyond core/errors.ts. */
export const COMMITTEE_ERRORS = {
  MEMBER_REMOVED: '该成员已移除，不能再编辑',
  FOREIGN_FILE: '附件不是为本小区上传的文件，请重新上传',
} as const satisfies ErrorSentences

export const COMMITTEE_LABELS: FieldLabels = {
  communityId: '小区',
  includeRemoved: '包括已移除',
  kind: '类别',
  name: '姓名',
  position: '职务',
  phone: '手机号码',
  termStart: '任期开始日期',
  termEnd: '任期结束日期',
  memberId: '成员',
  reason: '原因',
  filingId: '备案',
  filedOn: '备案日期',
  status: '状态',
  note: '备注',
  files: '附件',
  fileID: '文件',
  personName: '姓名',
  course: '课程',
  trainedOn: '培训日期',
  result: '培训结果',
  from: '开始日期',
  to: '结束日期',
  meetingId: '会议',
  topic: '会议主题',
  heldAt: '会议时间',
  place: '地点',
  attendees: '参会人员',
  agenda: '议程',
  minutes: '会议纪要',
  attachments: '附件',
  bank: '开户银行',
  accountName: '户名',
  accountNumber: '账号',
  signedOn: '签约日期',
  accountId: '账户',
  rows: '导入数据',
  offset: '起始位置',
  limit: '每页条数',
  establishedOn: '成立日期',
  filingNo: '备案编号',
  occurredOn: '发生日期',
  sourceName: '来源',
  source: '来源',
  recordId: '记录',
}

/** The `committee` cloud function: the committee's roster, filings, trainings, meetings, common-fund accounts and credit. */
export const committeeApi = {
  listMembers: action(CommunityInput.extend({ includeRemoved: z.boolean().optional() })).returns<{ members: MemberView[] }>(),
  addMember: action(MemberFields.extend({ communityId: Id })).returns<MemberView>(),
  editMember: action(MemberFields.partial().extend({ memberId: Id })).returns<MemberView>(),
  removeMember: action(z.object({ memberId: Id, reason: Reason(200) })).returns<MemberView>(),
  memberHistory: action(z.object({ memberId: Id })).returns<{ changes: MemberChange[] }>(),

  listFilings: action(CommunityInput).returns<{ filings: FilingView[] }>(),
  getFiling: action(z.object({ filingId: Id })).returns<FilingView>(),
  addFiling: action(
    CommunityInput.extend({
      filedOn: CalendarDay,
      termStart: CalendarDay,
      termEnd: CalendarDay,
      status: FilingStatus,
      note: Body(1000).optional(),
      files: Files,
    }),
  ).returns<FilingView>(),
  listTrainings: action(CommunityInput).returns<{ trainings: TrainingView[] }>(),
  addTraining: action(
    CommunityInput.extend({
      personName: PersonName,
      course: Label(100),
      trainedOn: CalendarDay,
      result: Label(30),
    }),
  ).returns<TrainingView>(),

  listMeetings: action(CommunityInput.extend({ from: CalendarDay.optional(), to: CalendarDay.optional() })).returns<{
    meetings: MeetingView[]
  }>(),
  getMeeting: action(z.object({ meetingId: Id })).returns<MeetingView>(),
  addMeeting: action(MeetingFields.extend({ communityId: Id })).returns<MeetingView>(),
  editMeeting: action(MeetingFields.partial().extend({ meetingId: Id })).returns<MeetingView>(),

  listFundAccounts: action(CommunityInput).returns<{ accounts: FundAccountView[] }>(),
  saveFundAccount: action(FundAccountFields.extend({ accountId: Id.optional() })).returns<FundAccountView>(),
  /** The operator's bulk entry: every row is checked first; one bad row imports nothing. */
  importFundAccounts: action(z.object({ rows: z.array(FundAccountFields).min(1, '没有数据').max(500, '一次最多导入500行') })).returns<{
    imported: number
  }>(),

  /** 辖区小区: the communities the caller's street/district/city (or operator) roles reach, by district, street, name. */
  listCommunities: action(PageInput({ max: COMMUNITIES_PAGE, size: COMMUNITIES_PAGE }).extend({ communityId: Id.optional() })).returns<{
    communities: CommunityReach[]
    nextOffset: number | null
  }>(),

  getCredit: action(CommunityInput).returns<CreditView>(),
  saveCreditBasic: action(
    CommunityInput.extend({
      establishedOn: CalendarDay.nullable(),
      termStart: CalendarDay.nullable(),
      termEnd: CalendarDay.nullable(),
      filingNo: OptionalLabel(60),
    }),
  ).returns<CreditView>(),
  addCreditRecord: action(
    CommunityInput.extend({
      kind: CreditKind,
      occurredOn: CalendarDay,
      reason: Reason(500),
      sourceName: Label(120),
      source: CloudFile.nullable().optional(),
    }),
  ).returns<CreditRecordView>(),
  voidCreditRecord: action(z.object({ recordId: Id, reason: Reason(200) })).returns<CreditRecordView>(),
}
export type CommitteeApi = typeof committeeApi
