import type { AsyncLocalStorage } from 'node:async_hooks'
import { z } from 'zod'
import { action } from '../core/api/contract'
import type { TestEmulator } from '../emulator/testing'
import { startTestEmulator } from '../emulator/testing'
import type { LocalCall } from './context'
import { defineFunction, ok, withoutRoles } from './handler'

/*
 * The kit's role loading, through real actions named in the permission table: `bindIdentity.getMyHome`
 * is open to anyone, `account.authorizeStaff` only to a director.
 */
let emu: TestEmulator
const COMMUNITY = 'handler-estate'

beforeAll(async () => {
  emu = await startTestEmulator()
  await emu.insert('communities', [{ _id: COMMUNITY, name: '处理花园', street: '桃源街道', district: '南山区' }])
  await emu.insert('bindings', [{ _id: `${COMMUNITY}:p1`, openid: 'o-owner', personId: 'p1', communityId: COMMUNITY }])
  await emu.insert('roles', [{ _id: 'r-director', openid: 'o-director', role: 'director', communityId: COMMUNITY, status: 'active' }])
})
afterAll(() => emu.close())

/** Runs a function's main as this WeChat user, the way the emulator runs a call; answers its result and its database round trips. */
async function callAs(openid: string, main: (event: unknown) => Promise<unknown>, event: object) {
  const host = (globalThis as Record<symbol, { als: AsyncLocalStorage<LocalCall> }>)[Symbol.for('yeweihui.localHost')]
  const before = emu.stats().db ?? 0
  const result = await host.als.run({ openid }, () => main(event))
  return { result, trips: (emu.stats().db ?? 0) - before }
}

const NOTHING_DECLARED = { errors: {}, labels: {} }
const anyone = { getMyHome: action(z.object({})).returns<unknown>() }

describe("loading the caller's roles", () => {
  it('loads them for an ordinary action (three reads)', async () => {
    const main = defineFunction('bindIdentity', anyone, NOTHING_DECLARED, {
      getMyHome: async (_input, ctx) => ok(ctx.caller.roles.map((r) => [r.role, r.personId])),
    })
    expect(await callAs('o-owner', main, { action: 'getMyHome' })).toEqual({ result: { ok: true, data: [['owner', 'p1']] }, trips: 3 })
  })

  it('skips them for an action open to anyone that is marked withoutRoles', async () => {
    const main = defineFunction('bindIdentity', anyone, NOTHING_DECLARED, {
      getMyHome: withoutRoles(async (_input, ctx) => ok(ctx.caller.openid)),
    })
    expect(await callAs('o-owner', main, { action: 'getMyHome' })).toEqual({ result: { ok: true, data: 'o-owner' }, trips: 0 })
  })

  it('treats reading the roles there as a bug', async () => {
    const main = defineFunction('bindIdentity', anyone, NOTHING_DECLARED, {
      getMyHome: withoutRoles(async (_input, ctx) => ok(ctx.caller.roles)),
    })
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect((await callAs('o-owner', main, { action: 'getMyHome' })).result).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(String(error.mock.calls[0]?.[1])).toContain('bindIdentity.getMyHome is marked withoutRoles')
    error.mockRestore()
  })

  it('loads them when such an action calls authorize', async () => {
    const main = defineFunction('bindIdentity', anyone, NOTHING_DECLARED, {
      getMyHome: withoutRoles(async (_input, ctx) => {
        // `anyone` is no role, so authorize refuses; what matters is that the roles are there afterwards.
        const refused = await ctx.authorize(COMMUNITY).then(
          () => false,
          () => true,
        )
        return ok({ refused, roles: ctx.caller.roles.map((r) => r.role) })
      }),
    })
    expect((await callAs('o-owner', main, { action: 'getMyHome' })).result).toEqual({ ok: true, data: { refused: true, roles: ['owner'] } })
  })

  it('ignores the mark where the permission table needs the roles to let the caller in', async () => {
    const directorOnly = { authorizeStaff: action(z.object({})).returns<unknown>() }
    const main = defineFunction('account', directorOnly, NOTHING_DECLARED, {
      authorizeStaff: withoutRoles(async (_input, ctx) => ok(await ctx.authorize(COMMUNITY))),
    })
    expect((await callAs('o-director', main, { action: 'authorizeStaff' })).result).toEqual({ ok: true, data: ['director'] })
    expect((await callAs('o-owner', main, { action: 'authorizeStaff' })).result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})
