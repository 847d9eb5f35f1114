import { startHarness, type Harness } from '../testing/harness'
import { failNextWrite } from '../testing/faults'
import { freshAccount, freshMember } from '../testing/committeeFixtures'

/** 业委会管理 / 成员信息维护: the director keeps the roster; every change is kept in history. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('mb')
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.community('own')

describe('the director keeps the roster', () => {
  let memberId = ''

  it('adds a member, shown with a masked phone', async () => {
    const before = h.writes()
    const added = await h.call('director', 'committee', 'addMember', {
      communityId: own(),
      kind: 'alternate',
      name: '郑候补',
      position: '候补委员',
      phone: '13400000001',
      termStart: '2023-03-01',
      termEnd: '2028-02-28',
    })
    expect(added).toMatchObject({
      ok: true,
      data: { kind: 'alternate', kindLabel: '候补委员', name: '郑候补', phoneMasked: '134****0001', status: 'serving' },
    })
    memberId = added.ok ? added.data.id : ''
    expect(h.writes()).toBe(before + 2) // the member and its history (audit) entry
    const list = await h.call('owner', 'committee', 'listMembers', { communityId: own() })
    expect(list.ok && list.data.members).toContainEqual(expect.objectContaining({ id: memberId, phoneMasked: '134****0001' }))
  })

  it('edits only what changed', async () => {
    const edited = await h.call('director', 'committee', 'editMember', { memberId, kind: 'member', position: '委员', name: '郑候补' })
    expect(edited).toMatchObject({ ok: true, data: { kind: 'member', position: '委员' } })
    const before = h.writes()
    expect(await h.call('director', 'committee', 'editMember', { memberId, position: '委员' })).toMatchObject({ ok: true })
    expect(h.writes()).toBe(before)
  })

  it('refuses a term that ends before it starts, writing nothing', async () => {
    const before = h.writes()
    const answer = await h.call('director', 'committee', 'editMember', { memberId, termEnd: '2020-01-01' })
    expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '任期结束日期不能早于开始日期' })
    expect(h.writes()).toBe(before)
  })

  it('removes a member, keeping the entry, and ends her account', async () => {
    const accountId = await freshAccount(h.world, 'own', 'active')
    const [account] = await h.emulator.query('roles', { _id: accountId })
    const removed = await h.call('director', 'committee', 'removeMember', { memberId: account.rosterId, reason: '辞职' })
    expect(removed).toMatchObject({ ok: true, data: { status: 'removed' } })
    const [after] = await h.emulator.query('roles', { _id: accountId })
    expect(after.status).toBe('revoked')
    const serving = await h.call('director', 'committee', 'listMembers', { communityId: own() })
    expect(serving.ok && serving.data.members.map((m: { id: string }) => m.id)).not.toContain(account.rosterId)
    const all = await h.call('director', 'committee', 'listMembers', { communityId: own(), includeRemoved: true })
    expect(all.ok && all.data.members.map((m: { id: string }) => m.id)).toContain(account.rosterId)
  })

  it('keeps every change in history, masked, with who made it', async () => {
    await h.call('director', 'committee', 'removeMember', { memberId, reason: '换届' })
    const history = await h.call('member', 'committee', 'memberHistory', { memberId })
    expect(history.ok && history.data.changes.map((c: { change: string }) => c.change)).toEqual(['add', 'edit', 'remove'])
    expect(history.ok && history.data.changes[2]).toMatchObject({
      reason: '换届',
      actorName: 'director人员',
      after: { status: 'removed', phoneMasked: '134****0001' },
    })
    expect(JSON.stringify(history)).not.toContain('13400000001')
  })

  it('refuses editing a removed member', async () => {
    expect(await h.call('director', 'committee', 'editMember', { memberId, position: '主任' })).toMatchObject({
      ok: false,
      code: 'MEMBER_REMOVED',
    })
  })
})

describe('only the director of the community changes the roster', () => {
  it.each(['member', 'staff', 'owner', 'districtCentre', 'operator'] as const)('refuses %s', async (persona) => {
    const before = h.writes()
    const answer = await h.call(persona, 'committee', 'addMember', {
      communityId: own(),
      kind: 'staff',
      name: '某某',
      position: '经办人',
      phone: '13400000009',
    })
    expect(answer).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '您没有权限进行此操作' })
    expect(h.writes()).toBe(before)
  })

  it("refuses another community's member and an unknown one, writing nothing", async () => {
    const other = await freshMember(h.world, 'other')
    const before = h.writes()
    expect(await h.call('director', 'committee', 'editMember', { memberId: other, position: '主任' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await h.call('director', 'committee', 'removeMember', { memberId: 'mb-nobody', reason: '无' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '没有找到这位成员',
    })
    expect(
      await h.call('director', 'committee', 'addMember', {
        communityId: 'mb-no-such',
        kind: 'staff',
        name: '某某',
        position: '经办人',
        phone: '13400000009',
      }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '小区不存在' })
    expect(h.writes()).toBe(before)
  })

  it.each([
    ['missing fields', {}],
    ['a wrong type', { kind: 'staff', name: 42, position: '经办人', phone: '13400000009' }],
    ['an oversize position', { kind: 'staff', name: '某某', position: '职'.repeat(31), phone: '13400000009' }],
    ['an unknown kind', { kind: 'boss', name: '某某', position: '经办人', phone: '13400000009' }],
  ])('answers %s with INVALID_INPUT, writing nothing', async (_what, fields) => {
    const before = h.writes()
    const answer = await h.call('director', 'committee', 'addMember', { communityId: own(), ...fields })
    expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    expect(h.writes()).toBe(before)
  })
})

describe('a change that failed half way is finished by trying again', () => {
  /** The call as a dropped connection ends it: the function throws, or answers a failure. */
  const broken = (p: Promise<unknown>) =>
    p.then(
      (r) => expect(r).toMatchObject({ ok: false }),
      (e) => expect(e).toBeInstanceOf(Error),
    )

  it('removing: if ending the account fails, a retry still ends it', async () => {
    const accountId = await freshAccount(h.world, 'own', 'active')
    const [account] = await h.emulator.query('roles', { _id: accountId })
    const fault = failNextWrite('roles')
    await broken(h.call('director', 'committee', 'removeMember', { memberId: account.rosterId, reason: '辞职' }))
    expect(fault.fired()).toBe(true)
    expect(await h.call('director', 'committee', 'removeMember', { memberId: account.rosterId, reason: '辞职' })).toMatchObject({
      ok: true,
      data: { status: 'removed' },
    })
    const [after] = await h.emulator.query('roles', { _id: accountId })
    expect(after.status).toBe('revoked')
    const [entry] = await h.emulator.query('committeeMembers', { _id: account.rosterId })
    expect(entry.status).toBe('removed')
  })

  it('editing the kind: if moving the account fails, nothing changed and a retry moves both', async () => {
    const accountId = await freshAccount(h.world, 'own', 'active')
    const [account] = await h.emulator.query('roles', { _id: accountId })
    const fault = failNextWrite('roles')
    await broken(h.call('director', 'committee', 'editMember', { memberId: account.rosterId, kind: 'member', position: '委员' }))
    expect(fault.fired()).toBe(true)
    expect(
      await h.call('director', 'committee', 'editMember', { memberId: account.rosterId, kind: 'member', position: '委员' }),
    ).toMatchObject({ ok: true, data: { kind: 'member' } })
    const [after] = await h.emulator.query('roles', { _id: accountId })
    expect(after.role).toBe('member')
    const history = await h.call('director', 'committee', 'memberHistory', { memberId: account.rosterId })
    expect(history.ok && history.data.changes.map((c: { change: string }) => c.change)).toEqual(['edit'])
  })
})
