import type { TestEmulator } from '../emulator/testing'
import { startTestEmulator } from '../emulator/testing'
import { getDb, type Database } from './cloud'
import { Failure } from './handler'
import { SmsError, type SmsPort, type SmsPurpose } from './ports/sms'
import { CODE_TTL_MS, LOCK_MS, MAX_PER_DAY, MAX_WRONG, checkCode, consumeCode, sendCode, smsCodeId, type CodeRequest } from './smsCodes'
import { ACCOUNT_WRONG_PER_DAY, PERSON_WRONG_PER_DAY } from './smsQuotas'

const START = Date.UTC(2024, 5, 3, 2, 0, 0) // 10:00 in Beijing
const MINUTE = 60_000

let emu: TestEmulator
let db: Database

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  db = getDb()
})
afterAll(() => emu.close())

/** An SMS port that keeps what it sent; `refuse` makes the provider say no. */
function outbox() {
  const sent: Array<{ phone: string; code: string; purpose: SmsPurpose }> = []
  const port: SmsPort & { refuse: boolean } = {
    refuse: false,
    async sendCode(phone, code, purpose) {
      if (port.refuse) throw new SmsError('refused')
      sent.push({ phone, code, purpose })
    },
  }
  return { port, sent, last: () => sent[sent.length - 1].code }
}

/**
 * The database, but the first operation on SMS codes is held, as a slow network would hold it:
 * `started` settles once it is under way, and it finishes only after `release()`. A read is made at
 * once and its answer held back (it sees the code as it was); a write is held back before it is
 * made (it lands after whatever ran meanwhile).
 */
function firstOpGate(real: Database) {
  let markStarted!: () => void
  let release!: () => void
  const started = new Promise<void>((resolve) => (markStarted = resolve))
  const released = new Promise<void>((resolve) => (release = resolve))
  let held = false
  const chain = (target: any): any =>
    new Proxy(target, {
      get(t, prop) {
        const value = t[prop]
        if ((prop === 'get' || prop === 'update') && !held) {
          return async (...args: unknown[]) => {
            held = true
            if (prop === 'update') {
              markStarted()
              await released
              return value.apply(t, args)
            }
            const result = await value.apply(t, args)
            markStarted()
            await released
            return result
          }
        }
        if (prop === 'where' || prop === 'limit') return (...args: unknown[]) => chain(value.apply(t, args))
        return typeof value === 'function' ? value.bind(t) : value
      },
    })
  const db = new Proxy(real, {
    get(t, prop) {
      if (prop === 'collection') return (name: string) => (name === 'smsCodes' ? chain(t.collection(name)) : t.collection(name))
      const value = (t as any)[prop]
      return typeof value === 'function' ? value.bind(t) : value
    },
  })
  return { db, started, release }
}

let serial = 0
/** Every test gets its own code document, so limits and locks never leak between tests. */
const fresh = (purpose: SmsPurpose = 'bindStaff'): CodeRequest => ({
  purpose,
  key: `k${++serial}`,
  account: `o-${serial}`,
  phone: `1360000${String(serial).padStart(4, '0')}`,
})
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

/** The expected failure's code, or 'OK'. */
async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'OK'
  } catch (e) {
    if (e instanceof Failure) return e.code
    throw e
  }
}

