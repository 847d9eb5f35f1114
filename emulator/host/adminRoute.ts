import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { handleStorageAction } from '../storage/actions'
import type { LocalStorage } from '../storage/index'
import type { CallTracker } from './calls'
import type { FunctionHost } from './functions'
import { BodyTooLarge, MB, readJson, sendJson } from './http'

/** What /admin needs from the database engine (emulator/db's LocalDatabase). */
export interface DatabaseHandler {
  handle(body: Record<string, unknown>): Promise<unknown>
}

/** Database requests carry whole documents; allow more than a function call's 6 MB. */
const ADMIN_BODY_LIMIT = 32 * MB

export interface AdminDeps {
  db: DatabaseHandler
  storage: LocalStorage
  functions: FunctionHost
  tracker: CallTracker
  baseUrl: string
}

/**
 * `POST /admin`: where wx-server-sdk (through @cloudbase/node-sdk) sends `{ action, ...params }`.
 * Answers are always HTTP 200; failures are `{ code, message }` bodies, as CloudBase does.
 */
export async function handleAdmin(deps: AdminDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Read the caller before awaiting: the socket→call mapping is current right now.
  const call = deps.tracker.callOf(req)
  let body: Record<string, unknown>
  try {
    const parsed = await readJson(req, ADMIN_BODY_LIMIT)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new SyntaxError('body must be an object')
    body = parsed as Record<string, unknown>
  } catch (e) {
    const message = e instanceof BodyTooLarge ? e.message : `请求体不是合法的 JSON：${(e as Error).message}`
    return sendJson(res, 200, { code: 'INVALID_PARAM', message, requestId: randomUUID() })
  }
  const action = typeof body.action === 'string' ? body.action : ''
  deps.tracker.countAdmin(action, call)
  try {
    if (action.startsWith('database.')) return sendJson(res, 200, withRequestId(await deps.db.handle(body)))
    const storageAnswer = handleStorageAction(deps.storage, body, deps.baseUrl)
    if (storageAnswer) return sendJson(res, 200, storageAnswer)
    if (action === 'functions.invokeFunction') return sendJson(res, 200, await invokeNested(deps, body, call))
    sendJson(res, 200, { code: 'INVALID_PARAM', message: `本地模拟器不支持 ${action || '(没有 action)'}`, requestId: randomUUID() })
  } catch (e) {
    console.error(`[emulator] /admin ${action} 出错:`, e)
    sendJson(res, 200, { code: 'SYS_ERR', message: (e as Error).message ?? String(e), requestId: randomUUID() })
  }
}

function withRequestId(answer: unknown): unknown {
  if (typeof answer === 'object' && answer !== null && !Array.isArray(answer) && !('requestId' in answer)) {
    return { ...answer, requestId: randomUUID() }
  }
  return answer
}

/** cloud.callFunction from inside a function: the same caller, and `scf` appended to the SOURCE chain as CloudBase does. */
async function invokeNested(deps: AdminDeps, body: Record<string, unknown>, parent: ReturnType<CallTracker['callOf']>): Promise<object> {
  const requestId = randomUUID()
  const name = String(body.function_name ?? '')
  let data: unknown = {}
  try {
    data = typeof body.request_data === 'string' && body.request_data ? JSON.parse(body.request_data) : {}
  } catch {
    return { code: 'INVALID_PARAM', message: 'request_data 不是合法的 JSON', requestId }
  }
  const identity = { openid: parent?.openid, source: parent ? `${parent.source},scf` : 'scf' }
  const outcome = await deps.functions.invoke(name, data, identity)
  if (outcome.kind === 'missing') return { code: 'FUNCTIONS_REQUEST_FAIL', message: `云函数 ${name} 不存在`, requestId }
  if (outcome.kind === 'threw') return { code: 'FUNCTIONS_EXECUTE_FAIL', message: outcome.message, requestId }
  return { requestId, data: { response_data: JSON.stringify(outcome.result ?? null) } }
}
