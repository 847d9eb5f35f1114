import type { Caller } from '../caller'
import { Failure } from '../handler'
import type { CheckInput, ContentSecurityPort } from '../ports/contentSecurity'
import { checkContent, pieces } from './check'

function fakePort(verdict: (content: string) => 'pass' | 'review' | 'risky') {
  const seen: CheckInput[] = []
  const port: ContentSecurityPort = {
    async check(input) {
      seen.push(input)
      const suggest = verdict(input.content)
      return { suggest, label: suggest === 'pass' ? '' : '其他' }
    },
  }
  return { port, seen }
}
const ctxOf = (openid?: string) => ({ caller: { openid, console: !openid, roles: [] } as Caller, now: () => 1000 })

describe('pieces within the 2,500-character limit', () => {
  it('cuts long text, at a line break near the end of a piece when there is one', () => {
    const text = `${'甲'.repeat(2200)}\n${'乙'.repeat(3000)}`
    const cut = pieces(text)
    expect(cut.map((p) => [...p].length)).toEqual([2201, 2500, 500])
    expect(cut.join('')).toBe(text)
    expect(pieces('')).toEqual([])
    expect(pieces('短')).toEqual(['短'])
  })
})

describe('checkContent', () => {
  it("passes: nothing flagged; every field checked with the caller's openid, in pieces", async () => {
    const { port, seen } = fakePort(() => 'pass')
    expect(
      await checkContent(
        ctxOf('o-1'),
        [
          { label: '标题', text: '换电梯' },
          { label: '纪要', text: '字'.repeat(6000) },
          { label: '空', text: ' ' },
        ],
        { port },
      ),
    ).toBeNull()
    expect(seen.map((s) => [s.openid, s.scene, s.content.length])).toEqual([
      ['o-1', 3, 3],
      ['o-1', 3, 2500],
      ['o-1', 3, 2500],
      ['o-1', 3, 1000],
    ])
  })

  it('review: answers a flag naming the field (a word past the first piece is found too)', async () => {
    const { port } = fakePort((c) => (c.includes('可疑') ? 'review' : 'pass'))
    const flag = await checkContent(
      ctxOf('o-1'),
      [
        { label: '标题', text: '换电梯' },
        { label: '会议纪要', text: `${'字'.repeat(4000)}可疑` },
      ],
      { port },
    )
    expect(flag).toEqual({ fields: ['会议纪要'], labels: ['其他'], at: 1000 })
  })

  it('risky: a CONTENT_RISKY failure with a Chinese sentence naming the field', async () => {
    const { port } = fakePort((c) => (c.includes('坏') ? 'risky' : 'review'))
    const refused = checkContent(
      ctxOf('o-1'),
      [
        { label: '标题', text: '好' },
        { label: '驳回原因', text: '坏' },
      ],
      { port },
    )
    await expect(refused).rejects.toBeInstanceOf(Failure)
    await expect(refused).rejects.toMatchObject({ code: 'CONTENT_RISKY', message: '驳回原因含有不适宜发布的内容，请修改后再提交' })
  })

  it('a call without an openid (the console) skips WeChat and uses the local word list', async () => {
    const { port, seen } = fakePort(() => 'risky')
    expect(await checkContent(ctxOf(undefined), [{ label: '标题', text: '换电梯' }], { port })).toBeNull()
    await expect(checkContent(ctxOf(undefined), [{ label: '标题', text: '代开发票' }], { port })).rejects.toMatchObject({
      code: 'CONTENT_RISKY',
    })
    expect(seen).toEqual([])
  })
})
