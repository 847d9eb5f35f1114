import { freshDelegation } from './testing/accountFixtures'
import { freshRosterPerson } from './testing/committeeFixtures'
import { startHarness, type Harness } from './testing/harness'
import { ACCOUNT_PHONES_PER_DAY, PHONE_SENDS_PER_DAY } from './smsQuotas'

/*
 * SMS flooding, through the real functions: every code-sending action (owner binding, staff binding,
 * delegate binding, phone change) goes through the one limiter, per caller account, per target phone
 * and per person, a Beijing day at a time; requests that arrive at once cannot slip past it.
 */
let h: Harness
beforeAll(async () => {
  h = await startHarness('sq')
})
afterAll(async () => {
  await h?.close()
})

const phones = (n: number, from: number) => Array.from({ length: n }, (_v, i) => `1350${String(from + i).padStart(7, '0')}`)
const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'OK' : r.code)

describe('codes a WeChat account may have sent in a day', () => {
  it(`reach at most ${ACCOUNT_PHONES_PER_DAY} different phones, however many phone-change requests arrive at once`, async () => {
    const targets = phones(30, 1)
    const answers = await Promise.all(targets.map((phone) => h.call('owner', 'account', 'sendPhoneChangeCode', { phone })))
    expect(answers.filter((a) => a.ok)).toHaveLength(ACCOUNT_PHONES_PER_DAY)
    const refused = answers.filter((a) => !a.ok)
    expect(refused.map(codeOf)).toEqual(refused.map(() => 'SMS_DAILY_LIMIT'))
    expect(refused[0]).toMatchObject({ message: expect.stringMatching(/今天.*明天再试/) })
    const sent = (await h.emulator.outbox('sms')).filter((m) => targets.includes(String(m.to)))
    expect(sent).toHaveLength(ACCOUNT_PHONES_PER_DAY)
  })

  it('are counted once for all the actions that send them: a staff code to a further phone is refused too', async () => {
    const rostered = await freshRosterPerson(h.world, 'own', 'staff')
    const targets = phones(ACCOUNT_PHONES_PER_DAY, 100)
    for (const phone of targets) expect(codeOf(await h.call('staffPending', 'account', 'sendPhoneChangeCode', { phone }))).toBe('OK')
    // The same account asks for a staff-binding code to a roster phone: a sixth phone today.
    expect(codeOf(await h.call('staffPending', 'account', 'sendStaffCode', { name: rostered.name, phone: rostered.phone }))).toBe(
      'SMS_DAILY_LIMIT',
    )
    // So is a delegate-binding code, to the phone the owner gave for her delegate.
    const delegation = await freshDelegation(h.world, 'own')
    const asked = { name: delegation.name, idNumber: delegation.idNumber }
    expect(codeOf(await h.call('staffPending', 'account', 'sendDelegateCode', asked))).toBe('SMS_DAILY_LIMIT')
    // A new day, a new allowance.
    h.emulator.clock.advance(24 * 3600_000)
    expect(codeOf(await h.call('staffPending', 'account', 'sendDelegateCode', asked))).toBe('OK')
  })
})

describe('codes one phone may receive in a day', () => {
  it('are limited however many accounts ask at once', async () => {
    const phone = phones(1, 300)[0]
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_v, i) => h.call({ openid: `sq-flood-${i}` }, 'account', 'sendStaffCode', { name: '无此人', phone })),
    )
    // Nobody of that name is on a roster: nothing is sent at all.
    expect(answers.map(codeOf).every((c) => c === 'NOT_ON_ROSTER')).toBe(true)
    const staff = await freshRosterPerson(h.world, 'own', 'staff')
    const many = await Promise.all(
      Array.from({ length: PHONE_SENDS_PER_DAY + 10 }, (_v, i) =>
        h.call({ openid: `sq-many-${i}` }, 'account', 'sendStaffCode', { name: staff.name, phone: staff.phone }),
      ),
    )
    const ok = many.filter((a) => a.ok).length
    expect(ok).toBe(PHONE_SENDS_PER_DAY)
    expect(many.filter((a) => !a.ok).map(codeOf)).toEqual(many.filter((a) => !a.ok).map(() => 'SMS_DAILY_LIMIT'))
    expect((await h.emulator.outbox('sms')).filter((m) => m.to === staff.phone)).toHaveLength(ok)
  })
})
