import { createHmac, randomInt } from 'node:crypto'
import type { Database } from './cloud'
import { COLLECTIONS } from './collections'
import type { SmsCodeDoc } from './collections/platform'
import { firstRow } from './db'
import { fail } from './handler'
import { SMS_CODE_MINUTES, SmsError, type SmsPort, type SmsPurpose } from './ports/sms'
import { idHashSalt } from './register/hash'
import { beijingDay, checkSendQuotas, takeSendQuotas, takeWrongTry, wrongTriesRefusal } from './smsQuotas'

/**
 * One-time SMS codes, for every purpose (owner, staff and delegate binding, phone change): stored
 * only as an HMAC, 5 minutes to live, one send per 60 s and 10 per Beijing day for each code
 * document, and 5 wrong tries lock it for 15 minutes. A code document is `<purpose>:<key>:<account>`:
 * the key says what the code unlocks (an ID hash, a phone), the account is the WeChat account that
 * asked, so a stranger's sends and wrong tries use up the stranger's code, never the owner's own.
 * Every send also takes from the daily allowances per account, phone and person (server/smsQuotas.ts).
 */
export const CODE_TTL_MS = SMS_CODE_MINUTES * 60_000
export const RESEND_AFTER_MS = 60_000
export const MAX_PER_DAY = 10
export const MAX_WRONG = 5
export const LOCK_MS = 15 * 60_000
export type CodePurpose = SmsPurpose

/** What a code unlocks (`purpose`, `key`) for whom (`account`: the openid that asked for it). */
export interface CodeTarget {
  purpose: CodePurpose
  key: string
  account: string
}

export function smsCodeId({ purpose, key, account }: CodeTarget): string {
  return `${purpose}:${key}:${account}`
}

/** The person (or thing) a code is about, whichever account asks: what the per-person allowances count. */
const personOf = ({ purpose, key }: CodeTarget) => `${purpose}:${key}`

/** Bound to the code document, so a stored hash cannot be replayed for another purpose or person. */
function hashCode(id: string, code: string): string {
  return createHmac('sha256', idHashSalt()).update(`sms:${id}:${code}`).digest('hex')
}

async function load(db: Database, id: string): Promise<SmsCodeDoc | undefined> {
  return firstRow<SmsCodeDoc>(db.collection(COLLECTIONS.smsCodes).where({ _id: id }).limit(1))
}

function ms(value: Date | string | number | null | undefined): number {
  if (value === null || value === undefined) return 0
  return value instanceof Date ? value.getTime() : new Date(value).getTime()
}

function isLocked(doc: SmsCodeDoc | undefined, nowMs: number): boolean {
  return Boolean(doc?.lockedUntil && ms(doc.lockedUntil) > nowMs)
}

function updatedCount(result: unknown): number {
  return (result as { stats?: { updated?: number } }).stats?.updated ?? 0
}

export interface CodeRequest extends CodeTarget {
  phone: string
}

/**
 * Texts a fresh code to `phone`: LOCKED while locked, TOO_FREQUENT within 60 s of the last send or
 * past 10 sends a Beijing day, SMS_DAILY_LIMIT when the account, the phone or the person has had its
 * day's codes (LOCKED when the wrong tries have). The new document is written (conditioned on the
 * version read) before the SMS goes out, so two concurrent requests cannot both send; then the daily
 * allowances are taken, each by a conditional increment. If an allowance is used up or the provider
 * refuses, the previous state is put back (allowances given back) and nothing counts as sent.
 */
export async function sendCode(db: Database, nowMs: number, sms: SmsPort, request: CodeRequest): Promise<void> {
  const { purpose, phone, account } = request
  const id = smsCodeId(request)
  const previous = await load(db, id)
  if (isLocked(previous, nowMs)) fail('LOCKED')
  if (previous && nowMs - ms(previous.sentAt) < RESEND_AFTER_MS) {
    const wait = Math.ceil((RESEND_AFTER_MS - (nowMs - ms(previous.sentAt))) / 1000)
    fail('TOO_FREQUENT', `发送太频繁，请${wait}秒后再试`)
  }
  const day = beijingDay(nowMs)
  const sentToday = previous?.day === day ? previous.sentToday : 0
  if (sentToday >= MAX_PER_DAY) fail('TOO_FREQUENT', '今天获取验证码的次数已达上限，请明天再试')

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const next: Omit<SmsCodeDoc, '_id'> = {
    purpose,
    phone,
    codeHash: hashCode(id, code),
    sentAt: new Date(nowMs),
    expiresAt: new Date(nowMs + CODE_TTL_MS),
    used: false,
    tries: 0,
    lockedUntil: null,
    day,
    sentToday: sentToday + 1,
    version: (previous?.version ?? 0) + 1,
  }
  const quota = { account, phone, person: personOf(request) }
  const known = await checkSendQuotas(db, nowMs, quota)
  await claim(db, id, previous, next)
  let giveBack: () => Promise<void>
  try {
    giveBack = await takeSendQuotas(db, nowMs, quota, known)
  } catch (e) {
    await restore(db, id, previous)
    throw e
  }
  try {
    await sms.sendCode(phone, code, purpose)
  } catch (e) {
    if (!(e instanceof SmsError)) throw e
    // Not sent, so it must not count as sent: the person may ask again at once.
    await giveBack()
    await restore(db, id, previous)
    fail('SMS_FAILED', '短信发送失败，请稍后再试')
  }
}

