import { startHarness, type Harness } from '../testing/harness'

/** 被委托人认证: the owner names a delegate for one unit; the delegate binds by SMS; the owner revokes. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('dl')
})
afterAll(async () => {
  await h?.close()
})

const delegate = { name: '钱受托', idNumber: '', phone: '13700000001' }
const wx = { openid: 'dl-wx-qian' }

describe('an owner authorises a delegate, who binds and then loses it', () => {
  let unitId = ''
  let delegationId = ''

  beforeAll(async () => {
    unitId = await h.world.freshUnit('own')
    delegate.idNumber = h.world.idNumber()
  })

  it('records the authorisation as waiting for the delegate, masked', async () => {
    const answer = await h.call('owner', 'account', 'authorizeDelegate', { unitIds: [unitId], ...delegate, until: h.world.day(30) })
    expect(answer).toMatchObject({
      ok: true,
      data: {
        delegations: [
          {
            status: 'pending',
            ownerName: '王业主',
            delegateName: '钱受托',
            delegatePhoneMasked: '137****0001',
            delegateIdMasked: `****${delegate.idNumber.slice(-4)}`,
            voteId: null,
          },
        ],
      },
    })
    delegationId = answer.ok ? answer.data.delegations[0].id : ''
  })

  it('refuses a second live authorisation for the same unit', async () => {
    const before = h.writes()
    const again = await h.call('owner', 'account', 'authorizeDelegate', {
      unitIds: [unitId],
      ...delegate,
      idNumber: h.world.idNumber(),
      until: h.world.day(10),
    })
    expect(again).toMatchObject({ ok: false, code: 'DELEGATION_EXISTS' })
    expect(h.writes()).toBe(before)
  })

  it('lets the delegate bind with her name, ID number and the code sent to the phone the owner gave', async () => {
    const sent = await h.call(wx, 'account', 'sendDelegateCode', { name: delegate.name, idNumber: delegate.idNumber })
    expect(sent).toEqual({ ok: true, data: { phoneMasked: '137****0001' } })
    const bound = await h.call(wx, 'account', 'bindDelegate', {
      name: delegate.name,
      idNumber: delegate.idNumber,
      code: await h.smsCode(delegate.phone),
    })
    expect(bound.ok && bound.data.delegations).toEqual([expect.objectContaining({ id: delegationId, status: 'active' })])
    const mine = await h.call(wx, 'account', 'listMyDelegations')
    expect(mine.ok && mine.data.held).toEqual([
      expect.objectContaining({ id: delegationId, status: 'active', unit: expect.objectContaining({ id: unitId }) }),
    ])
    const me = await h.call(wx, 'account', 'myAccount')
    expect(me.ok && me.data.roles).toEqual([expect.objectContaining({ role: 'delegate', communityId: h.world.community('own') })])
  })

  it('shows the owner what she granted', async () => {
    const mine = await h.call('owner', 'account', 'listMyDelegations')
    expect(mine.ok && mine.data.granted).toContainEqual(
      expect.objectContaining({ id: delegationId, status: 'active', delegatePhoneMasked: '137****0001' }),
    )
  })

  it('lets only the granting owner revoke it', async () => {
    expect(await h.call('director', 'account', 'revokeDelegate', { delegationId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(wx, 'account', 'revokeDelegate', { delegationId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const revoked = await h.call('owner', 'account', 'revokeDelegate', { delegationId })
    expect(revoked).toMatchObject({ ok: true, data: { status: 'revoked', statusLabel: '已撤销' } })
    expect(await h.call(wx, 'account', 'listMyDelegations')).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

describe('the length of an authorisation', () => {
  it('lasts until the vote ends when given for one vote', async () => {
    const endAt = h.emulator.clock.now() + 7 * 86_400_000
    await h.emulator.insert('votes', [
      { _id: 'dl-vote-1', communityId: h.world.community('own'), state: 'voting', scope: { kind: 'community' }, endAt },
    ])
    const unitId = await h.world.freshUnit('own')
    const answer = await h.call('owner', 'account', 'authorizeDelegate', {
      unitIds: [unitId],
      name: '孙受托',
      idNumber: h.world.idNumber(),
      phone: h.world.phone(),
      voteId: 'dl-vote-1',
    })
    expect(answer).toMatchObject({ ok: true, data: { delegations: [{ voteId: 'dl-vote-1', until: new Date(endAt).getTime() }] } })
  })

  it.each([
    ['a draft', { state: 'draft' }, 'VOTE_NOT_DELEGABLE', '草稿'],
    ['a closed vote', { state: 'closed' }, 'VOTE_NOT_DELEGABLE', '已经截止'],
    ['a counted vote', { state: 'tallied' }, 'VOTE_NOT_DELEGABLE', '已经截止'],
    [
      'a vote of other buildings',
      { state: 'approved', scope: { kind: 'buildings', buildings: ['2栋', '3栋'] } },
      'UNIT_NOT_IN_VOTE',
      '不在这个投票的范围内',
    ],
  ])('refuses a delegation for %s, writing nothing', async (what, fields, code, words) => {
    const voteId = `dl-vote-${what.length}-${code}-${String(fields.state)}`
    await h.emulator.insert('votes', [
      {
        _id: voteId,
        communityId: h.world.community('own'),
        scope: { kind: 'community' },
        endAt: h.emulator.clock.now() + 7 * 86_400_000,
        ...fields,
      },
    ])
    const unitId = await h.world.freshUnit('own')
    const before = h.writes()
    const answer = await h.call('owner', 'account', 'authorizeDelegate', {
      unitIds: [unitId],
      name: '孙受托',
      idNumber: h.world.idNumber(),
      phone: h.world.phone(),
      voteId,
    })
    expect(answer).toMatchObject({ ok: false, code, message: expect.stringContaining(words) })
    expect(h.writes()).toBe(before)
  })

  it.each(['reviewing', 'approved'])("accepts a delegation for a %s vote that takes in the unit's building", async (state) => {
    const voteId = `dl-vote-in-${state}`
    const endAt = h.emulator.clock.now() + 7 * 86_400_000
    await h.emulator.insert('votes', [
      { _id: voteId, communityId: h.world.community('own'), state, scope: { kind: 'buildings', buildings: ['1栋'] }, endAt },
    ])
    const unitId = await h.world.freshUnit('own')
    const answer = await h.call('owner', 'account', 'authorizeDelegate', {
      unitIds: [unitId],
      name: '孙受托',
      idNumber: h.world.idNumber(),
      phone: h.world.phone(),
      voteId,
    })
    expect(answer).toMatchObject({ ok: true, data: { delegations: [{ voteId, until: new Date(endAt).getTime() }] } })
  })

  it('ends by itself after its last day', async () => {
    const unitId = await h.world.freshUnit('own')
    const answer = await h.call('owner', 'account', 'authorizeDelegate', {
      unitIds: [unitId],
      name: '周受托',
      idNumber: h.world.idNumber(),
      phone: h.world.phone(),
      until: h.world.day(1),
    })
    expect(answer.ok).toBe(true)
    h.emulator.clock.advance(3 * 86_400_000)
    const mine = await h.call('owner', 'account', 'listMyDelegations')
    expect(mine.ok && mine.data.granted.find((d: { id: string }) => answer.ok && d.id === answer.data.delegations[0].id)).toMatchObject({
      status: 'expired',
      statusLabel: '已过期',
    })
  })

  /** A mainland ID number whose check digit is wrong. */
  function badCheckDigit(): string {
    const good = h.world.idNumber()
    return good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
  }

  it.each([
    ['neither a vote nor a day', {}, 'INVALID_INPUT', '二选一'],
    ['both a vote and a day', { voteId: 'dl-vote-1', until: '2099-01-01' }, 'INVALID_INPUT', '二选一'],
    ['a day already past', { until: '2001-01-01' }, 'INVALID_INPUT', '晚于今天'],
    ['a day more than 3 years away', { until: '2199-01-01' }, 'INVALID_INPUT', '最长3年'],
    ['a vote of another community', { voteId: 'dl-vote-b' }, 'NOT_FOUND', '没有找到这个投票'],
    ['an unknown vote', { voteId: 'dl-no-vote' }, 'NOT_FOUND', '没有找到这个投票'],
    ['a bad ID number', { until: '2099-01-01', idNumber: 'BAD' }, 'INVALID_INPUT', '校验位'],
  ])('refuses %s, writing nothing', async (_what, extra: Record<string, string>, code, words) => {
    if ((await h.emulator.query('votes', { _id: 'dl-vote-b' })).length === 0) {
      await h.emulator.insert('votes', [
        { _id: 'dl-vote-b', communityId: h.world.community('other'), endAt: h.emulator.clock.now() + 86_400_000 },
      ])
    }
    const unitId = await h.world.freshUnit('own')
    const input = { unitIds: [unitId], name: '吴受托', idNumber: h.world.idNumber(), phone: h.world.phone(), ...extra }
    if (input.idNumber === 'BAD') input.idNumber = badCheckDigit()
    const before = h.writes()
    const answer = await h.call('owner', 'account', 'authorizeDelegate', input)
    expect(answer).toMatchObject({ ok: false, code, message: expect.stringContaining(words) })
    expect(h.writes()).toBe(before)
  })
})

