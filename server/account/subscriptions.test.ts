import type { SubscriptionStatus } from '../../core/api/subscriptions'
import { startHarness, type Harness } from '../testing/harness'

/**
 * 消息提醒, asked for by name: any page hands the names, gets the template ids for WeChat's dialog, and
 * records one one-time grant per accepted template, for the caller only and only for templates meant for
 * her roles.
 */
let h: Harness
beforeAll(async () => {
  h = await startHarness('sb')
})
afterAll(async () => {
  await h?.close()
})

const must = <T>(r: { ok: true; data: T } | { ok: false; code: string; message: string }): T => {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
  return r.data
}

it('hands a committee member the ids of the named templates, and what she has a grant left for', async () => {
  const status = must(
    await h.call<SubscriptionStatus>('member', 'account', 'subscriptionStatus', { keys: ['tenderStage', 'noticePublished'] }),
  )
  expect(status).toEqual({
    templates: [
      { key: 'tenderStage', templateId: 'local-tender-stage', label: '招标进度提醒' },
      { key: 'noticePublished', templateId: 'local-notice-published', label: '新的通知消息' },
    ],
    subscribed: [],
  })
})

it('records one grant per accepted template and request, for the caller', async () => {
  const member = h.world.caller('member').openid!
  const once = must(
    await h.call<SubscriptionStatus>('member', 'account', 'subscribe', { keys: ['tenderStage'], templateIds: ['local-tender-stage'] }),
  )
  expect(once.subscribed).toEqual(['tenderStage'])
  must(await h.call('member', 'account', 'subscribe', { keys: ['tenderStage'], templateIds: ['local-tender-stage', 'local-tender-stage'] }))
  expect(await h.emulator.query('subscriptions', { openid: member })).toEqual([
    { _id: `${member}:local-tender-stage`, openid: member, templateId: 'local-tender-stage', remaining: 2, at: expect.anything() },
  ])
})

it('works for the vote through the same actions: an owner agrees to both vote templates', async () => {
  const status = must(
    await h.call<SubscriptionStatus>('owner', 'account', 'subscribe', {
      keys: ['voteOpened', 'voteReminder'],
      templateIds: ['local-vote-opened', 'local-vote-reminder'],
    }),
  )
  expect(status.subscribed).toEqual(['voteOpened', 'voteReminder'])
})

it('refuses ids of other templates, templates not meant for the caller, strangers and bad input, writing nothing', async () => {
  const before = h.writes()
  const answers = await Promise.all([
    h.call('member', 'account', 'subscribe', { keys: ['tenderStage'], templateIds: ['local-vote-opened'] }),
    h.call('member', 'account', 'subscribe', { keys: ['tenderStage'], templateIds: ['someone-elses-template'] }),
    h.call('owner', 'account', 'subscribe', { keys: ['tenderStage'], templateIds: ['local-tender-stage'] }),
    h.call('owner', 'account', 'subscriptionStatus', { keys: ['tenderStage'] }),
    h.call('stranger', 'account', 'subscribe', { keys: ['voteOpened'], templateIds: ['local-vote-opened'] }),
    h.call('member', 'account', 'subscribe', { keys: [], templateIds: ['local-tender-stage'] }),
    h.call('member', 'account', 'subscriptionStatus', { keys: ['lunchReady'] }),
  ])
  expect(answers.map((a) => (a.ok ? 'ok' : a.code))).toEqual([
    'UNKNOWN_TEMPLATE',
    'UNKNOWN_TEMPLATE',
    'FORBIDDEN',
    'FORBIDDEN',
    'FORBIDDEN',
    'INVALID_INPUT',
    'INVALID_INPUT',
  ])
  expect(answers.every((a) => !a.ok && /[\u4e00-\u9fa5]/.test(a.message))).toBe(true)
  expect(h.writes()).toBe(before)
})
