import { startHarness, type Harness } from '../testing/harness'
import { interceptNextWrite } from '../testing/faults'
import { getDb } from '../cloud'
import { freshAccount } from '../testing/committeeFixtures'

/**
 * Staff binding (物业服务或业委会人员): on the roster → SMS code → a pending account that can do
 * nothing until the director authorises it; the director can revoke it at any time.
 */
let h: Harness
beforeAll(async () => {
  h = await startHarness('st')
})
afterAll(async () => {
  await h?.close()
})

async function rosterStaff(name: string, phone: string) {
  const added = await h.call('director', 'committee', 'addMember', {
    communityId: h.world.community('own'),
    kind: 'staff',
    name,
    position: '经办人',
    phone,
  })
  expect(added.ok).toBe(true)
}

describe('a staff member binds and waits for the director', () => {
  const wx = { openid: 'st-wx-chen' }
  const phone = '13600000001'
  let accountId = ''

  it('binds with name, phone and the SMS code, as a pending 经办人', async () => {
    await rosterStaff('陈经办', phone)
    const sent = await h.call(wx, 'account', 'sendStaffCode', { name: '陈经办', phone })
    expect(sent).toEqual({ ok: true, data: { phoneMasked: '136****0001' } })
    const bound = await h.call(wx, 'account', 'bindStaff', { name: '陈经办', phone, code: await h.smsCode(phone) })
    expect(bound.ok && bound.data.accounts).toEqual([
      expect.objectContaining({ role: 'staff', status: 'pending', statusLabel: '待主任授权', communityName: '甲花园' }),
    ])
    accountId = bound.ok ? bound.data.accounts[0].accountId : ''
  })

  it('can do nothing while pending, but sees her own status', async () => {
    const refused = await h.call(wx, 'committee', 'listMembers', { communityId: h.world.community('own') })
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const me = await h.call(wx, 'account', 'myAccount')
    expect(me.ok && me.data.roles).toEqual([expect.objectContaining({ role: 'staff', status: 'pending' })])
    expect(me.ok && me.data.permissions).toEqual([])
    expect(me.ok && me.data.phone).toBe(phone)
  })

  it('shows up on the 权限管理 list as waiting', async () => {
    const list = await h.call('director', 'account', 'listCommitteePeople', { communityId: h.world.community('own') })
    expect(list.ok && list.data.people).toContainEqual(
      expect.objectContaining({ accountId, name: '陈经办', status: 'pending', phoneMasked: '136****0001', isMe: false }),
    )
  })

  it('may not be authorised by anyone but the director', async () => {
    expect(await h.call('member', 'account', 'authorizeStaff', { accountId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(wx, 'account', 'authorizeStaff', { accountId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('acts once the director authorises her', async () => {
    const authorised = await h.call('director', 'account', 'authorizeStaff', { accountId })
    expect(authorised).toMatchObject({ ok: true, data: { status: 'active', name: '陈经办' } })
    expect(await h.call(wx, 'committee', 'listMembers', { communityId: h.world.community('own') })).toMatchObject({ ok: true })
    const me = await h.call(wx, 'account', 'myAccount')
    expect(me.ok && me.data.permissions.map((p: { feature: string }) => p.feature)).toEqual(
      expect.arrayContaining(['account', 'committee']),
    )
  })

  it('is refused again once revoked, with the reason kept in the audit', async () => {
    const revoked = await h.call('director', 'account', 'revokeStaff', { accountId, reason: '已离职' })
    expect(revoked).toMatchObject({ ok: true, data: { status: 'revoked' } })
    expect(await h.call(wx, 'committee', 'listMembers', { communityId: h.world.community('own') })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const audit = await h.emulator.query('audit', { action: 'account.revokeStaff', targetId: accountId })
    expect(audit).toEqual([expect.objectContaining({ note: '已离职', actor: h.world.caller('director').openid })])
  })

  it('cannot be taken over by a second WeChat account', async () => {
    const phone2 = '13600000002'
    await rosterStaff('林经办', phone2)
    const lin = { openid: 'st-wx-lin' }
    const second = { openid: 'st-wx-second' }
    expect((await h.call(lin, 'account', 'sendStaffCode', { name: '林经办', phone: phone2 })).ok).toBe(true)
    expect((await h.call(lin, 'account', 'bindStaff', { name: '林经办', phone: phone2, code: await h.smsCode(phone2) })).ok).toBe(true)
    await h.emulator.clock.advance(61_000)
    expect((await h.call(second, 'account', 'sendStaffCode', { name: '林经办', phone: phone2 })).ok).toBe(true)
    const taken = await h.call(second, 'account', 'bindStaff', { name: '林经办', phone: phone2, code: await h.smsCode(phone2) })
    expect(taken).toMatchObject({ ok: false, code: 'ALREADY_BOUND' })
  })
})

describe('staff binding refuses what it should, writing nothing', () => {
  const wx = { openid: 'st-wx-bad' }

  it('refuses a name and phone that are not on any roster', async () => {
    const before = h.writes()
    const answer = await h.call(wx, 'account', 'sendStaffCode', { name: '无名氏', phone: '13600009999' })
    expect(answer).toMatchObject({ ok: false, code: 'NOT_ON_ROSTER', message: expect.stringContaining('名册') })
    expect(h.writes()).toBe(before)
  })

  it.each([
    ['a missing phone', { name: '张三' }, '手机号码'],
    ['a phone of the wrong type', { name: '张三', phone: 13600000001 }, '手机号码'],
    ['an oversize name', { name: '张'.repeat(41), phone: '13600000001' }, '姓名太长'],
  ])('answers %s with INVALID_INPUT in Chinese', async (_what, input, words) => {
    const before = h.writes()
    const answer = await h.call(wx, 'account', 'sendStaffCode', input)
    expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining(words) })
    expect(h.writes()).toBe(before)
  })

  it('locks after 5 wrong codes and expires codes after 5 minutes', async () => {
    const phone = '13600000003'
    await rosterStaff('吴经办', phone)
    await h.emulator.clock.advance(61_000)
    expect((await h.call(wx, 'account', 'sendStaffCode', { name: '吴经办', phone })).ok).toBe(true)
    expect(await h.call(wx, 'account', 'sendStaffCode', { name: '吴经办', phone })).toMatchObject({ ok: false, code: 'TOO_FREQUENT' })
    const code = await h.smsCode(phone)
    const wrong = code === '111111' ? '222222' : '111111'
    for (let i = 0; i < 4; i++) {
      expect(await h.call(wx, 'account', 'bindStaff', { name: '吴经办', phone, code: wrong })).toMatchObject({
        ok: false,
        code: 'CODE_WRONG',
      })
    }
    expect(await h.call(wx, 'account', 'bindStaff', { name: '吴经办', phone, code: wrong })).toMatchObject({ ok: false, code: 'LOCKED' })
    expect(await h.call(wx, 'account', 'bindStaff', { name: '吴经办', phone, code })).toMatchObject({ ok: false, code: 'LOCKED' })

    await h.emulator.clock.advance(16 * 60_000)
    expect((await h.call(wx, 'account', 'sendStaffCode', { name: '吴经办', phone })).ok).toBe(true)
    const fresh = await h.smsCode(phone)
    await h.emulator.clock.advance(5 * 60_000 + 1)
    expect(await h.call(wx, 'account', 'bindStaff', { name: '吴经办', phone, code: fresh })).toMatchObject({
      ok: false,
      code: 'CODE_EXPIRED',
    })
  })

  it('refuses to authorise an account of another community, an unknown one, or a director account', async () => {
    const other = await freshAccount(h.world, 'other')
    const before = h.writes()
    expect(await h.call('director', 'account', 'authorizeStaff', { accountId: other })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call('director', 'account', 'authorizeStaff', { accountId: 'st-nobody' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '没有找到这个账号',
    })
    const list = await h.call('director', 'account', 'listCommitteePeople', { communityId: h.world.community('own') })
    const director = list.ok ? list.data.people.find((p: { role: string }) => p.role === 'director') : undefined
    expect(await h.call('director', 'account', 'authorizeStaff', { accountId: director.accountId })).toMatchObject({
      ok: false,
      code: 'NOT_STAFF_ACCOUNT',
    })
    expect(h.writes()).toBe(before)
  })
})

describe('an operator-granted role claimed by someone else meanwhile', () => {
  it('is not bound, reported or audited when another account claims it between the read and the claim', async () => {
    const wx = { openid: 'st-wx-late' }
    const phone = '13600000031'
    const grantId = 'st-grant-raced'
    await h.emulator.insert('roles', [
      { _id: grantId, role: 'propertyManager', communityId: h.world.community('own'), status: 'active', name: '钱物业', phone },
    ])
    expect((await h.call(wx, 'account', 'sendStaffCode', { name: '钱物业', phone })).ok).toBe(true)
    const code = await h.smsCode(phone)
    // The first roles write of bindStaff is its claim: the other account's claim lands just before it.
    const race = interceptNextWrite('roles', async () => {
      await getDb()
        .collection('roles')
        .doc(grantId)
        .update({ data: { openid: 'st-wx-first' } })
    })
    const answer = await h.call(wx, 'account', 'bindStaff', { name: '钱物业', phone, code })
    expect(race.fired()).toBe(true)
    expect(answer).toMatchObject({ ok: false, code: 'ALREADY_BOUND' })
    expect((await h.emulator.query('roles', { _id: grantId }))[0].openid).toBe('st-wx-first')
    expect(await h.emulator.query('audit', { action: 'account.bindStaff', targetId: grantId })).toEqual([])
  })
})
