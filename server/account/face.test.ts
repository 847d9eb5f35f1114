import { startHarness, type Harness } from '../testing/harness'

/** 人脸核身 through the FacePort; a failure is kept in `faceChecks` for the vote's 线下认证. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('fc')
})
afterAll(async () => {
  await h?.close()
})

async function check(who: 'owner' | 'delegate', idNumber: string) {
  const started = await h.call(who, 'account', 'startFaceCheck', { communityId: h.world.community('own'), idNumber })
  if (!started.ok) return started
  expect(started.data.verifyId).toMatch(/^local-/)
  return h.call(who, 'account', 'finishFaceCheck', { checkId: started.data.checkId, idNumber })
}

describe('face verification', () => {
  it('passes an owner and records the pass', async () => {
    const owner = h.world.caller('owner')
    expect(await check('owner', owner.idNumber!)).toEqual({ ok: true, data: { passed: true, message: '人脸核身通过' } })
    const [doc] = await h.emulator.query('faceChecks', { openid: owner.openid })
    expect(doc).toMatchObject({ status: 'passed', role: 'owner', personId: h.world.ownerOf('own').personId, idType: 'mainland' })
  })

  it('records a failure for 线下认证, without the full ID number', async () => {
    const delegate = h.world.caller('delegate')
    await h.emulator.insert('faceFailures', [{ idNumber: delegate.idNumber }])
    const answer = await check('delegate', delegate.idNumber!)
    expect(answer).toMatchObject({ ok: true, data: { passed: false, message: expect.stringContaining('线下认证') } })
    const [doc] = await h.emulator.query('faceChecks', { openid: delegate.openid, status: 'failed' })
    expect(doc).toMatchObject({
      role: 'delegate',
      communityId: h.world.community('own'),
      idLast4: delegate.idNumber!.slice(-4),
      delegationId: expect.any(String),
    })
    expect(JSON.stringify(doc)).not.toContain(delegate.idNumber)
  })

  it("refuses an ID number that is not the caller's, writing nothing", async () => {
    const before = h.writes()
    const answer = await h.call('owner', 'account', 'startFaceCheck', {
      communityId: h.world.community('own'),
      idNumber: h.world.idNumber(),
    })
    expect(answer).toMatchObject({ ok: false, code: 'ID_MISMATCH', message: '证件号码与您绑定的身份不一致' })
    expect(h.writes()).toBe(before)
  })

  it("lets nobody finish another person's check", async () => {
    const owner = h.world.caller('owner')
    const started = await h.call('owner', 'account', 'startFaceCheck', { communityId: h.world.community('own'), idNumber: owner.idNumber })
    const checkId = started.ok ? started.data.checkId : ''
    const before = h.writes()
    expect(await h.call('delegate', 'account', 'finishFaceCheck', { checkId, idNumber: owner.idNumber })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await h.call('owner', 'account', 'finishFaceCheck', { checkId: 'fc-unknown', idNumber: owner.idNumber })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(h.writes()).toBe(before)
  })
})
