import type { SmsPurpose } from '../ports/sms'

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

/** `smsCodes/<purpose>:<key>`: one-time SMS codes, stored only as an HMAC (server/smsCodes.ts). */
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

/** `subscriptions/<openid>:<templateId>`: a person's consent to one subscription-message template. */
export interface SubscriptionDoc {
  _id: string
  openid: string
  templateId: string
  at?: Date
  /** One-time subscriptions allow one message each; when present it is counted down like WeChat does. */
  remaining?: number
}

/** `todos`: work waiting for someone (today written by the vote's review and confirmation steps). */
export interface TodoDoc {
  _id: string
  openid: string
  communityId: string
  kind: string
  title: string
  subtitle: string
  targetId: string
  page: string
  status: 'open' | 'done'
  createdAt: Date
  doneAt: Date | null
  outcome?: string
}

/** `outbox` (local only): what the SMS and subscribe ports would have sent, for the dev page and tests. */
export type OutboxDoc =
  | { _id: string; kind: 'sms'; to: string; code: string; purpose: SmsPurpose; text: string; at: Date }
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
