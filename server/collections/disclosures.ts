import type { CloudFile } from '../../core/schemas/files'
import type { DisclosureCategory, DisclosureStatus, FinanceLine } from '../../core/disclosures/categories'
import type { CalendarItem } from '../../core/disclosures/calendar'
import type { TransferBasisKind, TransferSplit, TransferStatus } from '../../core/api/disclosures'
import type { ContentFlag } from '../content/check'

/* 信息公开 and 大额资金转账公示 (server/disclosures/). Nothing here is ever deleted: a wrong item is voided. */

/** Who did something: the openid (or `console`), the name people read, and when. */
export interface StampDoc {
  by: string
  who: string
  at: Date
}

/** One disclosure (`disclosures`): draft → published → voided. */
export interface DisclosureDoc {
  _id: string
  communityId: string
  category: DisclosureCategory
  title: string
  period: string
  body: string
  attachments: CloudFile[]
  finance: FinanceLine[] | null
  displayUntil: string
  status: DisclosureStatus
  created: StampDoc
  published: StampDoc | null
  voided: (StampDoc & { reason: string }) | null
  /** The item this one corrects; the item that corrected this one. */
  corrects: string | null
  correctedBy: string | null
  /** The import it came from (`disclosureImports` id), when it was imported. */
  importId: string | null
  contentFlag?: ContentFlag | null
  /** When it was first written: lists sort on it, newest first. */
  createdAt: Date
  updatedAt: Date
}

/** One imported file (`disclosureImports`), by its content hash: the same file twice imports once. */
export interface DisclosureImportDoc {
  _id: string
  communityId: string
  fileName: string
  sha256: string
  rows: number
  at: Date
  by: string
}

/** One large-fund transfer notice (`transfers`): published → executed, or voided. */
export interface TransferDoc {
  _id: string
  communityId: string
  accountId: string
  /** Bank and last 4 digits, copied when published (the account may later close). */
  accountLabel: string
  amountFen: number
  large: boolean
  payeeName: string
  /** The full number stays on the server; only its last 4 digits are sent. */
  payeeAccount: string
  purpose: string
  basisKind: TransferBasisKind
  basisRef: string
  plannedOn: string
  actualOn: string | null
  /** The Beijing year of the planned day, for yearly totals. */
  year: number
  attachments: CloudFile[]
  receipts: CloudFile[]
  status: TransferStatus
  published: StampDoc
  executed: StampDoc | null
  voided: (StampDoc & { reason: string }) | null
  contentFlag?: ContentFlag | null
  /** Set on each transfer of a group to one payee within 30 days that together pass the threshold (server/disclosures/splitTransfers.ts). */
  split?: TransferSplit | null
  updatedAt: Date
}

/** A community's own disclosure calendar (`disclosureCalendars/cal:<communityId>`); absent → the default. */
export interface DisclosureCalendarDoc {
  _id: string
  communityId: string
  items: CalendarItem[]
  updatedAt: Date
  by: string
}

/** An owner's correction request (纠错) on a published disclosure (`disclosureCorrections`, id `<disclosureId>:<uuid>`). */
export interface DisclosureCorrectionDoc {
  _id: string
  disclosureId: string
  communityId: string
  content: string
  asked: StampDoc
  status: 'open' | 'answered'
  answer: (StampDoc & { text: string }) | null
  contentFlag?: ContentFlag | null
  createdAt: Date
}