describe('authorising refuses units that are not hers', () => {
  it('refuses a unit of another owner in her community', async () => {
    const personId = 'dl-someone'
    await h.emulator.insert('units', [
      {
        _id: 'dl-unit-x',
        communityId: h.world.community('own'),
        building: '2栋',
        unitNo: 'B',
        room: '202',
        areaCenti: 9000,
        ownerIds: [personId],
        developerHeld: false,
      },
    ])
    const before = h.writes()
    const answer = await h.call('owner', 'account', 'authorizeDelegate', {
      unitIds: ['dl-unit-x'],
      name: '吴受托',
      idNumber: h.world.idNumber(),
      phone: h.world.phone(),
      until: h.world.day(5),
    })
    expect(answer).toMatchObject({ ok: false, code: 'NOT_OWNER', message: '这套房不在您的名下' })
    expect(h.writes()).toBe(before)
  })

  it('refuses a unit of another community and an unknown unit', async () => {
    const otherUnit = await h.world.freshUnit('other')
    const input = { name: '吴受托', idNumber: h.world.idNumber(), phone: h.world.phone(), until: h.world.day(5) }
    const before = h.writes()
    expect(await h.call('owner', 'account', 'authorizeDelegate', { unitIds: [otherUnit], ...input })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await h.call('owner', 'account', 'authorizeDelegate', { unitIds: ['dl-no-such-unit'], ...input })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '没有找到这套房',
    })
    expect(h.writes()).toBe(before)
  })

  it('tells a would-be delegate plainly when nobody authorised her', async () => {
    const answer = await h.call({ openid: 'dl-wx-nobody' }, 'account', 'sendDelegateCode', { name: '无委托', idNumber: h.world.idNumber() })
    expect(answer).toMatchObject({ ok: false, code: 'NO_DELEGATION', message: expect.stringContaining('委托您的业主') })
  })
})

