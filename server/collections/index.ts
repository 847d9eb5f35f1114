import type { AuditDoc, DevPersonaDoc, FaceFailureDoc, OutboxDoc, SmsCodeDoc, SmsQuotaDoc, SubscriptionDoc, TodoDoc } from './platform'
import type { BindingDoc, DelegationDoc, FaceCheckDoc, RoleDoc } from './account'
import type { MemberDoc, CreditProfileDoc, CreditRecordDoc, FilingDoc, FundAccountDoc, MeetingDoc, TrainingDoc } from './committee'
import type { DisclosureCalendarDoc, DisclosureCorrectionDoc, DisclosureDoc, DisclosureImportDoc, TransferDoc } from './disclosures'
import type { CommunityDoc, PersonDoc, UnitDoc } from './register'
import type { NoticeDoc, NoticeReceiptDoc } from './notices'
import type { EvaluationBoardDoc, EvaluationStatsDoc, RatingDoc } from './evaluation'
import type { WeatherCacheDoc } from './weather'
import type { CourseDoc, CourseProgressDoc } from './training'
import type { TenderEventDoc, TenderNonceDoc, TenderProjectDoc } from './tender'
import type { BallotDoc, VoteDoc, VoteEntryDoc, VoteReminderDoc } from './vote'

/** Every collection the product uses; each one is server-only in production (clients go through functions). */
export const COLLECTIONS = {
  communities: 'communities',
  units: 'units',
  persons: 'persons',
  bindings: 'bindings',
  roles: 'roles',
  smsCodes: 'smsCodes',
  smsQuotas: 'smsQuotas',
  outbox: 'outbox',
  audit: 'audit',
  votes: 'votes',
  ballots: 'ballots',
  voteEntries: 'voteEntries',
  voteReminders: 'voteReminders',
  todos: 'todos',
  subscriptions: 'subscriptions',
  delegations: 'delegations',
  faceChecks: 'faceChecks',
  faceFailures: 'faceFailures',
  committeeMembers: 'committeeMembers',
  filings: 'filings',
  trainings: 'trainings',
  meetings: 'meetings',
  fundAccounts: 'fundAccounts',
  creditProfiles: 'creditProfiles',
  creditRecords: 'creditRecords',
  notices: 'notices',
  noticeReceipts: 'noticeReceipts',
  disclosures: 'disclosures',
  disclosureImports: 'disclosureImports',
  disclosureCalendars: 'disclosureCalendars',
  disclosureCorrections: 'disclosureCorrections',
  transfers: 'transfers',
  evaluations: 'evaluations',
  evaluationStats: 'evaluationStats',
  evaluationBoards: 'evaluationBoards',
  weatherCache: 'weatherCache',
  tenderProjects: 'tenderProjects',
  tenderEvents: 'tenderEvents',
  tenderNonces: 'tenderNonces',
  courses: 'courses',
  courseProgress: 'courseProgress',
  /** Local emulator only: the personas the dev login page lists. */
  devPersonas: 'devPersonas',
} as const

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]

/**
 * The one document type of each collection, declared once in this folder (one file per area);
 * `collection(db, name)` in server/db.ts reads them typed.
 */
export interface CollectionDocs {
  communities: CommunityDoc
  units: UnitDoc
  persons: PersonDoc
  bindings: BindingDoc
  roles: RoleDoc
  smsCodes: SmsCodeDoc
  smsQuotas: SmsQuotaDoc
  outbox: OutboxDoc
  audit: AuditDoc
  votes: VoteDoc
  ballots: BallotDoc
  voteEntries: VoteEntryDoc
  voteReminders: VoteReminderDoc
  todos: TodoDoc
  subscriptions: SubscriptionDoc
  delegations: DelegationDoc
  faceChecks: FaceCheckDoc
  faceFailures: FaceFailureDoc
  committeeMembers: MemberDoc
  filings: FilingDoc
  trainings: TrainingDoc
  meetings: MeetingDoc
  fundAccounts: FundAccountDoc
  creditProfiles: CreditProfileDoc
  creditRecords: CreditRecordDoc
  notices: NoticeDoc
  noticeReceipts: NoticeReceiptDoc
  disclosures: DisclosureDoc
  disclosureImports: DisclosureImportDoc
  disclosureCalendars: DisclosureCalendarDoc
  disclosureCorrections: DisclosureCorrectionDoc
  transfers: TransferDoc
  evaluations: RatingDoc
  evaluationStats: EvaluationStatsDoc
  evaluationBoards: EvaluationBoardDoc
  weatherCache: WeatherCacheDoc
  tenderProjects: TenderProjectDoc
  tenderEvents: TenderEventDoc
  tenderNonces: TenderNonceDoc
  courses: CourseDoc
  courseProgress: CourseProgressDoc
  devPersonas: DevPersonaDoc
}
