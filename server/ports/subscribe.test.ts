import { localSubscribe, NOT_SUBSCRIBED } from './subscribe'

/** Just enough of the database for the local adapter: one subscriptions lookup, updates, outbox adds. */
function fakeDb(subscriptions: { _id: string; openid: string; templateId: string; remaining?: number }[]) {
  const outbox: unknown[] = []
  const db = {
    command: { inc: (n: number) => ({ inc: n }) },
    collection: (name: string) => ({
      where: (q: { openid: string; templateId: string }) => ({
        limit: () => ({ get: async () => ({ data: subscriptions.filter((s) => s.openid === q.openid && s.templateId === q.templateId) }) }),
      }),
      doc: (id: string) => ({
        update: async ({ data }: { data: { remaining: { inc: number } } }) => {
          const s = subscriptions.find((x) => x._id === id)!
          s.remaining = (s.remaining ?? 0) + data.remaining.inc
        },
      }),
      add: async ({ data }: { data: unknown }) => {
        if (name === 'outbox') outbox.push(data)
      },
    }),
  }
  return { db: db as never, outbox }
}

describe('localSubscribe', () => {
  const message = { touser: 'o-1', templateId: 'T1', page: 'pages/vote/index?id=v1', data: { thing1: { value: '投票开始' } } }

  it('answers 43101 and delivers nothing when the user has not subscribed', async () => {
    const { db, outbox } = fakeDb([])
    expect(await localSubscribe(db, () => 0).send(message)).toEqual({ ok: false, errcode: NOT_SUBSCRIBED, errmsg: expect.any(String) })
    expect(outbox).toEqual([])
  })

  it('delivers to the outbox and counts down one-time subscriptions', async () => {
    const { db, outbox } = fakeDb([{ _id: 's1', openid: 'o-1', templateId: 'T1', remaining: 1 }])
    const port = localSubscribe(db, () => Date.UTC(2024, 0, 1))
    expect(await port.send(message)).toEqual({ ok: true })
    expect(outbox).toEqual([
      { kind: 'subscribe', to: 'o-1', templateId: 'T1', page: message.page, data: message.data, at: new Date(Date.UTC(2024, 0, 1)) },
    ])
    expect(await port.send(message)).toMatchObject({ ok: false, errcode: NOT_SUBSCRIBED })
    expect(outbox).toHaveLength(1)
  })
})
