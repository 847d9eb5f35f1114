import { randomInt } from 'node:crypto'
import type { Database } from '../../../server/cloud'
import { COLLECTIONS } from '../../../server/collections'
import { firstRow } from '../../../server/db'
import { fail } from '../../../server/handler'
import { SmsError, type SmsPort } from '../../../server/ports/sms'
import { hashSmsCode } from '../../../server/register/hash'

export const CODE_TTL_MS = 5 * 60_000
export const RESEND_AFTER_MS = 60_000
export const MAX_PER_DAY = 10
export const MAX_WRONG = 5
export const LOCK_MS = 15 * 60_000
const CHINA_OFFSET_MS = 8 * 3600_000

/** One document per person identity (`bind:<first 16 hex of the ID hash>`): the live code and its counters. */
export interface BindCodeDoc {
  _id: string
  purpose: 'bind'
  phone: string
  codeHash: string | null
  sentAt: Date
  expiresAt: Date
  used: boolean
  tries: number
  lockedUntil: Date | null
  /** Beijing calendar day of `sentToday`. */
  day: string
  sentToday: number
  /** Bumped on every send: a write conditioned on it loses to a concurrent send. */
  version: number
}

export function codeDocId(idHash: string): string {
  return `bind:${idHash.slice(0, 16)}`
}

export async function loadCodeDoc(db: Database, id: string): Promise<BindCodeDoc | undefined> {
  return firstRow<BindCodeDoc>(db.collection(COLLECTIONS.smsCodes).where({ _id: id }).limit(1))
}

function ms(value: Date | string | number | null | undefined): number {
  if (value === null || value === undefined) return 0
  return value instanceof Date ? value.getTime() : new Date(value).getTime()
}

function beijingDay(nowMs: number): string {
  return new Date(nowMs + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

export function isLocked(doc: BindCodeDoc | undefined, nowMs: number): boolean {
  return Boolean(doc?.lockedUntil && ms(doc.lockedUntil) > nowMs)
}

/**
 * Sends a fresh code: one per person per 60 s, at most 10 a Beijing day, none while locked. The new
 * document is written (conditioned on the version read) before the SMS goes out, so two concurrent
 * requests cannot both send; if the SMS provider refuses, the previous state is put back.
 */
export async function issueBindCode(db: Database, nowMs: number, id: string, phone: string, sms: SmsPort): Promise<void> {
  const previous = await loadCodeDoc(db, id)
  if (isLocked(previous, nowMs)) fail('LOCKED')
  if (previous && nowMs - ms(previous.sentAt) < RESEND_AFTER_MS) {
    const wait = Math.ceil((RESEND_AFTER_MS - (nowMs - ms(previous.sentAt))) / 1000)
    fail('TOO_FREQUENT', `发送太频繁，请${wait}秒后再试`)
  }
  const day = beijingDay(nowMs)
  const sentToday = previous?.day === day ? previous.sentToday : 0
  if (sentToday >= MAX_PER_DAY) fail('TOO_FREQUENT', '今天获取验证码的次数已达上限，请明天再试')

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const next: Omit<BindCodeDoc, '_id'> = {
    purpose: 'bind', phone, codeHash: hashSmsCode(id, code),
    sentAt: new Date(nowMs), expiresAt: new Date(nowMs + CODE_TTL_MS), used: false,
    tries: 0, lockedUntil: null, day, sentToday: sentToday + 1, version: (previous?.version ?? 0) + 1,
  }
  await claim(db, id, previous, next)
  try {
    await sms.sendCode(phone, code, 'bind')
  } catch (e) {
    if (!(e instanceof SmsError)) throw e
    await restore(db, id, previous)
    fail('SMS_FAILED', '短信发送失败，请稍后再试')
  }
}

/** Writes the new code only if nobody else wrote since we read (insert-if-absent, or update-if-version). */
async function claim(db: Database, id: string, previous: BindCodeDoc | undefined, next: Omit<BindCodeDoc, '_id'>): Promise<void> {
  const codes = db.collection(COLLECTIONS.smsCodes)
  if (!previous) {
    try {
      await codes.add({ data: { _id: id, ...next } })
      return
    } catch (e) {
      // Lost the race to a concurrent first request (duplicate id); anything else is a real failure.
      if (await loadCodeDoc(db, id)) fail('TOO_FREQUENT')
      throw e
    }
  }
  const result = (await codes.where({ _id: id, version: previous!.version }).update({ data: next })) as { stats: { updated: number } }
  if (result.stats.updated === 0) fail('TOO_FREQUENT')
}

async function restore(db: Database, id: string, previous: BindCodeDoc | undefined): Promise<void> {
  const ref = db.collection(COLLECTIONS.smsCodes).doc(id)
  if (!previous) await ref.remove()
  else {
    const { _id: _ignored, ...fields } = previous
    await ref.set({ data: fields })
  }
}

export type CodeCheck = { ok: true; doc: BindCodeDoc } | { ok: false; code: 'CODE_MISSING' | 'CODE_EXPIRED' | 'LOCKED' }

/** Whether a live code exists, before comparing it (no writes). */
export function liveCode(doc: BindCodeDoc | undefined, nowMs: number): CodeCheck {
  if (isLocked(doc, nowMs)) return { ok: false, code: 'LOCKED' }
  if (!doc || doc.used || !doc.codeHash) return { ok: false, code: 'CODE_MISSING' }
  if (ms(doc.expiresAt) <= nowMs) return { ok: false, code: 'CODE_EXPIRED' }
  return { ok: true, doc }
}

export function codeMatches(doc: BindCodeDoc, code: string): boolean {
  return doc.codeHash === hashSmsCode(doc._id, code)
}

/**
 * Counts a wrong code: the only write a failed attempt makes. The fifth wrong try locks the person for
 * 15 minutes and throws the code away. Returns whether the person is now locked.
 */
export async function countWrongTry(db: Database, nowMs: number, doc: BindCodeDoc): Promise<boolean> {
  const codes = db.collection(COLLECTIONS.smsCodes)
  await codes.doc(doc._id).update({ data: { tries: db.command.inc(1) } })
  // Re-read: concurrent wrong tries each add one, and the lock must follow the true count.
  const after = await loadCodeDoc(db, doc._id)
  if ((after?.tries ?? 0) < MAX_WRONG) return false
  await codes.doc(doc._id).update({ data: { lockedUntil: new Date(nowMs + LOCK_MS), used: true, codeHash: null } })
  return true
}
