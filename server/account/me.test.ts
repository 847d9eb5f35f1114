import { startHarness, type Harness } from '../testing/harness'
import { failNextWrite } from '../testing/faults'
import { getDb } from '../cloud'
import { freshDelegation } from '../testing/accountFixtures'
import { freshAccount } from '../testing/committeeFixtures'

/** 权限管理 → 我的: role, permissions, own phone; change phone by SMS to the new one; 解绑 with an audit entry. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('me')
})
afterAll(async () => {
  await h?.close()
})

/** Changes a seeded document, as the test's setup. */
const patch = (collection: string, id: string, data: object) => getDb().collection(collection).doc(id).update({ data })

describe('my account', () => {
  it('shows the owner her roles, what she may do, and her own phone in full', async () => {
    const me = await h.call('owner', 'account', 'myAccount')
    const owner = h.world.caller('owner')
    expect(me).toMatchObject({
      ok: true,
      data: { name: '王业主', phone: owner.phone, roles: [{ role: 'owner', label: '业主', communityName: '甲花园', status: 'active' }] },
    })
    const features = me.ok ? me.data.permissions.map((p: { feature: string }) => p.feature) : []
    expect(features).toEqual(expect.arrayContaining(['account', 'committee']))
  })

  it('answers a stranger with an empty account rather than an error', async () => {
    expect(await h.call('stranger', 'account', 'myAccount')).toEqual({
      ok: true,
      data: { name: null, phone: null, phoneMasked: null, roles: [], permissions: [] },
    })
  })
})

describe('changing the bound phone', () => {
  it('moves a staff account to the new phone once the code sent there is entered', async () => {
    const newPhone = '13500000001'
    const sent = await h.call('staff', 'account', 'sendPhoneChangeCode', { phone: newPhone })
    expect(sent).toEqual({ ok: true, data: { phoneMasked: '135****0001' } })
    const wrong = await h.call('staff', 'account', 'changePhone', { phone: '13500000002', code: await h.smsCode(newPhone) })
    expect(wrong).toMatchObject({ ok: false, code: 'CODE_MISSING' })
    const changed = await h.call('staff', 'account', 'changePhone', { phone: newPhone, code: await h.smsCode(newPhone) })
    expect(changed).toMatchObject({ ok: true, data: { phone: newPhone, phoneMasked: '135****0001' } })
    const [grant] = await h.emulator.query('roles', { openid: h.world.caller('staff').openid })
    expect(grant.phone).toBe(newPhone)
    const [entry] = await h.emulator.query('audit', { action: 'account.changePhone', targetId: h.world.caller('staff').openid })
    expect(entry).toMatchObject({ before: { phone: expect.stringContaining('****') }, after: { phone: '135****0001' } })
  })

  it("moves an owner's registered phone too", async () => {
    const newPhone = '13500000003'
    await h.call('owner', 'account', 'sendPhoneChangeCode', { phone: newPhone })
    expect(await h.call('owner', 'account', 'changePhone', { phone: newPhone, code: await h.smsCode(newPhone) })).toMatchObject({
      ok: true,
    })
    const [person] = await h.emulator.query('persons', { _id: h.world.ownerOf('own').personId })
    expect(person).toMatchObject({ phone: newPhone, phoneMasked: '135****0003' })
  })

  it('refuses the same phone, a stranger, and bad numbers, writing nothing', async () => {
    const before = h.writes()
    const staffPhone = '13500000001'
    expect(await h.call('staff', 'account', 'sendPhoneChangeCode', { phone: staffPhone })).toMatchObject({ ok: false, code: 'SAME_PHONE' })
    expect(await h.call('stranger', 'account', 'sendPhoneChangeCode', { phone: '13500000009' })).toMatchObject({
      ok: false,
      code: 'NOT_BOUND',
    })
    expect(await h.call('staff', 'account', 'sendPhoneChangeCode', { phone: '1350000' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '手机号码：请填写11位手机号码',
    })
    expect(await h.call('staff', 'account', 'changePhone', { phone: '13500000009' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('验证码'),
    })
    expect(h.writes()).toBe(before)
  })
})

describe('解绑', () => {
  it('needs an explicit confirmation', async () => {
    const before = h.writes()
    expect(await h.call('owner', 'account', 'unbind', {})).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('请确认解绑'),
    })
    expect(h.writes()).toBe(before)
  })

  it("ends an owner's binding and leaves an audit entry", async () => {
    const owner = await h.world.clone('owner')
    expect(await h.call({ openid: owner.openid! }, 'account', 'unbind', { confirm: true })).toEqual({ ok: true, data: { unbound: true } })
    expect(await h.emulator.query('bindings', { openid: owner.openid })).toEqual([])
    const me = await h.call({ openid: owner.openid! }, 'account', 'myAccount')
    expect(me.ok && me.data.roles).toEqual([])
    const [entry] = await h.emulator.query('audit', { action: 'account.unbind', targetId: owner.openid })
    expect(entry.before.bindings).toHaveLength(1)
  })

  it('frees a roster account so the person can bind again, and then must be authorised again', async () => {
    const accountId = await freshAccount(h.world, 'own', 'active')
    const [account] = await h.emulator.query('roles', { _id: accountId })
    expect(await h.call({ openid: account.openid }, 'account', 'unbind', { confirm: true })).toMatchObject({ ok: true })
    const [after] = await h.emulator.query('roles', { _id: accountId })
    expect(after).toMatchObject({ status: 'revoked', formerOpenid: account.openid })
    expect(after.openid).toBeUndefined()
    const list = await h.call('director', 'account', 'listCommitteePeople', { communityId: h.world.community('own') })
    expect(list.ok && list.data.people.find((p: { accountId: string }) => p.accountId === accountId)).toMatchObject({ status: 'unbound' })
  })

  it('has nothing to end for a stranger', async () => {
    expect(await h.call('stranger', 'account', 'unbind', { confirm: true })).toMatchObject({ ok: false, code: 'NOT_BOUND' })
  })
})

