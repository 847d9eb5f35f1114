import { communityPrefix } from '../core/schemas/files'
import { failureCode } from './failureCode'
import { foreignFileProblem, requireCommunityFiles } from './files'

/* The one file rule: this environment's storage, under the caller's community's folder, taken as written. */

const own = (path: string, env = 'local') => `cloud://${env}.local-bucket/${communityPrefix('cuihu')}${path}`

describe('a stored file id', () => {
  it('is accepted under the community’s folder of this environment, whatever the bucket', () => {
    expect(foreignFileProblem(own('meetings/1717-0-ab12cd.pdf'), 'local', 'cuihu')).toBeNull()
    expect(foreignFileProblem(own('图/一.png'), 'local', 'cuihu')).toBeNull()
    expect(foreignFileProblem('cloud://prod-1a2b.7072-prod-1a2b-1300000000/committee/cuihu/a.pdf', 'prod-1a2b', 'cuihu')).toBeNull()
  })

  it.each([
    ['another community', 'cloud://local.local-bucket/committee/binhai/a.pdf'],
    ['a community whose id starts the same', 'cloud://local.local-bucket/committee/cuihu2/a.pdf'],
    ['the community folder itself with no file', 'cloud://local.local-bucket/committee/cuihu/'],
    ['another environment', own('a.pdf', 'prod-1a2b')],
    ['an environment that only starts the same', 'cloud://localx.local-bucket/committee/cuihu/a.pdf'],
    ['no bucket', 'cloud://local./committee/cuihu/a.pdf'],
    ['a web address', 'https://evil.example/committee/cuihu/a.pdf'],
    ['.. climbing out', own('../binhai/a.pdf')],
    ['. segments', own('./a.pdf')],
    ['empty segments', own('meetings//a.pdf')],
    ['a backslash', own('..\\binhai\\a.pdf')],
    ['percent-encoded ..', own('%2e%2e/binhai/a.pdf')],
    ['upper-case percent-encoded ..', own('%2E%2E/binhai/a.pdf')],
    ['double-encoded ..', own('%252e%252e/binhai/a.pdf')],
    ['an encoded slash', own('..%2fbinhai%2fa.pdf')],
    ['a NUL', own('a.pdf\u0000.png')],
    ['a control character', own('a\u001b.pdf')],
    ['a newline', own('a\n.pdf')],
  ])('is refused: %s', (_what, fileID) => {
    expect(foreignFileProblem(fileID, 'local', 'cuihu')).not.toBeNull()
  })

  it('is refused with FOREIGN_FILE by the check every storing action runs (the emulator is `local`)', () => {
    const prior = process.env.TCB_LOCAL_URL
    process.env.TCB_LOCAL_URL = 'http://127.0.0.1:1'
    try {
      expect(failureCode(() => requireCommunityFiles('cuihu', [{ fileID: own('a.pdf'), name: 'a.pdf' }]))).toBeUndefined()
      expect(failureCode(() => requireCommunityFiles('cuihu', [{ fileID: own('%2e%2e/x.pdf'), name: 'x.pdf' }]))).toBe('FOREIGN_FILE')
      expect(failureCode(() => requireCommunityFiles('cuihu', null))).toBeUndefined()
    } finally {
      if (prior === undefined) delete process.env.TCB_LOCAL_URL
      else process.env.TCB_LOCAL_URL = prior
    }
  })
})
