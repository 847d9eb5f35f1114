import { Attachment, castVoteApi } from './vote'

/* The vote contract's input bounds, checked before any function runs. */

const cast = castVoteApi.cast.input
const firstMessage = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  r.success ? undefined : r.error?.issues[0]?.message

describe('a ballot’s choices', () => {
  const choices = (n: number) => Object.fromEntries(Array.from({ length: n }, (_unused, i) => [`i${i + 1}`, 'agree']))

  it('take at most 50 items, as a vote has', () => {
    expect(cast.safeParse({ voteId: 'v1', partyId: 'p', choices: choices(50) }).success).toBe(true)
    const tooMany = cast.safeParse({ voteId: 'v1', partyId: 'p', choices: choices(51) })
    expect(firstMessage(tooMany)).toMatch(/最多50个/)
  })
})

describe('an attachment’s file', () => {
  const file = (fileID: string) => Attachment.safeParse({ name: '合同.pdf', fileID })

  it('is a file of this environment’s cloud storage, the local emulator’s included', () => {
    expect(file('cloud://local.local-bucket/votes/合同 2025.pdf').success).toBe(true)
    expect(file('cloud://prod-1a2b.7072-prod-1a2b-1300000000/votes/a.pdf').success).toBe(true)
  })

  // A path that climbs out (`..`, disguised or not) is the server's file rule's to refuse, naming the file: server/files.test.ts.
  it('is refused as a web address, another scheme or an empty path', () => {
    for (const bad of ['https://evil.example/a.pdf', 'javascript:alert(1)', 'cloud://local.local-bucket/', 'cloud:/x']) {
      expect(firstMessage(file(bad))).toBe('附件须是上传到本小程序云存储的文件')
    }
  })
})