describe('several units, and requests racing (issue 12, items 1 and 8)', () => {
  it('delegates all her units at once, one authorisation each, in one go', async () => {
    const unitIds = [await h.world.freshUnit('own'), await h.world.freshUnit('own')]
    const answer = await h.call('owner', 'account', 'authorizeDelegate', {
      unitIds,
      name: '郑受托',
      idNumber: h.world.idNumber(),
      phone: h.world.phone(),
      until: h.world.day(30),
    })
    expect(answer.ok && answer.data.delegations.map((d: { unit: { id: string } }) => d.unit.id)).toEqual(unitIds)
  })

  it('writes nothing when one of the units already has a live authorisation', async () => {
    const [free, taken] = [await h.world.freshUnit('own'), await h.world.freshUnit('own')]
    const input = { name: '郑受托', idNumber: h.world.idNumber(), phone: h.world.phone(), until: h.world.day(30) }
    expect((await h.call('owner', 'account', 'authorizeDelegate', { unitIds: [taken], ...input })).ok).toBe(true)
    const before = h.writes()
    const answer = await h.call('owner', 'account', 'authorizeDelegate', { unitIds: [free, taken], ...input })
    expect(answer).toMatchObject({ ok: false, code: 'DELEGATION_EXISTS', message: expect.stringContaining('1栋A单元') })
    expect(h.writes()).toBe(before)
  })

  it('10 concurrent authorisations of one unit for one vote: exactly one succeeds, the rest DELEGATION_EXISTS', async () => {
    const endAt = h.emulator.clock.now() + 7 * 86_400_000
    await h.emulator.insert('votes', [
      { _id: 'dl-vote-race', communityId: h.world.community('own'), state: 'voting', scope: { kind: 'community' }, endAt },
    ])
    const unitId = await h.world.freshUnit('own')
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_unused, i) =>
        h.call('owner', 'account', 'authorizeDelegate', {
          unitIds: [unitId],
          name: `并发${i}`,
          idNumber: h.world.idNumber(),
          phone: h.world.phone(),
          voteId: 'dl-vote-race',
        }),
      ),
    )
    const codes = answers.map((a) => (a.ok ? 'ok' : a.code))
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1)
    expect(codes.filter((c) => c !== 'ok')).toEqual(Array(9).fill('DELEGATION_EXISTS'))
    expect(await h.emulator.query('delegations', { unitId, voteId: 'dl-vote-race' })).toHaveLength(1)
  })

  it('after a revocation the unit can be authorised again', async () => {
    const unitId = await h.world.freshUnit('own')
    const input = { unitIds: [unitId], name: '郑受托', idNumber: h.world.idNumber(), phone: h.world.phone(), until: h.world.day(30) }
    const first = await h.call('owner', 'account', 'authorizeDelegate', input)
    expect(first.ok).toBe(true)
    if (!first.ok) return
    expect((await h.call('owner', 'account', 'revokeDelegate', { delegationId: first.data.delegations[0].id })).ok).toBe(true)
    expect((await h.call('owner', 'account', 'authorizeDelegate', input)).ok).toBe(true)
  })
})

