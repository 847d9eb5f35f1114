import type { TestEmulator } from '../../emulator/testing'
import { startTestEmulator } from '../../emulator/testing'
import type { MyHome } from '../../core/api/identity'
import { hashIdNumber, personIdFor } from '../register/hash'
import { row, testIdNumber } from '../testing/registerRows'
import { registerXlsx } from '../register/writeSheet'

const ESTATE = 'bind-estate'
const MINUTE = 60_000

/** Each test binds its own person, so rate limits and locks never leak between tests. */
const P = (n: number, name: string) => ({ name, idNumber: testIdNumber(100 + n), phone: `1390000${String(100 + n).padStart(4, '0')}` })
const happy = P(1, '王一'),
  wrong = P(2, '王二'),
  expired = P(3, '王三'),
  locked = P(4, '王四'),
  limited = P(5, '王五')
const taken = P(6, '王六'),
  raced = P(7, '王七'),
  multi = P(8, '王八'),
  coA = P(9, '王九'),
  coB = P(10, '王十'),
  linked = P(11, '王十一')
const counted = P(12, '王十二'),
  victim = P(13, '王十三')

let emu: TestEmulator

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: Date.UTC(2024, 5, 3, 2, 0, 0) })
  const owner = (p: ReturnType<typeof P>, room: string, extra = {}) =>
    row({ communityId: ESTATE, communityName: '绑定花园', room, ownerNames: p.name, idNumbers: p.idNumber, phones: p.phone, ...extra })
  const rows = [
    owner(happy, '101', { area: '89.45' }),
    owner(wrong, '102'),
    owner(expired, '103'),
    owner(locked, '104'),
    owner(limited, '105'),
    owner(taken, '106'),
    owner(raced, '107'),
    owner(multi, '108'),
    owner(multi, '208', { area: '150.00' }),
    owner(linked, '110'),
    owner(counted, '111'),
    owner(victim, '112'),
    row({
      communityId: ESTATE,
      communityName: '绑定花园',
      room: '109',
      ownerNames: `${coA.name}、${coB.name}`,
      idNumbers: `${coA.idNumber}、${coB.idNumber}`,
      phones: `${coA.phone}、${coB.phone}`,
    }),
  ]
  const imported = await emu.call(
    'admin',
    { action: 'importRegister', fileName: 'r.xlsx', contentBase64: (await registerXlsx(rows)).toString('base64') },
    { console: true },
  )
  expect(imported.ok).toBe(true)
})
afterAll(() => emu.close())

const send = (p: { name: string; idNumber: string }, openid: string | undefined) =>
  emu.call<{ phoneMasked: string }>('bindIdentity', { action: 'sendBindCode', name: p.name, idNumber: p.idNumber }, { openid })
const bind = (p: { name: string; idNumber: string }, code: string, openid: string) =>
  emu.call<MyHome>('bindIdentity', { action: 'bindIdentity', name: p.name, idNumber: p.idNumber, code }, { openid })
const home = (openid?: string) => emu.call<MyHome>('bindIdentity', { action: 'getMyHome' }, { openid })

async function latestCode(phone: string): Promise<string> {
  const sms = (await emu.outbox('sms')).find((m) => m.to === phone)
  if (!sms) throw new Error(`no SMS to ${phone}`)
  return sms.code
}

function otherCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0')
}

async function snapshot() {
  const [bindings, audit, roles] = await Promise.all(['bindings', 'audit', 'roles'].map((c) => emu.query(c)))
  return { bindings: bindings.length, audit: audit.length, roles: roles.length }
}