/** Writes the new code only if nobody else wrote since we read (insert-if-absent, or update-if-version). */
async function claim(db: Database, id: string, previous: SmsCodeDoc | undefined, next: Omit<SmsCodeDoc, '_id'>): Promise<void> {
  const codes = db.collection(COLLECTIONS.smsCodes)
  if (!previous) {
    try {
      await codes.add({ data: { _id: id, ...next } })
      return
    } catch (e) {
      // Lost the race to a concurrent first request (duplicate id); anything else is a real failure.
      if (await load(db, id)) fail('TOO_FREQUENT')
      throw e
    }
  }
  if (updatedCount(await codes.where({ _id: id, version: previous.version }).update({ data: next })) === 0) fail('TOO_FREQUENT')
}

async function restore(db: Database, id: string, previous: SmsCodeDoc | undefined): Promise<void> {
  const ref = db.collection(COLLECTIONS.smsCodes).doc(id)
  if (!previous) await ref.remove()
  else {
    const { _id: _ignored, ...fields } = previous
    await ref.set({ data: fields })
  }
}

/**
 * Checks a code without spending it: LOCKED, CODE_MISSING (none asked for, or already used),
 * CODE_EXPIRED, or CODE_WRONG (the fifth wrong try locks). Answers the code document's id, to spend
 * with `spendCode` (or `spendCodeIn` inside a transaction) once the action is sure to go ahead.
 *
 * Every guess takes one of the 5 tries in a conditional write before it gets any answer, so however
 * many guesses arrive at once, at most 5 are ever answered. The first write takes a try only for the
 * right code (the database compares the stored hash), so a right guess is compared and counted in one
 * step and costs no more round trips than a read; a wrong guess then takes its try with a second write
 * and only then hears CODE_WRONG. Anything else (no try left, expired, spent, the last try) is sorted
 * out by reading the document. Spending resets the tries: the successful try never counts afterwards.
 */
export async function checkCode(db: Database, nowMs: number, target: CodeTarget, code: string): Promise<{ _id: string }> {
  const _ = db.command
  const id = smsCodeId(target)
  const codes = db.collection(COLLECTIONS.smsCodes)
  const live = { _id: id, used: false, expiresAt: _.gt(new Date(nowMs)) }
  const right = await codes.where({ ...live, codeHash: hashCode(id, code), tries: _.lt(MAX_WRONG) }).update({ data: { tries: _.inc(1) } })
  if (updatedCount(right) > 0) return { _id: id }
  const wrong = await codes.where({ ...live, codeHash: _.neq(null), tries: _.lt(MAX_WRONG - 1) }).update({ data: { tries: _.inc(1) } })
  const wrongTry = { account: target.account, person: personOf(target) }
  if (updatedCount(wrong) > 0) {
    // The day's wrong tries (the account's for this person, the person's from all accounts) are used up: unanswered.
    if (!(await takeWrongTry(db, nowMs, wrongTry))) wrongTriesRefusal()
    fail('CODE_WRONG')
  }
  const why = await whyRefused(db, nowMs, id)
  if (why === 'LOCKED_NOW') await takeWrongTry(db, nowMs, wrongTry)
  return fail(why === 'LOCKED_NOW' ? 'LOCKED' : why)
}

/**
 * Neither write took a try: says why, and on the last try locks for 15 minutes and throws the code
 * away. The lock is conditioned on this very code being unspent, so of concurrent wrong guesses
 * exactly one locks (and is answered LOCKED); the others find no try left.
 */
async function whyRefused(
  db: Database,
  nowMs: number,
  id: string,
): Promise<'LOCKED' | 'LOCKED_NOW' | 'CODE_MISSING' | 'CODE_EXPIRED' | 'TOO_FREQUENT'> {
  const doc = await load(db, id)
  if (isLocked(doc, nowMs)) return 'LOCKED'
  if (!doc || doc.used || !doc.codeHash) return 'CODE_MISSING'
  if (ms(doc.expiresAt) <= nowMs) return 'CODE_EXPIRED'
  // Tries left, yet neither write took one: a new code was sent in between. Unanswered, as no try was taken.
  if (doc.tries < MAX_WRONG - 1) return 'TOO_FREQUENT'
  const _ = db.command
  const locked = await db
    .collection(COLLECTIONS.smsCodes)
    .where({ _id: id, used: false, codeHash: doc.codeHash, tries: _.gte(MAX_WRONG - 1) })
    .update({ data: { tries: _.inc(1), lockedUntil: new Date(nowMs + LOCK_MS), used: true, codeHash: null } })
  // The guess that locked is a wrong try too, and counts against the day's allowances.
  return updatedCount(locked) > 0 ? 'LOCKED_NOW' : 'LOCKED'
}

/** What a spend writes: the code is used up, and its tries (the right guess's among them) no longer count. */
const SPENT = { used: true, codeHash: null, tries: 0 }

/** Spends a checked code if it is still unspent: of two concurrent submissions only one succeeds (CODE_MISSING). */
export async function spendCode(db: Database, id: string): Promise<void> {
  const spent = await db.collection(COLLECTIONS.smsCodes).where({ _id: id, used: false }).update({ data: SPENT })
  if (updatedCount(spent) === 0) fail('CODE_MISSING')
}

/** The same inside a transaction (which allows document reads and writes only): the code spends with the action's writes. */
export async function spendCodeIn(t: Pick<Database, 'collection'>, id: string): Promise<void> {
  const found = (await t.collection(COLLECTIONS.smsCodes).doc(id).get()) as { data: { used?: boolean } | null }
  if (!found.data || found.data.used) fail('CODE_MISSING')
  await t.collection(COLLECTIONS.smsCodes).doc(id).update({ data: SPENT })
}

/** Checks and spends a code in one go; answers the phone it was sent to. */
export async function consumeCode(db: Database, nowMs: number, target: CodeTarget, code: string): Promise<string> {
  const { _id } = await checkCode(db, nowMs, target, code)
  await spendCode(db, _id)
  const doc = await load(db, _id)
  if (!doc) fail('CODE_MISSING')
  return doc.phone
}
