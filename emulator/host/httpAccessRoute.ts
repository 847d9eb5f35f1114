import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FunctionHost } from './functions'
import { BodyTooLarge, MB, readBody, sendJson } from './http'

/** The call's SOURCE for requests through the HTTP access service: no WeChat user, never the console. */
export const HTTP_ACCESS_SOURCE = 'http_access'

/**
 * `/http/<name>`: CloudBase's HTTP access service. The function gets `{ path, httpMethod, headers, body,
 * isBase64Encoded, queryStringParameters }` with the raw body as text, no OPENID, and answers
 * `{ statusCode, headers, body }`, which becomes the HTTP answer.
 */
export async function handleHttpAccess(
  functions: FunctionHost,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  name: string,
): Promise<void> {
  if (!functions.sourceOf(name)) {
    req.resume()
    return sendJson(res, 404, { errCode: -501000, errMsg: `云函数 ${name} 不存在` })
  }
  let raw: Buffer
  try {
    raw = await readBody(req, 6 * MB)
  } catch (e) {
    if (e instanceof BodyTooLarge) return sendJson(res, 413, { errCode: -501007, errMsg: '请求体超过 6 MB' })
    throw e
  }
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v
  const event = {
    path: url.pathname.slice(`/http/${name}`.length) || '/',
    httpMethod: req.method ?? 'GET',
    headers,
    queryStringParameters: Object.fromEntries(url.searchParams),
    body: raw.toString('utf8'),
    isBase64Encoded: false,
  }
  const outcome = await functions.invoke(name, event, { source: HTTP_ACCESS_SOURCE })
  if (outcome.kind === 'missing') return sendJson(res, 404, { errCode: -501000, errMsg: `云函数 ${name} 不存在` })
  if (outcome.kind === 'threw') return sendJson(res, 502, { errCode: -1, errMsg: outcome.message })
  const answer = (outcome.result ?? {}) as { statusCode?: number; headers?: Record<string, string>; body?: string }
  const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? outcome.result ?? null)
  res.writeHead(answer.statusCode ?? 200, {
    'cache-control': 'no-store',
    ...(answer.headers ?? {}),
    'content-length': Buffer.byteLength(body),
  })
  res.end(body)
}