describe('SMS one-time codes', () => {
  it('texts a 6-digit code for its purpose, stores only its hash, and lets it be used once', async () => {
    const sms = outbox()
    const to = fresh('bindDelegate')
    await sendCode(db, START, sms.port, to)
    expect(sms.sent).toEqual([{ phone: to.phone, code: expect.stringMatching(/^\d{6}$/), purpose: 'bindDelegate' }])
    const [doc] = await emu.query('smsCodes', { _id: smsCodeId(to) })
    expect(JSON.stringify(doc)).not.toContain(`"${sms.last()}"`)

    expect(await consumeCode(db, START + MINUTE, to, sms.last())).toBe(to.phone)
    expect(await outcome(consumeCode(db, START + MINUTE, to, sms.last()))).toBe('CODE_MISSING')
  })

  it('keeps purposes apart: a code unlocks only what it was sent for', async () => {
    const sms = outbox()
    const to = fresh('bindOwner')
    await sendCode(db, START, sms.port, to)
    expect(await outcome(checkCode(db, START, { ...to, purpose: 'changePhone' }, sms.last()))).toBe('CODE_MISSING')
    expect(await outcome(checkCode(db, START, to, sms.last()))).toBe('OK')
  })

  it('expires a code after 5 minutes', async () => {
    const sms = outbox()
    const to = fresh()
    await sendCode(db, START, sms.port, to)
    expect(await outcome(consumeCode(db, START + CODE_TTL_MS, to, sms.last()))).toBe('CODE_EXPIRED')
  })

  it('sends one code a minute and ten a Beijing day', async () => {
    const sms = outbox()
    const to = fresh()
    await sendCode(db, START, sms.port, to)
    await expect(sendCode(db, START + 20_000, sms.port, to)).rejects.toMatchObject({
      code: 'TOO_FREQUENT',
      message: '发送太频繁，请40秒后再试',
    })
    for (let i = 1; i < MAX_PER_DAY; i++) await sendCode(db, START + i * MINUTE, sms.port, to)
    await expect(sendCode(db, START + MAX_PER_DAY * MINUTE, sms.port, to)).rejects.toMatchObject({
      code: 'TOO_FREQUENT',
      message: expect.stringContaining('明天'),
    })
    await sendCode(db, START + 24 * 60 * MINUTE, sms.port, to)
    expect(sms.sent).toHaveLength(MAX_PER_DAY + 1)
  })

  it('locks for 15 minutes after 5 wrong codes, refusing even the right code and a new one meanwhile', async () => {
    const sms = outbox()
    const to = fresh()
    await sendCode(db, START, sms.port, to)
    const code = sms.last()
    const tries = []
    for (let i = 0; i < 5; i++) tries.push(await outcome(checkCode(db, START, to, otherThan(code))))
    expect(tries).toEqual(['CODE_WRONG', 'CODE_WRONG', 'CODE_WRONG', 'CODE_WRONG', 'LOCKED'])
    expect(await outcome(checkCode(db, START, to, code))).toBe('LOCKED')
    expect(await outcome(sendCode(db, START + 2 * MINUTE, sms.port, to))).toBe('LOCKED')

    await sendCode(db, START + LOCK_MS + 1, sms.port, to)
    expect(await consumeCode(db, START + LOCK_MS + 1, to, sms.last())).toBe(to.phone)
  })

  it('counts concurrent wrong tries exactly: the fifth locks', async () => {
    const sms = outbox()
    const to = fresh()
    await sendCode(db, START, sms.port, to)
    const wrong = otherThan(sms.last())
    const results = await Promise.all(Array.from({ length: 5 }, () => outcome(checkCode(db, START, to, wrong))))
    expect(results.sort()).toEqual(['CODE_WRONG', 'CODE_WRONG', 'CODE_WRONG', 'CODE_WRONG', 'LOCKED'])
  })

  it('answers at most 5 of many concurrent guesses: a burst locks the code, and a right guess that lands after it is refused', async () => {
    const sms = outbox()
    const to = fresh()
    await sendCode(db, START, sms.port, to)
    const code = sms.last()
    // The right guess sets out first (its first round trip is under way), but lands after the burst of wrong guesses.
    const gate = firstOpGate(db)
    const right = outcome(checkCode(gate.db, START, to, code))
    await gate.started
    const burst = await Promise.all(Array.from({ length: 20 }, () => outcome(checkCode(db, START, to, otherThan(code)))))
    gate.release()
    expect(burst.filter((r) => r === 'CODE_WRONG')).toHaveLength(MAX_WRONG - 1)
    expect(burst.filter((r) => r === 'LOCKED')).toHaveLength(20 - (MAX_WRONG - 1))
    expect(await right).toBe('LOCKED')
    const [doc] = await emu.query('smsCodes', { _id: smsCodeId(to) })
    expect(doc).toMatchObject({ tries: MAX_WRONG, used: true, codeHash: null })
    expect(await outcome(checkCode(db, START + MINUTE, to, code))).toBe('LOCKED')
  })

  it('does not count the successful try against the person once the code is used', async () => {
    const sms = outbox()
    const to = fresh()
    await sendCode(db, START, sms.port, to)
    const code = sms.last()
    for (let i = 0; i < MAX_WRONG - 1; i++) expect(await outcome(checkCode(db, START, to, otherThan(code)))).toBe('CODE_WRONG')
    expect(await consumeCode(db, START, to, code)).toBe(to.phone)
    const [doc] = await emu.query('smsCodes', { _id: smsCodeId(to) })
    expect(doc).toMatchObject({ used: true, tries: 0, lockedUntil: null })
  })

  it('lets only one of two concurrent submissions of the right code through', async () => {
    const sms = outbox()
    const to = fresh()
    await sendCode(db, START, sms.port, to)
    const results = await Promise.all([1, 2].map(() => outcome(consumeCode(db, START, to, sms.last()))))
    expect(results.sort()).toEqual(['CODE_MISSING', 'OK'])
  })

  it('sends only one of two concurrent requests', async () => {
    const sms = outbox()
    const to = fresh()
    const results = await Promise.all([1, 2].map(() => outcome(sendCode(db, START, sms.port, to))))
    expect(results.sort()).toEqual(['OK', 'TOO_FREQUENT'])
    expect(sms.sent).toHaveLength(1)
  })

  it('does not count a code the provider refused: the person may ask again at once', async () => {
    const sms = outbox()
    const to = fresh()
    await sendCode(db, START, sms.port, to)
    sms.port.refuse = true
    expect(await outcome(sendCode(db, START + MINUTE, sms.port, to))).toBe('SMS_FAILED')
    sms.port.refuse = false
    // The earlier code is back as it was, and the minute counts from it, not from the refused send.
    expect(await outcome(checkCode(db, START + MINUTE, to, sms.sent[0].code))).toBe('OK')
    await sendCode(db, START + MINUTE, sms.port, to)
    expect(sms.sent).toHaveLength(2)
  })

  /** One account's wrong codes for one person, a whole day's worth: two codes, each locked by its fifth wrong try. */
  async function wrongAllDay(sms: ReturnType<typeof outbox>, to: CodeRequest): Promise<string[]> {
    const answers: string[] = []
    for (const at of [START, START + LOCK_MS + 1]) {
      await sendCode(db, at, sms.port, to)
      const code = sms.last()
      for (let i = 0; i < MAX_WRONG; i++) answers.push(await outcome(checkCode(db, at, to, otherThan(code))))
    }
    return answers
  }

  it('keeps one account to 10 wrong codes a day for one person, without locking out another account', async () => {
    const sms = outbox()
    const stranger = fresh()
    expect((await wrongAllDay(sms, stranger)).filter((a) => a === 'CODE_WRONG' || a === 'LOCKED')).toHaveLength(ACCOUNT_WRONG_PER_DAY)
    const later = START + 2 * LOCK_MS + 2
    await expect(sendCode(db, later, sms.port, stranger)).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringContaining('明天'),
    })
    // The owner, asking from her own account about the same person, gets her code and uses it.
    const owner = { ...stranger, account: `${stranger.account}-owner` }
    await sendCode(db, later, sms.port, owner)
    expect(await consumeCode(db, later, owner, sms.last())).toBe(owner.phone)
    // The stranger's day ends too.
    await sendCode(db, START + 24 * 60 * MINUTE, sms.port, stranger)
  })

  it('counts wrong codes per person from all accounts: past that daily allowance nobody gets a code', async () => {
    const sms = outbox()
    const person = fresh()
    const accounts = Array.from({ length: PERSON_WRONG_PER_DAY / ACCOUNT_WRONG_PER_DAY }, (_v, i) => ({
      ...person,
      account: `${person.account}-${i}`,
    }))
    for (const account of accounts) await wrongAllDay(sms, account)
    const next = { ...person, account: `${person.account}-next` }
    await expect(sendCode(db, START + 2 * LOCK_MS + 2, sms.port, next)).rejects.toMatchObject({ code: 'LOCKED' })
  })
})
