import { createHash, randomInt } from 'node:crypto'
import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import { firstRow } from '../db'
import { fail } from '../handler'
import { SmsError, type SmsPort, type SmsPurpose } from '../ports/sms'

/**
 * One-time SMS codes for the account function (staff binding, delegate binding, phone change).
 * Kept apart from the owner binding's codes by the `account:` prefix of the document id.
 * (The identity helper has its own; this duplicates it until one shared module exists.)
 */
export const CODE_TTL_MS = 5 * 60_000
export const RESEND_AFTER_MS = 60_000
export const MAX_WRONG = 5
export const LOCK_MS = 15 * 60_000
export const MAX_PER_DAY = 10
const CHINA_OFFSET_MS = 8 * 3600_000

export type CodePurpose = 'staff' | 'delegate' | 'phone'

/** The SMS template purpose of each; delegates use the binding template. */
const SMS_PURPOSE: Record<CodePurpose, SmsPurpose> = { staff: 'staffBind', delegate: 'bind', phone: 'changePhone' }

interface CodeDoc {
  _id: string
  purpose: CodePurpose
  phone: string
  codeHash: string
  sentAt: Date
  expiresAt: Date
  wrong: number
  lockedUntil: Date | null
  used: boolean
  /** Beijing calendar day of `sentToday`: an SMS costs money, so each key gets at most MAX_PER_DAY a day. */
  day: string
  sentToday: number
}

function docId(purpose: CodePurpose, key: string): string {
  return `account:${purpose}:${key}`
}

function hashCode(id: string, code: string): string {
  return createHash('sha256').update(`${id}|${code}`).digest('hex')
}

async function load(db: Database, id: string): Promise<CodeDoc | undefined> {
  return firstRow<CodeDoc>(db.collection(COLLECTIONS.smsCodes).where({ _id: id }).limit(1))
}

/** Sends a fresh code to `phone`; `key` says what it unlocks (a phone, an ID hash, an openid). */
export async function issueCode(db: Database, nowMs: number, purpose: CodePurpose, key: string, phone: string, sms: SmsPort): Promise<void> {
  const id = docId(purpose, key)
  const previous = await load(db, id)
  if (previous?.lockedUntil && toMs(previous.lockedUntil) > nowMs) fail('LOCKED')
  if (previous && !previous.used && nowMs - toMs(previous.sentAt) < RESEND_AFTER_MS) fail('TOO_FREQUENT')
  const day = new Date(nowMs + CHINA_OFFSET_MS).toISOString().slice(0, 10)
  const sentToday = previous?.day === day ? previous.sentToday : 0
  if (sentToday >= MAX_PER_DAY) fail('TOO_FREQUENT', '今天获取验证码的次数已达上限，请明天再试')
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const doc: Omit<CodeDoc, '_id'> = {
    purpose, phone, codeHash: hashCode(id, code), sentAt: new Date(nowMs), expiresAt: new Date(nowMs + CODE_TTL_MS),
    wrong: 0, lockedUntil: null, used: false, day, sentToday: sentToday + 1,
  }
  await db.collection(COLLECTIONS.smsCodes).doc(id).set({ data: doc })
  try {
    await sms.sendCode(phone, code, SMS_PURPOSE[purpose])
  } catch (e) {
    if (!(e instanceof SmsError)) throw e
    // Not sent, so it must not count as sent: the person may ask again at once.
    if (previous) await db.collection(COLLECTIONS.smsCodes).doc(id).set({ data: withoutId(previous) })
    else await db.collection(COLLECTIONS.smsCodes).doc(id).remove()
    fail('SMS_FAILED', '短信发送失败，请稍后再试')
  }
}

/** Checks and spends a code; a wrong code counts towards the lock. Returns the phone it was sent to. */
export async function consumeCode(db: Database, nowMs: number, purpose: CodePurpose, key: string, code: string): Promise<string> {
  const id = docId(purpose, key)
  const doc = await load(db, id)
  if (doc?.lockedUntil && toMs(doc.lockedUntil) > nowMs) fail('LOCKED')
  if (!doc || doc.used) fail('CODE_MISSING')
  if (toMs(doc.expiresAt) <= nowMs) fail('CODE_EXPIRED')
  if (doc.codeHash !== hashCode(id, code)) {
    const wrong = doc.wrong + 1
    const locked = wrong >= MAX_WRONG
    await db.collection(COLLECTIONS.smsCodes).doc(id).update({
      data: locked ? { wrong, lockedUntil: new Date(nowMs + LOCK_MS), used: true } : { wrong },
    })
    fail(locked ? 'LOCKED' : 'CODE_WRONG')
  }
  // Spent only if still unspent: two concurrent submissions cannot both succeed.
  const spent = (await db.collection(COLLECTIONS.smsCodes).where({ _id: id, used: false }).update({ data: { used: true } })) as { stats?: { updated: number } }
  if (spent.stats && spent.stats.updated === 0) fail('CODE_MISSING')
  return doc.phone
}

function withoutId({ _id: _ignored, ...rest }: CodeDoc): Omit<CodeDoc, '_id'> {
  return rest
}

function toMs(value: Date | string | number): number {
  return value instanceof Date ? value.getTime() : new Date(value).getTime()
}
