import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FunctionHost } from './functions'
import { BodyTooLarge, callerOf, MB, readJson, sendJson } from './http'

/** CloudBase refuses callFunction data over 6 MB; so do we, with a message that says so. */
export const CALL_BODY_LIMIT = 6 * MB

/** `POST /functions/<name>`: body = callFunction `data`; answers `{ result }` or `{ errCode, errMsg }`. */
export async function handleFunctionCall(functions: FunctionHost, req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
  if (!functions.sourceOf(name)) {
    req.resume()
    return sendJson(res, 404, { errCode: -501000, errMsg: `云函数 ${name} 不存在（没有 cloudfunctions/${name}/src/index.ts）` })
  }
  let data: unknown
  try {
    data = await readJson(req, CALL_BODY_LIMIT)
  } catch (e) {
    if (e instanceof BodyTooLarge) {
      return sendJson(res, 413, {
        errCode: -501007,
        errMsg: '调用数据超过 6 MB 上限（云开发 callFunction 的限制），请减少一次提交的内容或改用文件上传',
      })
    }
    return sendJson(res, 400, { errCode: -501007, errMsg: `调用数据不是合法的 JSON：${(e as Error).message}` })
  }
  const outcome = await functions.invoke(name, data, callerOf(req))
  if (outcome.kind === 'missing') return sendJson(res, 404, { errCode: -501000, errMsg: `云函数 ${name} 不存在` })
  const counters = { 'x-dev-db-ops': String(outcome.call.db), 'x-dev-call-id': String(outcome.call.id) }
  if (outcome.kind === 'threw') return sendJson(res, 500, { errCode: -1, errMsg: outcome.message }, counters)
  sendJson(res, 200, { result: outcome.result ?? null }, counters)
}
