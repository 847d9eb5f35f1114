import { startTestEmulator, type TestEmulator } from '../testing'

/** Function hosting through real HTTP, with the test fixture emulator/fixtures/echo and the real wx-server-sdk inside it. */

let emu: TestEmulator

beforeAll(async () => {
  emu = await startTestEmulator()
  emu.db.createCollection('echo')
})
afterAll(() => emu.close())

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${emu.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

describe('function hosting', () => {
  it('runs main with the openid from x-dev-openid, before and after database round trips', async () => {
    const res = await emu.call('echo', { action: 'whoami', tag: 'a' }, { openid: 'o-alice' })
    expect(res).toEqual({
      ok: true,
      data: expect.objectContaining({
        before: { openid: 'o-alice', source: 'wx_client', console: false },
        after: { openid: 'o-alice', source: 'wx_client', console: false },
        tag: 'a',
        userInfo: { appId: 'local', openId: 'o-alice' },
      }),
    })
  })

  it('never mixes 50 concurrent callers', async () => {
    const calls = Array.from({ length: 50 }, (_, i) =>
      emu.call<{ before: object; after: object; tag: number }>('echo', { action: 'whoami', tag: i }, { openid: `o-${i}` }),
    )
    const results = await Promise.all(calls)
    results.forEach((res, i) => {
      if (!res.ok) throw new Error(res.message)
      expect(res.data.tag).toBe(i)
      expect(res.data.before).toEqual({ openid: `o-${i}`, source: 'wx_client', console: false })
      expect(res.data.after).toEqual({ openid: `o-${i}`, source: 'wx_client', console: false })
    })
  })

  it('carries the SOURCE of x-dev-source: the console source without an openid is the operator, anything else is not', async () => {
    const asConsole = await emu.call<{ before: object }>('echo', { action: 'whoami' }, { console: true })
    expect(asConsole.ok && asConsole.data.before).toEqual({ source: 'wx_devtools', console: true })
    const anonymous = await emu.call<{ before: object }>('echo', { action: 'whoami' })
    expect(anonymous.ok && anonymous.data.before).toEqual({ source: 'wx_client', console: false })
    for (const source of ['wx_http', 'wx_trigger', 'wx_unknown', 'scf']) {
      const other = await emu.call<{ before: object }>('echo', { action: 'whoami' }, { source })
      expect(other.ok && other.data.before).toEqual({ source, console: false })
    }
    const both = await (
      await post('/functions/echo', '{"action":"whoami"}', { 'x-dev-openid': 'o-x', 'x-dev-source': 'wx_devtools' })
    ).json()
    expect(both.result.data.before).toEqual({ openid: 'o-x', source: 'wx_devtools', console: false })
  })

  it('appends scf to the SOURCE of a nested call, so a function the console calls is not the console', async () => {
    const res = await emu.call<{ ok: true; data: { before: object } }>('echo', { action: 'nested', tag: 'n' }, { console: true })
    expect(res.ok && res.data.data.before).toEqual({ source: 'wx_devtools,scf', console: false })
  })

  it('reads the dev_openid cookie when there is no header', async () => {
    const answer = await (await post('/functions/echo', '{"action":"whoami"}', { cookie: 'other=1; dev_openid=o-cookie' })).json()
    expect(answer.result.data.before).toEqual({ openid: 'o-cookie', source: 'wx_client', console: false })
  })

  it('passes the caller on to a nested cloud.callFunction', async () => {
    const res = await emu.call<{ ok: true; data: { before: object; tag: string } }>(
      'echo',
      { action: 'nested', tag: 'inner' },
      { openid: 'o-nest' },
    )
    expect(res.ok && res.data.data).toMatchObject({ before: { openid: 'o-nest', source: 'wx_client,scf', console: false }, tag: 'inner' })
  })

  it('answers 404 with errCode -501000 for an unknown function', async () => {
    const res = await post('/functions/noSuchFunction', '{}')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ errCode: -501000, errMsg: expect.stringContaining('noSuchFunction') })
    await expect(emu.call('noSuchFunction', {})).rejects.toThrow('noSuchFunction')
  })

  it('answers { errCode: -1, errMsg } when main throws, and call() throws that message', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {})
    const res = await post('/functions/echo', JSON.stringify({ action: 'throw', message: '坏了' }))
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ errCode: -1, errMsg: '坏了' })
    await expect(emu.call('echo', { action: 'throw', message: '又坏了' })).rejects.toThrow('又坏了')
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('echo'), expect.objectContaining({ message: '又坏了' }))
    logged.mockRestore()
  })

  it('refuses a body over 6 MB with a clear message, and stays usable', async () => {
    const big = JSON.stringify({ action: 'whoami', blob: 'x'.repeat(6 * 1024 * 1024 + 10) })
    const res = await post('/functions/echo', big)
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({ errCode: -501007, errMsg: expect.stringContaining('6 MB') })
    expect((await emu.call('echo', { action: 'whoami' }, { openid: 'o-after' })).ok).toBe(true)
  })

  it('lets pages on other local ports call in (CORS preflight), with the dev headers', async () => {
    const preflight = await fetch(`${emu.url}/functions/echo`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:10086',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-dev-openid',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:10086')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-dev-openid')
    const res = await post('/functions/echo', '{"action":"whoami"}', { origin: 'http://localhost:10086', 'x-dev-openid': 'o-cors' })
    expect(res.headers.get('access-control-allow-credentials')).toBe('true')
    expect((await res.json()).result.data.before.openid).toBe('o-cors')
  })

  it('refuses bad JSON and requests from web pages of other sites', async () => {
    expect((await post('/functions/echo', '{nope')).status).toBe(400)
    const foreign = await post('/functions/echo', '{}', { origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
  })
})

describe('round-trip counting', () => {
  it('counts database requests per call and per function', async () => {
    emu.resetStats()
    const res = await post('/functions/echo', JSON.stringify({ action: 'reads', count: 3 }), { 'x-dev-openid': 'o-count' })
    expect(res.headers.get('x-dev-db-ops')).toBe('3')
    await emu.call('echo', { action: 'reads', count: 2 })
    expect(emu.stats()).toMatchObject({ calls: 2, db: 5, 'db.reads': 5, 'db.getDocument': 5, 'fn.echo.calls': 2, 'fn.echo.db': 5 })
    expect(emu.stats()['db.outsideCalls']).toBeUndefined()

    const page = await (await fetch(`${emu.url}/dev/stats`)).json()
    expect(page.counts).toEqual(emu.stats())
    expect(page.recent[0]).toMatchObject({ fn: 'echo', db: 2, reads: 2, outcome: 'ok' })
    expect(page.recent[1]).toMatchObject({ fn: 'echo', openid: 'o-count', db: 3, actions: { 'database.getDocument': 3 } })

    emu.resetStats()
    expect(emu.stats()).toEqual({})
  })

  it('counts the right calls when many run at once', async () => {
    emu.resetStats()
    await Promise.all(Array.from({ length: 10 }, (_, i) => emu.call('echo', { action: 'reads', count: i + 1 }, { openid: `o-${i}` })))
    const recent = (await (await fetch(`${emu.url}/dev/stats`)).json()).recent as Array<{ openid: string; db: number }>
    for (const call of recent) expect(call.db).toBe(Number(call.openid.slice(2)) + 1)
    expect(emu.stats().db).toBe(55)
  })
})
