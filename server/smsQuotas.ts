import type { Database } from './cloud'
import type { SmsQuotaDoc } from './collections/platform'
import { collection, isDuplicate, rows } from './db'
import { fail } from './handler'

/*
 * The daily allowances every SMS code shares, whatever sends it (owner, staff and delegate binding,
 * phone change; server/smsCodes.ts is their one sender). An SMS costs money and reaches a stranger's
 * phone, so a day (Beijing) allows:
 *  - per caller account: 20 codes, to at most 5 different phones (one account once sent 500
 *    phone-change codes to 500 phones in 5.5 s);
 *  - per target phone and per person asked about: 30 codes, from all accounts together;
 *  - wrong codes: 10 per account for one person, 30 per person from all accounts.
 * A real person never meets these. The per-person allowances are three times what one account may
 * use of them, so a stranger who knows an owner's name and ID number cannot lock her out alone.
 * Each allowance is one counter document per day, taken by a conditional increment (`count < limit`)
 * that the database applies atomically: concurrent requests cannot slip past it.
 */
export const ACCOUNT_SENDS_PER_DAY = 20
export const ACCOUNT_PHONES_PER_DAY = 5
export const PHONE_SENDS_PER_DAY = 30
export const PERSON_SENDS_PER_DAY = 30
export const ACCOUNT_WRONG_PER_DAY = 10
export const PERSON_WRONG_PER_DAY = 30

const CHINA_OFFSET_MS = 8 * 3600_000