describe('what the delegate will be able to do (issue 12, item 1)', () => {
  it('tells the owner, household by household, before she confirms', async () => {
    const owner = h.world.ownerOf('own')
    const one = await h.world.freshUnit('own')
    const part = await h.call('owner', 'account', 'delegationReach', { unitIds: [one] })
    expect(part).toMatchObject({ ok: true, data: { lines: [{ ok: false, text: expect.stringContaining('不能') }] } })
    const all = (await h.emulator.query<{ _id: string; ownerIds: string[] }>('units', { communityId: h.world.community('own') }))
      .filter((u) => u.ownerIds.includes(owner.personId))
      .map((u) => u._id)
    const whole = await h.call('owner', 'account', 'delegationReach', { unitIds: all })
    expect(whole).toMatchObject({ ok: true, data: { lines: [{ ok: true, text: expect.stringContaining('可以') }] } })
  })
})

describe('a flat whose register id carries the building as written (滨海苑 A座)', () => {
  it('can be delegated, and its reach checked', async () => {
    const communityId = h.world.community('own')
    const unitId = `${communityId}:A座--501`
    await h.emulator.insert('units', [
      {
        _id: unitId,
        communityId,
        building: 'A座',
        unitNo: '',
        room: '501',
        areaCenti: 9000,
        ownerIds: [h.world.ownerOf('own').personId],
        developerHeld: false,
      },
    ])
    expect(await h.call('owner', 'account', 'delegationReach', { unitIds: [unitId] })).toMatchObject({ ok: true })
    const answer = await h.call('owner', 'account', 'authorizeDelegate', {
      unitIds: [unitId],
      name: '孙受托',
      idNumber: h.world.idNumber(),
      phone: '13700000009',
      until: h.world.day(30),
    })
    expect(answer).toMatchObject({ ok: true, data: { delegations: [{ status: 'pending' }] } })
  })
})
