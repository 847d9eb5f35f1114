/**
 * What triggered a run: `cloud.getWXContext().SOURCE`, a comma-separated chain (`wx_client`, `wx_devtools`,
 * `wx_http` for WeChat's HTTP API, `wx_trigger` for a timer, `wx_unknown`, …; a function called by another
 * gets `,scf` appended, e.g. `wx_client,scf`; non-WeChat triggers have other values).
 *
 * The operator's console is recognised positively: a source on this explicit list, called directly (no
 * function in between) and with no signed-in user. `wx_devtools` without an OPENID is WeChat DevTools'
 * cloud console (云开发控制台 → 云端测试), which only the mini program's developers reach; DevTools'
 * simulator calls carry the developer's OPENID and are ordinary users. Every other call without an OPENID
 * (HTTP access, timers, function-to-function calls, unknown sources) gets no operator powers.
 * To run `admin` from another console, log the SOURCE it sees there and add that value here.
 */
export const OPERATOR_CONSOLE_SOURCES: readonly string[] = ['wx_devtools']

/** The source of a call that made no claim (the emulator's H5 app stands in for the mini program). */
export const MINI_PROGRAM_SOURCE = 'wx_client'

export function isOperatorConsole(openid: string | undefined, source: string | undefined): boolean {
  if (openid || !source) return false
  const chain = source.split(',')
  return chain.length === 1 && OPERATOR_CONSOLE_SOURCES.includes(chain[0])
}
