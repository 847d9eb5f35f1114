import type { IncomingMessage, ServerResponse } from 'node:http'
import { MINI_PROGRAM_SOURCE } from '../../server/callSource'

export const MB = 1024 * 1024

/** The request body was bigger than the route allows; the body has been drained, the socket is still usable. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`请求数据超过 ${Math.round(limit / MB)} MB 的上限`)
  }
}

/** Bodies past this are not even drained: the connection is cut. */
const DRAIN_CAP = 64 * MB

/** Reads the whole body; past `limit` it keeps draining (so the client can read our answer) and rejects. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else if (size > DRAIN_CAP) req.destroy()
    })
    req.on('end', () => (size > limit ? reject(new BodyTooLarge(limit)) : resolve(Buffer.concat(chunks, size))))
    req.on('error', reject)
    req.on('close', () => {
      if (!req.complete) reject(new Error('请求在传输中被中断'))
    })
  })
}

/** Parses a JSON body; an empty body is `{}`. Throws SyntaxError on bad JSON. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const raw = await readBody(req, limit)
  if (raw.length === 0) return {}
  return JSON.parse(raw.toString('utf8')) as unknown
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(text)
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(html)
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { location, 'content-length': 0, 'cache-control': 'no-store', ...headers })
  res.end()
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const name = part.slice(0, eq).trim()
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim())
    } catch {
      out[name] = part.slice(eq + 1).trim()
    }
  }
  return out
}

export const OPENID_COOKIE = 'dev_openid'

/** Who calls and from where, as a function would see it in `getWXContext()` (OPENID and SOURCE). */
export interface CallIdentity {
  openid?: string
  source: string
}

/**
 * Header `x-dev-openid`, else the `dev_openid` cookie; header `x-dev-source` is the call's SOURCE
 * (`wx_devtools` for the operator's console, `wx_http`, `wx_trigger`, …), `wx_client` when absent, since
 * the H5 app stands in for the mini program. Only server/callSource.ts decides who is the operator.
 */
export function callerOf(req: IncomingMessage): CallIdentity {
  const header = req.headers['x-dev-openid']
  const openid = (Array.isArray(header) ? header[0] : header)?.trim() || parseCookies(req.headers.cookie)[OPENID_COOKIE] || undefined
  const claimed = req.headers['x-dev-source']
  const source = (Array.isArray(claimed) ? claimed[0] : claimed)?.trim()
  return { openid, source: source || MINI_PROGRAM_SOURCE }
}

const LOCAL_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]'])

function hostnameOf(hostAndPort: string): string {
  return hostAndPort.startsWith('[') ? hostAndPort.slice(0, hostAndPort.indexOf(']') + 1) : hostAndPort.split(':')[0]
}

/**
 * The emulator trusts whoever reaches it, so keep web pages on other sites out: the Host must
 * be a loopback name (no DNS rebinding) and a browser Origin, when sent, must be local too.
 */
export function isFromThisMachine(req: IncomingMessage): boolean {
  const host = req.headers.host
  if (host && !LOCAL_HOSTNAMES.has(hostnameOf(host).toLowerCase())) return false
  const origin = req.headers.origin
  if (!origin) return true
  try {
    return LOCAL_HOSTNAMES.has(new URL(origin).hostname) // 'null' (sandboxed frames) fails to parse: refused
  } catch {
    return false
  }
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
