import { startTestEmulator, type TestEmulator } from '../testing'
import { LOCAL_WORDS } from '../../server/ports/contentSecurity'

/** The /dev routes: outboxes, the shared clock, persona login by cookie, the operator page. */

const DAY = 86_400_000
const START = Date.UTC(2031, 2, 1, 1, 30) // 2031-03-01 09:30 in China (ahead of the real clock)

let emu: TestEmulator

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  for (const name of ['echo', 'outbox']) emu.db.createCollection(name)
})
afterAll(() => emu.close())

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${emu.url}${path}`, { headers, redirect: 'manual' })
const postJson = (path: string, body: object) =>
  fetch(`${emu.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    redirect: 'manual',
  })

describe('outbox', () => {
  it('lists what functions wrote to the outbox collection, newest first, filtered by kind', async () => {
    await emu.call('echo', { action: 'outbox', message: { kind: 'sms', to: '13800000001', text: '验证码 111111', code: '111111' } })
    emu.clock.advance(60_000)
    await emu.call('echo', {
      action: 'outbox',
      message: { kind: 'subscribe', to: 'o-1', templateId: 'T1', data: { thing1: { value: '投票开始' } }, page: 'pages/vote' },
    })
    emu.clock.advance(60_000)
    await emu.call('echo', { action: 'outbox', message: { kind: 'sms', to: '13800000002', text: '验证码 222222', code: '222222' } })

    const sms = await (await get('/dev/outbox?kind=sms')).json()
    expect(sms.map((m: { code: string }) => m.code)).toEqual(['222222', '111111'])
    expect(sms[0]).toMatchObject({ kind: 'sms', to: '13800000002', text: '验证码 222222' })
    expect(Date.parse(sms[0].at)).toBeGreaterThanOrEqual(START + 2 * 60_000)
    expect(await (await get('/dev/outbox')).json()).toHaveLength(3)
    expect((await emu.outbox('subscribe')).map((m) => m.templateId)).toEqual(['T1'])
    const [, first] = await emu.outbox('sms')
    expect(first).toMatchObject({ to: '13800000001', at: expect.any(Date) })
    expect(first.at.getTime()).toBeGreaterThanOrEqual(START)
  })
})

describe('clock', () => {
  it('moves by API and the database serverDate follows it', async () => {
    emu.clock.set(START)
    const before = await (await get('/dev/clock')).json()
    expect(before.now).toBeGreaterThanOrEqual(START)
    expect(before.offsetMs).toBeGreaterThan(0)

    const moved = await (await postJson('/dev/clock', { advanceMinutes: 24 * 60 })).json()
    expect(moved.now).toBeGreaterThanOrEqual(START + DAY)
    const res = await emu.call<{ at: string; clockNow: number }>('echo', { action: 'serverDate' })
    if (!res.ok) throw new Error(res.message)
    expect(Date.parse(res.data.at)).toBeGreaterThanOrEqual(START + DAY)
    expect(Date.parse(res.data.at)).toBeLessThanOrEqual(res.data.clockNow)

    await postJson('/dev/clock', { advanceMs: 7 * DAY })
    expect(emu.clock.now()).toBeGreaterThanOrEqual(START + 8 * DAY)
    await postJson('/dev/clock', { set: '2027-01-01T08:00' }) // a datetime-local field: China time
    expect(emu.clock.now()).toBeGreaterThanOrEqual(Date.UTC(2027, 0, 1, 0, 0))
    expect(emu.clock.now()).toBeLessThan(Date.UTC(2027, 0, 1, 1, 0))
  })

  it('takes the dev page form and redirects back; refuses nonsense', async () => {
    emu.clock.set(START)
    const form = await fetch(`${emu.url}/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'advanceMinutes=60',
      redirect: 'manual',
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('/dev/')
    expect(emu.clock.now()).toBeGreaterThanOrEqual(START + 3600_000)
    expect((await postJson('/dev/clock', { advanceMinutes: 'soon' })).status).toBe(400)
    expect((await postJson('/dev/clock', {})).status).toBe(400)
  })
})

describe('personas', () => {
  beforeAll(async () => {
    await emu.insert('devPersonas', [
      { _id: 'dev-owner-b', label: '业主 李建国', description: '2栋', sort: 2 },
      { _id: 'dev-owner-a', label: '业主 王秀兰', description: '1栋1201', sort: 1 },
    ])
  })

  it('logs in by cookie (HttpOnly, SameSite=Lax, path /) and out again', async () => {
    const login = await get('/dev/login?openid=dev-owner-a')
    expect(login.status).toBe(303)
    expect(login.headers.get('location')).toBe('/')
    const cookie = login.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^dev_openid=dev-owner-a;/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).toMatch(/Path=\//)

    const pair = cookie.split(';')[0]
    const who = await fetch(`${emu.url}/functions/echo`, { method: 'POST', headers: { cookie: pair }, body: '{"action":"whoami"}' })
    expect((await who.json()).result.data.before).toEqual({ openid: 'dev-owner-a', source: 'wx_client', console: false })
    expect(await (await get('/dev/whoami', { cookie: pair })).json()).toEqual({
      openid: 'dev-owner-a',
      source: 'wx_client',
      console: false,
      label: '业主 王秀兰',
    })

    const logout = await get('/dev/logout', { cookie: pair })
    expect(logout.status).toBe(303)
    expect(logout.headers.get('set-cookie')).toMatch(/^dev_openid=; Path=\/; Max-Age=0/)
    expect((await get('/dev/login')).status).toBe(400)
  })

  it('renders the dev page: personas in order, the current one, outboxes and the clock', async () => {
    emu.clock.set(START)
    const html = await (await get('/dev/', { cookie: 'dev_openid=dev-owner-b' })).text()
    const list = html.slice(html.indexOf('选择身份'))
    expect(list.indexOf('业主 王秀兰')).toBeLessThan(list.indexOf('业主 李建国'))
    expect(html).toContain('以此身份登录')
    expect(html).toContain('/dev/login?openid=dev-owner-a')
    expect(html).toMatch(/当前身份：<strong>业主 李建国<\/strong>/)
    expect(html).toContain('退出')
    expect(html).toContain('2031-03-01 09:3')
    for (const label of ['+1小时', '+1天', '+7天', '自定义']) expect(html).toContain(label)
    expect(html).toContain('222222')
  })

  it('shows the local content-security word list, so each outcome can be tried', async () => {
    const html = await (await get('/dev/')).text()
    expect(html).toContain('内容安全（本地词表）')
    for (const word of [...LOCAL_WORDS.risky, ...LOCAL_WORDS.review]) expect(html).toContain(word)
  })
})
