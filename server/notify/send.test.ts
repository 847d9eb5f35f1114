import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import { getDb } from '../cloud'
import type { SubscribeMessage, SubscribePort } from '../ports/subscribe'
import { grant, liveTemplateIds } from './consent'
import { sendTemplate } from './send'

/** The consent ledger and sending, against the emulator's database with a fake WeChat. */
let emu: TestEmulator
beforeAll(async () => {
  emu = await startTestEmulator({ startAt: Date.UTC(2025, 2, 1) })
})
afterAll(() => emu.close())

const AT = Date.UTC(2025, 2, 1, 1, 30)
const values = { thing1: '关于续聘物业服务企业及更换小区全部电梯的表决', time2: AT, time3: AT + 86_400_000, thing4: '请按时\n参与表决' }

/** Like production: WeChat spends the grant; it answers per recipient as told. */
function fakeWechat(answers: Record<string, { errcode: number; errmsg: string }> = {}) {
  const sent: SubscribeMessage[] = []
  const port: SubscribePort = {
    spendsGrants: false,
    async send(message) {
      const failure = answers[message.touser]
      if (failure) return { ok: false, ...failure }
      sent.push(message)
      return { ok: true }
    },
  }
  return { port, sent }
}

it('adds one grant per accepted request, and each send uses one', async () => {
  const db = getDb()
  await grant(db, 'o-a', ['local-vote-opened', 'local-vote-opened'], new Date())
  await Promise.all([grant(db, 'o-b', ['local-vote-opened'], new Date()), grant(db, 'o-b', ['local-vote-opened'], new Date())])
  expect((await emu.query('subscriptions', { openid: 'o-b' })).map((s) => s.remaining)).toEqual([2])

  const wechat = fakeWechat()
  const first = await sendTemplate('voteOpened', ['o-a', 'o-b', 'o-none'], 'packages/vote/pages/ballot/index?voteId=v1', values, {
    db,
    port: wechat.port,
  })
  expect(first).toEqual({ recipients: 3, sent: 2, notSubscribed: 1, failed: 0 })
  expect(wechat.sent[0]).toEqual({
    touser: 'o-a',
    templateId: 'local-vote-opened',
    page: 'packages/vote/pages/ballot/index?voteId=v1',
    miniprogramState: 'formal',
    data: {
      thing1: { value: '关于续聘物业服务企业及更换小区全部电梯…' },
      time2: { value: '2025-03-01 09:30' },
      time3: { value: '2025-03-02 09:30' },
      thing4: { value: '请按时 参与表决' },
    },
  })
  // o-a's one grant is used: the second send skips her without calling WeChat; o-b had two.
  const second = await sendTemplate('voteOpened', ['o-a', 'o-b'], 'p', values, { db, port: wechat.port })
  expect(second).toEqual({ recipients: 2, sent: 1, notSubscribed: 1, failed: 0 })
  expect(wechat.sent.map((m) => m.touser)).toEqual(['o-a', 'o-b', 'o-b'])
  expect(await liveTemplateIds(db, 'o-b', ['local-vote-opened'])).toEqual(new Set())
})

it("logs WeChat's errcode and errmsg; a 43101 empties the grant, other errors count as failed", async () => {
  const db = getDb()
  await grant(db, 'o-c', ['local-vote-reminder'], new Date())
  await grant(db, 'o-d', ['local-vote-reminder'], new Date())
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
  const wechat = fakeWechat({
    'o-c': { errcode: 43101, errmsg: 'user refuse to accept the msg' },
    'o-d': { errcode: 47003, errmsg: 'argument invalid! data.thing1.value invalid' },
  })
  const report = await sendTemplate('voteReminder', ['o-c', 'o-d'], 'p', values, { db, port: wechat.port })
  expect(report).toEqual({ recipients: 2, sent: 0, notSubscribed: 1, failed: 1 })
  const logged = warn.mock.calls.map(([line]) => JSON.parse(String(line)))
  expect(logged).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ template: 'voteReminder', errcode: 43101, errmsg: 'user refuse to accept the msg' }),
      expect.objectContaining({ errcode: 47003, errmsg: 'argument invalid! data.thing1.value invalid' }),
    ]),
  )
  warn.mockRestore()
  expect((await emu.query('subscriptions', { openid: 'o-c' }))[0].remaining).toBe(0)
  expect((await emu.query('subscriptions', { openid: 'o-d' }))[0].remaining).toBe(1)
})

it('passes miniprogramState from the environment', async () => {
  const db = getDb()
  await grant(db, 'o-e', ['local-vote-opened'], new Date())
  process.env.MINIPROGRAM_STATE = 'developer'
  try {
    const wechat = fakeWechat()
    await sendTemplate('voteOpened', ['o-e'], 'p', values, { db, port: wechat.port })
    expect(wechat.sent[0].miniprogramState).toBe('developer')
  } finally {
    delete process.env.MINIPROGRAM_STATE
  }
})
