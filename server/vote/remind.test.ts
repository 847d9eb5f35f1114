import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { ReminderReport } from '../../core/api/vote'
import type { Result } from '../../core/result'
import { approvedVote, callAs, moveClock, must, openidOf, partyOf, personId, seedVoteWorld, STAFF } from '../testing/voteScenario'

/*
 * 提醒未投票业主 reaches every owner who has not voted: a subscription message where she accepted
 * one, else a text message to her registered phone (once per vote), and says plainly who could not
 * be reached. The estate: 10 parties; p9 and p10 never bound WeChat; p10 left no phone; the
 * developer (two flats) has no phone either.
 */
const START = Date.UTC(2025, 5, 1)
const MINUTE = 60_000
let emu: TestEmulator
let voteId = ''
const staff = () => callAs(emu, STAFF.staff)
const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.code)

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await seedVoteWorld(emu, { withoutPhone: ['p10'] })
  // p2 and p7 accepted the reminder (one message each).
  await emu.insert('subscriptions', [
    { _id: 'sub-p2-reminder', openid: openidOf('p2'), templateId: 'local-vote-reminder', remaining: 1 },
    { _id: 'sub-p7-reminder', openid: openidOf('p7'), templateId: 'local-vote-reminder', remaining: 1 },
  ])
  voteId = await approvedVote(emu)
  await moveClock(emu, voteId, 'voting')
  must(
    await callAs(emu, openidOf('p1'))('castVote', 'cast', {
      voteId,
      partyId: partyOf('1', '1', '101'),
      choices: { i1: 'agree', i2: 'agree' },
    }),
  )
})
afterAll(() => emu.close())

describe('提醒未投票业主', () => {
  it('texts the owners who did not subscribe and counts who could not be reached, in 人', async () => {
    const report = must(await staff()<ReminderReport>('manageVote', 'remind', { voteId }))
    // 9 parties have not voted: p2, p3+p4 (co-owned), p5…p10, the developer.
    // Subscription: p2, p7. Text: p3, p4 (one party), p5, p6, p8, p9. No phone: p10, the developer.
    expect(report).toMatchObject({ waiting: 9, bySubscription: 2, bySms: 5, smsEarlier: 0, unreachable: 2, failed: 0 })
    expect(report.summary).toBe('还没有投票 9 人：订阅消息提醒 2 人，短信提醒 5 人，无法提醒 2 人（未留手机号）。')
    const texts = (await emu.outbox('sms')).filter((m) => m.purpose === 'voteReminder')
    expect(texts).toHaveLength(6)
    expect(texts[0].text).toContain('关于续聘物业服务企业的表决')
    const marks = await emu.query('voteReminders', { voteId, channel: 'sms' })
    expect(marks.map((m) => m.personId).sort()).toEqual(['p3', 'p4', 'p5', 'p6', 'p8', 'p9'].map(personId).sort())
  })

  it('answers a second tap within 10 minutes with TOO_FREQUENT and sends nothing', async () => {
    const before = (await emu.outbox()).length
    const again = await staff()('manageVote', 'remind', { voteId })
    expect(codeOf(again)).toBe('TOO_FREQUENT')
    expect((await emu.outbox()).length).toBe(before)
  })

  it('never texts an owner twice for one vote, even when taps come together', async () => {
    emu.clock.advance(11 * MINUTE)
    const before = (await emu.outbox('sms')).length
    const answers = await Promise.all([1, 2, 3].map(() => staff()<ReminderReport>('manageVote', 'remind', { voteId })))
    const done = answers.filter((a) => a.ok).map((a) => must(a))
    expect(done).toHaveLength(1)
    expect(answers.filter((a) => !a.ok).map(codeOf)).toEqual(['TOO_FREQUENT', 'TOO_FREQUENT'])
    // p2's and p7's one-time grants are used up, so they are now texted; the others were texted already.
    expect(done[0]).toMatchObject({ waiting: 9, bySubscription: 0, bySms: 2, smsEarlier: 5, unreachable: 2 })
    expect(done[0].summary).toContain('此前已短信提醒 5 人')
    expect((await emu.outbox('sms')).length - before).toBe(2)
  })

  it('is declared for deployment: the SMS template id comes from the environment', async () => {
    const { smsReminderTemplateId } = await import('../ports/sms')
    const { envFrom } = await import('../env')
    expect(smsReminderTemplateId(envFrom({ SMS_REMINDER_TEMPLATE_ID: '2233445' }))).toBe('2233445')
    expect(() => smsReminderTemplateId(envFrom({}))).toThrow('SMS_REMINDER_TEMPLATE_ID')
  })
})