describe('identity binding', () => {
  it('binds with the code texted to the registered phone and answers MyHome', async () => {
    const sent = await send(happy, 'o-happy')
    expect(sent).toEqual({ ok: true, data: { phoneMasked: '139****0101' } })
    const [sms] = await emu.outbox('sms')
    expect(sms).toMatchObject({ kind: 'sms', to: happy.phone, text: `【业主决策平台】您的验证码是${sms.code}，5分钟内有效。` })

    const result = await bind(happy, sms.code, 'o-happy')
    expect(result).toMatchObject({
      ok: true,
      data: {
        person: { name: happy.name, phoneMasked: '139****0101' },
        community: { id: ESTATE, name: '绑定花园' },
        units: [{ id: `${ESTATE}:1-1-101`, building: '1', unitNo: '1', room: '101', areaCenti: 8945 }],
        roles: [{ role: 'owner', label: '业主', communityId: ESTATE, communityName: '绑定花园', status: 'active' }],
      },
    })
    const personId = personIdFor(ESTATE, hashIdNumber(happy.idNumber))
    expect(await emu.query('bindings', { _id: `${ESTATE}:${personId}` })).toEqual([
      expect.objectContaining({ openid: 'o-happy', personId, communityId: ESTATE }),
    ])
    expect(await emu.query('audit', { action: 'bindIdentity.bindIdentity', actor: 'o-happy' })).toHaveLength(1)
    expect(await home('o-happy')).toEqual(result)
  })

  it('keeps codes hashed and phones masked in every answer', async () => {
    const codes = await emu.query('smsCodes')
    const [sms] = await emu.outbox('sms')
    expect(JSON.stringify(codes)).not.toContain(`"${sms.code}"`)
    expect(JSON.stringify(await home('o-happy'))).not.toContain(happy.phone)
  })

  it('refuses a wrong code, writing nothing but the try counter', async () => {
    await send(wrong, 'o-wrong')
    const code = await latestCode(wrong.phone)
    const before = await snapshot()
    expect(await bind(wrong, otherCode(code), 'o-wrong')).toMatchObject({ ok: false, code: 'CODE_WRONG', message: '验证码不正确' })
    expect(await snapshot()).toEqual(before)
    expect(await bind(wrong, code, 'o-wrong')).toMatchObject({ ok: true })
  })

  it('expires a code after 5 minutes', async () => {
    await send(expired, 'o-expired')
    const code = await latestCode(expired.phone)
    emu.clock.advance(5 * MINUTE + 1000)
    const before = await snapshot()
    expect(await bind(expired, code, 'o-expired')).toMatchObject({
      ok: false,
      code: 'CODE_EXPIRED',
      message: expect.stringMatching(/过期/),
    })
    expect(await snapshot()).toEqual(before)
  })

  it('asks for a code first', async () => {
    expect(await bind(multi, '123456', 'o-multi')).toMatchObject({ ok: false, code: 'CODE_MISSING' })
  })

  it('locks a person for 15 minutes after 5 wrong codes', async () => {
    await send(locked, 'o-locked')
    const code = await latestCode(locked.phone)
    for (let i = 0; i < 4; i++) expect(await bind(locked, otherCode(code), 'o-locked')).toMatchObject({ code: 'CODE_WRONG' })
    expect(await bind(locked, otherCode(code), 'o-locked')).toMatchObject({ ok: false, code: 'LOCKED' })
    expect(await bind(locked, code, 'o-locked')).toMatchObject({ ok: false, code: 'LOCKED' })
    expect(await send(locked, 'o-locked')).toMatchObject({ ok: false, code: 'LOCKED' })

    emu.clock.advance(15 * MINUTE + 1000)
    expect(await send(locked, 'o-locked')).toMatchObject({ ok: true })
    expect(await bind(locked, await latestCode(locked.phone), 'o-locked')).toMatchObject({ ok: true })
  })

  it('sends one code a minute and ten a day', async () => {
    expect(await send(limited, 'o-limited')).toMatchObject({ ok: true })
    expect(await send(limited, 'o-limited')).toMatchObject({ ok: false, code: 'TOO_FREQUENT' })
    for (let i = 2; i <= 10; i++) {
      emu.clock.advance(61_000)
      expect(await send(limited, 'o-limited')).toMatchObject({ ok: true })
    }
    emu.clock.advance(61_000)
    expect(await send(limited, 'o-limited')).toMatchObject({ ok: false, code: 'TOO_FREQUENT', message: expect.stringContaining('明天') })
    emu.clock.advance(24 * 60 * MINUTE)
    expect(await send(limited, 'o-limited')).toMatchObject({ ok: true })
  })

  it('keeps the owner from being locked out by a stranger who knows her name and ID number', async () => {
    const stranger = 'o-stranger-knows'
    // The stranger asks for all the codes one account may have today, and wrongs every try.
    expect(await send(victim, stranger)).toMatchObject({ ok: true })
    for (let i = 2; i <= 10; i++) {
      emu.clock.advance(61_000)
      expect(await send(victim, stranger)).toMatchObject({ ok: true })
    }
    const code = await latestCode(victim.phone)
    for (let i = 0; i < 4; i++) expect(await bind(victim, otherCode(code), stranger)).toMatchObject({ code: 'CODE_WRONG' })
    expect(await bind(victim, otherCode(code), stranger)).toMatchObject({ code: 'LOCKED' })
    emu.clock.advance(61_000)
    expect(await send(victim, stranger)).toMatchObject({ ok: false })
    // The owner, from her own WeChat, still gets a code and binds.
    expect(await send(victim, 'o-victim')).toMatchObject({ ok: true })
    expect(await bind(victim, await latestCode(victim.phone), 'o-victim')).toMatchObject({ ok: true })
  })

  it('does not know people outside the register', async () => {
    const before = await snapshot()
    const outbox = (await emu.outbox('sms')).length
    expect(await send({ name: '王一', idNumber: testIdNumber(999) }, 'o-x')).toMatchObject({
      ok: false,
      code: 'UNKNOWN_PERSON',
      message: expect.stringContaining('没有找到'),
    })
    expect(await send({ name: '王一一', idNumber: happy.idNumber }, 'o-x')).toMatchObject({ ok: false, code: 'UNKNOWN_PERSON' })
    expect(await bind({ name: '王一一', idNumber: happy.idNumber }, '123456', 'o-x')).toMatchObject({ ok: false, code: 'UNKNOWN_PERSON' })
    expect(await snapshot()).toEqual(before)
    expect(await emu.outbox('sms')).toHaveLength(outbox)
  })

  it('refuses a person already bound to another WeChat account', async () => {
    await send(taken, 'o-first')
    expect(await bind(taken, await latestCode(taken.phone), 'o-first')).toMatchObject({ ok: true })
    expect(await send(taken, 'o-second')).toMatchObject({ ok: false, code: 'ALREADY_BOUND', message: expect.stringContaining('其他微信') })
    expect(await bind(taken, '123456', 'o-second')).toMatchObject({ ok: false, code: 'ALREADY_BOUND' })
  })

  it('lets exactly one of two concurrent binds win', async () => {
    // Each account asks for its own code (a code is for the account that asked).
    await send(raced, 'o-race-a')
    const codeA = await latestCode(raced.phone)
    await send(raced, 'o-race-b')
    const codeB = await latestCode(raced.phone)
    const results = await Promise.all([bind(raced, codeA, 'o-race-a'), bind(raced, codeB, 'o-race-b')])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ code: 'ALREADY_BOUND' })
    const personId = personIdFor(ESTATE, hashIdNumber(raced.idNumber))
    expect(await emu.query('bindings', { personId })).toHaveLength(1)
  })

  it('shows both units of an owner with two, and a co-owned unit to each co-owner who binds', async () => {
    await send(multi, 'o-multi')
    const result = await bind(multi, await latestCode(multi.phone), 'o-multi')
    expect(result.ok && result.data.units.map((u) => [u.id, u.areaCenti])).toEqual([
      [`${ESTATE}:1-1-108`, 8945],
      [`${ESTATE}:1-1-208`, 15000],
    ])

    await send(coA, 'o-co-a')
    await bind(coA, await latestCode(coA.phone), 'o-co-a')
    await send(coB, 'o-co-b')
    await bind(coB, await latestCode(coB.phone), 'o-co-b')
    for (const openid of ['o-co-a', 'o-co-b']) {
      const h = await home(openid)
      expect(h.ok && h.data.units.map((u) => u.id)).toEqual([`${ESTATE}:1-1-109`])
    }
  })

  it('links roles granted to the person before binding, with pending status shown', async () => {
    const personId = personIdFor(ESTATE, hashIdNumber(linked.idNumber))
    expect(
      await emu.call('admin', { action: 'grantRole', personId, name: linked.name, role: 'staff', communityId: ESTATE }, { console: true }),
    ).toMatchObject({ ok: true })
    await send(linked, 'o-linked')
    const result = await bind(linked, await latestCode(linked.phone), 'o-linked')
    expect(result.ok && result.data.roles.map((r) => [r.role, r.label, r.status])).toEqual([
      ['owner', '业主', 'active'],
      ['staff', '经办人', 'pending'],
    ])
    expect(await emu.query('roles', { personId, openid: 'o-linked' })).toHaveLength(1)
  })

  it('answers a stranger with an empty home, and asks the signed-out to sign in before binding', async () => {
    expect(await home('o-stranger')).toEqual({ ok: true, data: { person: null, community: null, communities: [], units: [], roles: [] } })
    expect(await home(undefined)).toMatchObject({ ok: true, data: { person: null, units: [], roles: [] } })
    expect(await send(happy, undefined)).toMatchObject({ ok: false, code: 'NOT_SIGNED_IN' })
  })

  it('binds in few database round trips', async () => {
    const trips = async (call: () => Promise<unknown>) => {
      emu.resetStats()
      await call()
      return emu.stats()['fn.bindIdentity.db'] ?? 0
    }
    const counts = {
      strangerHome: await trips(() => home('o-counted')),
      send: await trips(() => send(counted, 'o-counted')),
      wrongCode: await trips(async () => bind(counted, otherCode(await latestCode(counted.phone)), 'o-counted')),
      bind: await trips(async () => bind(counted, await latestCode(counted.phone), 'o-counted')),
      home: await trips(() => home('o-counted')),
    }
    // send: persons, bindings, code, the day's allowances (one read), code write, the account's, the phone's
    // and the person's allowance (one write each), SMS. wrong code: persons, bindings, code, try counter,
    // the account's and the person's wrong tries today (one write each).
    // bind: those three, the transaction (6), linking granted roles, the caller's roles (3), the home (3).
    // home: the caller's roles (3), persons, units, community names.
    expect(counts).toEqual({ strangerHome: 3, send: 9, wrongCode: 6, bind: 16, home: 6 })
  })

  it('shows government roles with their street or district', async () => {
    await emu.call(
      'admin',
      { action: 'grantRole', openid: 'o-gov', name: '冯审核', role: 'streetReviewer', street: '桃源街道', district: '南山区' },
      { console: true },
    )
    const result = await home('o-gov')
    expect(result).toMatchObject({
      ok: true,
      data: { person: null, roles: [{ role: 'streetReviewer', label: '街道办审核人', scopeName: '桃源街道', status: 'active' }] },
    })
  })
})