describe('a change that failed half way is finished by trying again', () => {
  /** The call as a dropped connection ends it: the function throws, or answers a failure. */
  const broken = (p: Promise<unknown>) =>
    p.then(
      (r) => expect(r).toMatchObject({ ok: false }),
      (e) => expect(e).toBeInstanceOf(Error),
    )

  it('changing the phone: a failure moves nothing, and the same code then moves it everywhere', async () => {
    const accountId = await freshAccount(h.world, 'own', 'active')
    const [account] = await h.emulator.query('roles', { _id: accountId })
    const who = { openid: account.openid as string }
    const newPhone = '13500000021'
    expect(await h.call(who, 'account', 'sendPhoneChangeCode', { phone: newPhone })).toMatchObject({ ok: true })
    const code = await h.smsCode(newPhone)
    const fault = failNextWrite('committeeMembers')
    await broken(h.call(who, 'account', 'changePhone', { phone: newPhone, code }))
    expect(fault.fired()).toBe(true)
    expect((await h.emulator.query('roles', { _id: accountId }))[0].phone).toBe(account.phone)
    expect(await h.call(who, 'account', 'changePhone', { phone: newPhone, code })).toMatchObject({ ok: true, data: { phone: newPhone } })
    expect((await h.emulator.query('roles', { _id: accountId }))[0].phone).toBe(newPhone)
    expect((await h.emulator.query('committeeMembers', { _id: account.rosterId }))[0].phone).toBe(newPhone)
  })

  it('解绑: a failure ends nothing, and a retry ends the binding and the delegations held', async () => {
    const owner = await h.world.clone('owner')
    const held = await freshDelegation(h.world, 'own')
    await patch('delegations', held.delegationId, { delegateOpenid: owner.openid, status: 'active' })
    const fault = failNextWrite('delegations')
    await broken(h.call({ openid: owner.openid! }, 'account', 'unbind', { confirm: true }))
    expect(fault.fired()).toBe(true)
    expect(await h.emulator.query('bindings', { openid: owner.openid })).toHaveLength(1)
    expect(await h.call({ openid: owner.openid! }, 'account', 'unbind', { confirm: true })).toEqual({ ok: true, data: { unbound: true } })
    expect(await h.emulator.query('bindings', { openid: owner.openid })).toEqual([])
    expect((await h.emulator.query('delegations', { _id: held.delegationId }))[0].status).toBe('revoked')
  })
})

describe('解绑 ends the delegations the owner granted from this account', () => {
  it('revokes her pending and active authorisations, each with an audit entry, and leaves others alone', async () => {
    const owner = await h.world.clone('owner')
    const [pending, active, others] = [
      await freshDelegation(h.world, 'own'),
      await freshDelegation(h.world, 'own'),
      await freshDelegation(h.world, 'own'),
    ]
    await patch('delegations', pending.delegationId, { ownerOpenid: owner.openid })
    await patch('delegations', active.delegationId, { ownerOpenid: owner.openid, status: 'active', delegateOpenid: 'me-someone' })
    expect(await h.call({ openid: owner.openid! }, 'account', 'unbind', { confirm: true })).toMatchObject({ ok: true })
    for (const d of [pending, active]) {
      expect((await h.emulator.query('delegations', { _id: d.delegationId }))[0]).toMatchObject({ status: 'revoked' })
      expect(await h.emulator.query('audit', { action: 'account.revokeDelegate', targetId: d.delegationId })).toEqual([
        expect.objectContaining({ actor: owner.openid, before: { status: expect.any(String) }, after: { status: 'revoked' } }),
      ])
    }
    expect((await h.emulator.query('delegations', { _id: others.delegationId }))[0].status).toBe('pending')
  })
})