/** The Beijing calendar day of an instant, `YYYY-MM-DD`. */
export function beijingDay(nowMs: number): string {
  return new Date(nowMs + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** Who asks, to which phone, about whom (`<purpose>:<key>`, the person or thing the code unlocks). */
export interface SendQuotaRequest {
  account: string
  phone: string
  person: string
}

const ids = (day: string, r: { account: string; person: string; phone?: string }) => ({
  account: `account:${day}:${r.account}`,
  phone: `phone:${day}:${r.phone ?? ''}`,
  person: `person:${day}:${r.person}`,
  wrongByAccount: `wrong:${day}:${r.person}:${r.account}`,
  wrongOfPerson: `wrong:${day}:${r.person}`,
})

const LIMIT_REACHED = {
  account: '这个微信账号今天获取验证码的次数已达上限，请明天再试',
  phones: `这个微信账号今天已向${ACCOUNT_PHONES_PER_DAY}个不同的手机号码发送过验证码，请明天再试`,
  phone: '这个手机号码今天收到的验证码已达上限，请明天再试',
  person: '今天获取验证码的次数已达上限，请明天再试',
}
const TOO_MANY_WRONG = '验证码错误次数过多，请明天再试'

function updated(result: unknown): boolean {
  return ((result as { stats?: { updated?: number } }).stats?.updated ?? 0) > 0
}

/**
 * Refuses at once, writing nothing, when an allowance is already used up: one read. The takes that
 * follow are what holds under concurrency; this spares the code document and the counters a write.
 */
/** The counters `checkSendQuotas` found already there today: the others are created first, not incremented first. */
export type KnownQuotas = ReadonlySet<string>

export async function checkSendQuotas(db: Database, nowMs: number, r: SendQuotaRequest): Promise<KnownQuotas> {
  const id = ids(beijingDay(nowMs), r)
  const found = await rows(
    collection(db, 'smsQuotas')
      .where({ _id: db.command.in(Object.values(id)) })
      .limit(10),
  )
  const doc = new Map(found.map((d) => [d._id, d]))
  const count = (key: keyof typeof id) => doc.get(id[key])?.count ?? 0
  if (count('wrongByAccount') >= ACCOUNT_WRONG_PER_DAY || count('wrongOfPerson') >= PERSON_WRONG_PER_DAY) fail('LOCKED', TOO_MANY_WRONG)
  const account = doc.get(id.account)
  if (account && account.count >= ACCOUNT_SENDS_PER_DAY) fail('SMS_DAILY_LIMIT', LIMIT_REACHED.account)
  if (account && (account.phoneCount ?? 0) >= ACCOUNT_PHONES_PER_DAY && !account.phones?.includes(r.phone))
    fail('SMS_DAILY_LIMIT', LIMIT_REACHED.phones)
  if (count('phone') >= PHONE_SENDS_PER_DAY) fail('SMS_DAILY_LIMIT', LIMIT_REACHED.phone)
  if (count('person') >= PERSON_SENDS_PER_DAY) fail('SMS_DAILY_LIMIT', LIMIT_REACHED.person)
  return new Set(doc.keys())
}

/**
 * Takes one code from each sending allowance, or none of them (SMS_DAILY_LIMIT, saying which is used
 * up). Answers how to give them back, for a code that was not sent after all.
 */
export async function takeSendQuotas(db: Database, nowMs: number, r: SendQuotaRequest, known: KnownQuotas): Promise<() => Promise<void>> {
  const day = beijingDay(nowMs)
  const id = ids(day, r)
  const taken: string[] = []
  const giveBack = async () => {
    const _ = db.command
    for (const t of taken)
      await collection(db, 'smsQuotas')
        .where({ _id: t })
        .update({ data: { count: _.inc(-1) } })
  }
  const steps: Array<[string, () => Promise<boolean>, string]> = [
    [id.account, () => takeAccount(db, id.account, day, r.phone, known.has(id.account)), ''],
    [id.phone, () => take(db, id.phone, day, PHONE_SENDS_PER_DAY, known.has(id.phone)), LIMIT_REACHED.phone],
    [id.person, () => take(db, id.person, day, PERSON_SENDS_PER_DAY, known.has(id.person)), LIMIT_REACHED.person],
  ]
  for (const [key, takeOne, message] of steps) {
    if (await takeOne()) {
      taken.push(key)
      continue
    }
    await giveBack()
    fail('SMS_DAILY_LIMIT', message || (await accountRefusal(db, id.account)))
  }
  return giveBack
}

/**
 * Counts one wrong code against the account and against the person. False when either allowance was
 * already used up: the guess then goes unanswered (LOCKED until tomorrow).
 */
export async function takeWrongTry(db: Database, nowMs: number, r: { account: string; person: string }): Promise<boolean> {
  const day = beijingDay(nowMs)
  const id = ids(day, r)
  // Most people mistype at most once a day: the counters are created first, incremented after.
  return (
    (await take(db, id.wrongByAccount, day, ACCOUNT_WRONG_PER_DAY, false)) &&
    (await take(db, id.wrongOfPerson, day, PERSON_WRONG_PER_DAY, false))
  )
}

export function wrongTriesRefusal(): never {
  return fail('LOCKED', TOO_MANY_WRONG)
}

/**
 * One more under `limit`, atomically; the day's first creates the counter. `exists` says which to try
 * first (one write either way); a create that loses the race to a concurrent one increments instead.
 */
async function take(db: Database, id: string, day: string, limit: number, exists = true): Promise<boolean> {
  const quotas = collection(db, 'smsQuotas')
  const increment = async () =>
    updated(await quotas.where({ _id: id, count: db.command.lt(limit) }).update({ data: { count: db.command.inc(1) } }))
  return createOr(db, { _id: id, day, count: 1 }, increment, exists)
}

/** Runs `increment` if the counter is there, else creates it (`first`): whichever fails, the other follows once. */
async function createOr(db: Database, first: SmsQuotaDoc, increment: () => Promise<boolean>, exists: boolean): Promise<boolean> {
  if (exists && (await increment())) return true
  try {
    await collection(db, 'smsQuotas').add({ data: first })
    return true
  } catch (e) {
    if (!isDuplicate(e)) throw e
    return increment()
  }
}

/**
 * The account's counter also keeps the phones it sent to today: a phone already among them costs a
 * code, a new one also one of the 5 places, each in one conditional update.
 */
async function takeAccount(db: Database, id: string, day: string, phone: string, exists: boolean): Promise<boolean> {
  const _ = db.command
  const quotas = collection(db, 'smsQuotas')
  const underLimit = { _id: id, count: _.lt(ACCOUNT_SENDS_PER_DAY) }
  const known = () => quotas.where({ ...underLimit, phones: phone }).update({ data: { count: _.inc(1) } })
  const added = () =>
    quotas
      .where({ ...underLimit, phoneCount: _.lt(ACCOUNT_PHONES_PER_DAY), phones: _.neq(phone) })
      .update({ data: { count: _.inc(1), phoneCount: _.inc(1), phones: _.push([phone]) } })
  const attempt = async () => updated(await known()) || updated(await added())
  return createOr(db, { _id: id, day, count: 1, phoneCount: 1, phones: [phone] }, attempt, exists)
}

async function accountRefusal(db: Database, id: string): Promise<string> {
  const [doc] = await rows(collection(db, 'smsQuotas').where({ _id: id }).limit(1))
  return doc && doc.count >= ACCOUNT_SENDS_PER_DAY ? LIMIT_REACHED.account : LIMIT_REACHED.phones
}
