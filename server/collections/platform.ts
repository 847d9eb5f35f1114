import type { TodoAssignee, TodoKind, TodoStatus } from '../../core/api/todos'
import type { SmsPurpose } from '../ports/sms'
import type { TodoAction, TodoOutcome } from '../todos/kinds'

/* Documents the server kit itself keeps: audit, SMS codes, subscriptions, to-dos, outboxes, dev data. */

/** `audit`: every state change and entry leaves one: who, when, what, before/after. */
export interface AuditDoc {
  _id?: string
  actor: string
  /** The label shown to people (a role, never an openid); the vote writes it. */
  who?: string | null
  at: Date
  action: string
  targetId: string
  communityId?: string
  before?: unknown
  after?: unknown
  note?: string | null
}

/** `smsCodes/<purpose>:<key>:<openid>`: one-time SMS codes, one per requesting account, stored only as an HMAC (server/smsCodes.ts). */
export interface SmsCodeDoc {
  _id: string
  purpose: SmsPurpose
  phone: string
  codeHash: string | null
  sentAt: Date
  expiresAt: Date
  used: boolean
  /** Wrong tries at the current code. */
  tries: number
  lockedUntil: Date | null
  /** Beijing calendar day of `sentToday`: an SMS costs money. */
  day: string
  sentToday: number
  /** Bumped on every send: a write conditioned on it loses to a concurrent send. */
  version: number
}

/**
 * `smsQuotas/<allowance>:<day>:<who>`: one day's count of SMS codes sent (or wrong codes typed) for
 * an account, a phone or a person (server/smsQuotas.ts); the account's also keeps the phones it sent to.
 */
export interface SmsQuotaDoc {
  _id: string
  /** Beijing calendar day the count is for. */
  day: string
  count: number
  phoneCount?: number
  phones?: string[]
}

/** `subscriptions/<openid>:<templateId>`: a person's consent to one subscription-message template (server/notify/consent.ts). */
export interface SubscriptionDoc {
  _id: string
  openid: string
  templateId: string
  /** One-time grants left. A record without it is a long-term subscription (government/public-service templates): it never runs out. */
  remaining?: number
  at: Date
}

/** `todos`: work waiting for an organisation's role (server/todos). */
/** One step of a to-do's review history: who (by role, never shown by id), when, what. */
export interface TodoEvent {
  at: number
  /** The actor's openid, 'console' or 'system': kept for the audit, never shown. */
  by: string
  /** The actor's role as people read it ("街道办审核人"). */
  who: string
  action: TodoAction
  outcome?: TodoOutcome
  note?: string
}

/** A to-do (`todos` collection). The id is `todo:<kind>:<targetId>`, so a retry writes the same document. */
export interface TodoDoc {
  _id: string
  kind: TodoKind
  /** The source document (a vote, a staff account, a meeting…). */
  targetId: string
  /** When the target is one part of a source (a notice's community): the source, so withdrawing it closes them all in one write. */
  sourceId?: string
  communityId: string
  communityName: string
  subject: string
  /** The Beijing day it is due, for kinds with a deadline (a required course); an overdue to-do follows it. */
  dueOn?: string
  page: string
  assignee: TodoAssignee
  /** `assignee` as one indexed string: the list and the count are one query each. */
  assigneeKey: string
  status: TodoStatus
  outcome: TodoOutcome | null
  createdAt: number
  updatedAt: number
  closedAt: number | null
  history: TodoEvent[]
}

/** `outbox` (local only): what the SMS and subscribe ports would have sent, for the dev page and tests. */
export type OutboxDoc =
  | { _id: string; kind: 'sms'; to: string; code: string; purpose: SmsPurpose | 'voteReminder'; text: string; at: Date }
  | { _id: string; kind: 'subscribe'; to: string; templateId: string; page?: string; data: Record<string, { value: string }>; at: Date }

/** `faceFailures` (local only): ID numbers the local face port fails. */
export interface FaceFailureDoc {
  _id: string
  idNumber: string
}

/** `devPersonas` (local only): the personas the dev login page lists. */
export interface DevPersonaDoc {
  _id: string
  label: string
  description: string
  sort: number
}
