import type { CloudFile } from '../../core/schemas/files'
import type { CreditRecordView, FilingView, FundAccountView, MemberKind } from '../../core/api/committee'
import type { ContentFlag } from '../content/check'

/* The committee's documents (server/committee/): roster, filings, trainings, meetings, fund accounts, credit. */

/** A person on the committee's roster (`committeeMembers`), kept by the director. */
export interface MemberDoc {
  _id: string
  communityId: string
  kind: MemberKind
  name: string
  position: string
  phone: string
  termStart: string | null
  termEnd: string | null
  status: 'serving' | 'removed'
  createdAt: Date
  updatedAt: Date
  removedReason?: string
}

export interface FilingDoc {
  _id: string
  communityId: string
  filedOn: string
  termStart: string
  termEnd: string
  status: FilingView['status']
  note: string
  files: CloudFile[]
  createdAt: Date
}

export interface TrainingDoc {
  _id: string
  communityId: string
  personName: string
  course: string
  trainedOn: string
  result: string
}

export interface MeetingDoc {
  _id: string
  /** Set while a content check asks the committee to look at the text (server/content/check.ts). */
  contentFlag?: ContentFlag | null
  communityId: string
  topic: string
  heldAt: Date
  place: string
  attendees: string[]
  agenda: string
  minutes: string
  attachments: CloudFile[]
  createdAt: Date
  updatedAt: Date
}

/** The full number stays on the server; only its last 4 digits are ever sent. */
export interface FundAccountDoc {
  _id: string
  communityId: string
  bank: string
  accountName: string
  accountNumber: string
  signedOn: string
  status: FundAccountView['status']
  updatedAt: Date
}

/** What the district centre enters about the committee (`creditProfiles`, one per community). */
export interface CreditProfileDoc {
  _id: string
  communityId: string
  establishedOn: string | null
  termStart: string | null
  termEnd: string | null
  filingNo: string
}

export interface CreditRecordDoc {
  _id: string
  communityId: string
  kind: CreditRecordView['kind']
  occurredOn: string
  reason: string
  sourceName: string
  source: CloudFile | null
  voided: boolean
  voidReason: string | null
  createdAt: Date
}
