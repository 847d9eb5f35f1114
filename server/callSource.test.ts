import { isOperatorConsole, OPERATOR_CONSOLE_SOURCES } from './callSource'

/*
 * cloud.getWXContext().SOURCE says what triggered a run. Only the explicit list of console sources,
 * with no signed-in user and no function in between, is the operator; "no OPENID" alone is not.
 */
describe('isOperatorConsole', () => {
  it('lists the WeChat DevTools cloud console (云端测试) and nothing else', () => {
    expect(OPERATOR_CONSOLE_SOURCES).toEqual(['wx_devtools'])
  })

  it('is the operator for a console source with no OPENID', () => {
    expect(isOperatorConsole(undefined, 'wx_devtools')).toBe(true)
  })

  it.each([
    ['wx_client', 'the mini program'],
    ['wx_http', 'WeChat’s HTTP API'],
    ['wx_trigger', 'a timer'],
    ['wx_paycallback', 'a payment callback'],
    ['wx_crawler', 'WeChat’s crawler'],
    ['wx_localdebug', 'DevTools local debugging'],
    ['wx_unknown', 'an unknown WeChat source'],
    ['scf', 'another function'],
    ['wx_devtools,scf', 'a function the console called'],
    ['wx_client,scf', 'a function the mini program called'],
    ['wx_trigger,scf', 'a function a timer called'],
    ['tcb_http', 'CloudBase HTTP access (a non-WeChat trigger)'],
    ['', 'an empty source'],
    [undefined, 'no source at all'],
    [' wx_devtools', 'a padded value'],
    ['WX_DEVTOOLS', 'another spelling'],
  ])('never gives operator powers to %s (%s) without an OPENID', (source, _what) => {
    expect(isOperatorConsole(undefined, source)).toBe(false)
  })

  it('never treats a signed-in user as the console, whatever the source', () => {
    for (const source of ['wx_devtools', 'wx_client', 'wx_http', undefined]) expect(isOperatorConsole('o-user', source)).toBe(false)
  })
})
