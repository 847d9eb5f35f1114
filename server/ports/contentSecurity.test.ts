import { checkWords, LOCAL_WORDS, wechatContentSecurity, type SecurityOpenapi } from './contentSecurity'

/** A fake `cloud.openapi` answering as WeChat does (msgSecCheck v2), recording each request. */
function fakeOpenapi(answer: (content: string) => unknown): { openapi: SecurityOpenapi; requests: unknown[] } {
  const requests: unknown[] = []
  return {
    requests,
    openapi: {
      security: {
        async msgSecCheck(request) {
          requests.push(request)
          const a = answer(request.content)
          if (a instanceof Error) throw a
          return a
        },
      },
    },
  }
}

const ok = (suggest: string, label: number) => ({
  errCode: 0,
  errMsg: 'openapi.security.msgSecCheck:ok',
  trace_id: '60ae120f-371d5872-7941a05b',
  result: { suggest, label },
  detail: [
    { strategy: 'content_model', errcode: 0, suggest, label, prob: 90 },
    { strategy: 'keyword', errcode: 0, suggest: 'pass', label: 100, level: 20, keyword: '' },
  ],
})
const wechatError = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg })

describe('the production adapter (security.msgSecCheck v2)', () => {
  it('sends version 2 with the openid, scene and content', async () => {
    const { openapi, requests } = fakeOpenapi(() => ok('pass', 100))
    expect(await wechatContentSecurity(openapi).check({ content: '小区停车管理', openid: 'o-1', scene: 3 })).toEqual({
      suggest: 'pass',
      label: '',
    })
    expect(requests).toEqual([{ version: 2, openid: 'o-1', scene: 3, content: '小区停车管理' }])
  })

  it.each([
    ['review', 20001, '时政'],
    ['risky', 20006, '违法犯罪'],
    ['risky', 99999, '其他'],
  ])('maps suggest %s with label %d', async (suggest, label, text) => {
    const { openapi } = fakeOpenapi(() => ok(suggest, label))
    expect(await wechatContentSecurity(openapi).check({ content: 'x', openid: 'o-1', scene: 3 })).toEqual({ suggest, label: text })
  })

  it("maps WeChat's errcodes: 87014 is risky; an openid it cannot check (61010, 40003) goes to review, logged", async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const answers: Record<string, Error> = {
      a: wechatError(87014, 'risky content'),
      b: wechatError(61010, 'user access record expired'),
      c: wechatError(40003, 'invalid openid'),
    }
    const { openapi } = fakeOpenapi((c) => answers[c])
    const port = wechatContentSecurity(openapi)
    expect(await port.check({ content: 'a', openid: 'o-1', scene: 3 })).toEqual({ suggest: 'risky', label: '违规内容' })
    expect(await port.check({ content: 'b', openid: 'o-1', scene: 3 })).toEqual({ suggest: 'review', label: '未能自动检测' })
    expect(await port.check({ content: 'c', openid: 'o-1', scene: 3 })).toEqual({ suggest: 'review', label: '未能自动检测' })
    expect(warn.mock.calls.map(([line]) => JSON.parse(String(line)).errcode)).toEqual([87014, 61010, 40003])
    warn.mockRestore()
  })

  it('rethrows what is not a WeChat answer (a broken network is not a verdict)', async () => {
    const { openapi } = fakeOpenapi(() => new Error('socket hang up'))
    await expect(wechatContentSecurity(openapi).check({ content: 'x', openid: 'o-1', scene: 3 })).rejects.toThrow('socket hang up')
  })
})

describe('the local word list', () => {
  it('refuses risky words and flags review words', () => {
    expect(checkWords(`本小区${LOCAL_WORDS.risky[0]}`).suggest).toBe('risky')
    expect(checkWords(`组织${LOCAL_WORDS.review[0]}`).suggest).toBe('review')
    expect(checkWords('更换电梯')).toEqual({ suggest: 'pass', label: '' })
  })
})
