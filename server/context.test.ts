import { callerIdentity } from './context'

/*
 * Production: no emulator host is published, so identity comes from wx-server-sdk's getWXContext(),
 * which reads the variables the CloudBase runtime sets for each run (WX_CONTEXT_KEYS, WX_OPENID, TCB_SOURCE).
 */
const KEYS = ['WX_CONTEXT_KEYS', 'WX_OPENID', 'TCB_SOURCE'] as const
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]))
afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k]
    else process.env[k] = saved[k]
  }
})

function runAs(openid: string | undefined, source: string | undefined) {
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID'
  if (openid) process.env.WX_OPENID = openid
  else delete process.env.WX_OPENID
  if (source === undefined) delete process.env.TCB_SOURCE
  else process.env.TCB_SOURCE = source
  return callerIdentity()
}

describe('callerIdentity in production', () => {
  it('is the operator console only for a console source without an OPENID', () => {
    expect(runAs(undefined, 'wx_devtools')).toEqual({ source: 'wx_devtools', console: true })
  })

  it.each(['wx_http', 'wx_trigger', 'wx_client,scf', 'wx_devtools,scf', 'wx_unknown', 'other', undefined])(
    'gives no operator powers to a call from %s without an OPENID',
    (source) => {
      expect(runAs(undefined, source)).toEqual({ source: source ?? '', console: false })
    },
  )

  it('is the signed-in user for a mini program call', () => {
    expect(runAs('o-user', 'wx_client')).toEqual({ openid: 'o-user', source: 'wx_client', console: false })
  })
})
