import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { isOperatorConsole } from '../../server/callSource'
import type { CallTracker } from './calls'
import type { ControllableClock } from './clock'
import { renderDevPage, type Persona } from './devPage'
import { callerOf, MB, OPENID_COOKIE, readBody, redirect, sendHtml, sendJson } from './http'

export interface DocumentReader {
  query<T = any>(collection: string, filter?: object): Promise<T[]>
}

export interface DevDeps {
  docs: DocumentReader
  clock: ControllableClock
  tracker: CallTracker
  staticDir: string
}

export const OUTBOX = 'outbox'
export const PERSONAS = 'devPersonas'

/** Outbox messages, newest first (`at` descending; later inserts first among equal times). */
export async function readOutbox(docs: DocumentReader, kind?: string): Promise<Array<Record<string, any>>> {
  const rows = await docs.query<Record<string, any>>(OUTBOX, kind ? { kind } : {})
  return rows.reverse().sort((a, b) => timeOf(b.at) - timeOf(a.at))
}

function timeOf(value: unknown): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value))
  return Number.isFinite(ms) ? ms : 0
}

async function personas(docs: DocumentReader): Promise<Persona[]> {
  const rows = await docs.query<Persona>(PERSONAS)
  return rows.sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0))
}

function clockJson(clock: ControllableClock): object {
  const now = clock.now()
  return { now, iso: new Date(now).toISOString(), offsetMs: clock.offset }
}

/** Routes under /dev: the operator page, login as a persona, outboxes, clock, call statistics. */
export async function handleDev(deps: DevDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '') || '/'}`
  switch (route) {
    case 'GET /dev':
      return sendHtml(
        res,
        200,
        renderDevPage({
          personas: await personas(deps.docs),
          current: callerOf(req).openid,
          now: deps.clock.now(),
          offsetMs: deps.clock.offset,
          sms: (await readOutbox(deps.docs, 'sms')).slice(0, 20),
          subscribe: (await readOutbox(deps.docs, 'subscribe')).slice(0, 20),
          h5Built: fs.existsSync(path.join(deps.staticDir, 'index.html')),
        }),
      )
    case 'GET /dev/login': {
      const openid = (url.searchParams.get('openid') ?? '').trim()
      if (!openid || openid.length > 128) return sendJson(res, 400, { errCode: -1, errMsg: '缺少 openid' })
      const next = url.searchParams.get('next') ?? '/'
      const safeNext = next.startsWith('/') && !next.startsWith('//') ? next : '/'
      return redirect(res, safeNext, { 'set-cookie': `${OPENID_COOKIE}=${encodeURIComponent(openid)}; Path=/; HttpOnly; SameSite=Lax` })
    }
    case 'GET /dev/logout':
      return redirect(res, '/dev/', { 'set-cookie': `${OPENID_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` })
    case 'GET /dev/whoami': {
      const caller = callerOf(req)
      const persona = caller.openid ? (await personas(deps.docs)).find((p) => p._id === caller.openid) : undefined
      return sendJson(res, 200, { ...caller, console: isOperatorConsole(caller.openid, caller.source), label: persona?.label })
    }
    case 'GET /dev/outbox': {
      const kind = url.searchParams.get('kind') ?? undefined
      const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 100, 1), 1000)
      return sendJson(res, 200, (await readOutbox(deps.docs, kind)).slice(0, limit))
    }
    case 'GET /dev/clock':
      return sendJson(res, 200, clockJson(deps.clock))
    case 'POST /dev/clock':
      return moveClock(deps.clock, req, res)
    case 'GET /dev/stats':
      return sendJson(res, 200, { counts: deps.tracker.stats(), recent: deps.tracker.recent() })
    case 'DELETE /dev/stats':
    case 'POST /dev/stats/reset':
      deps.tracker.reset()
      return sendJson(res, 200, { counts: {} })
    default:
      return sendJson(res, 404, { errCode: -1, errMsg: `没有这个开发接口：${route}` })
  }
}

/** `POST /dev/clock` with JSON (API) or a form (the dev page, answered by a redirect back). */
async function moveClock(clock: ControllableClock, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const isForm = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
  const raw = (await readBody(req, MB)).toString('utf8')
  let input: Record<string, unknown>
  try {
    input = isForm ? Object.fromEntries(new URLSearchParams(raw)) : raw ? JSON.parse(raw) : {}
  } catch {
    return sendJson(res, 400, { errCode: -1, errMsg: '请求体不是合法的 JSON' })
  }
  const problem = applyClockChange(clock, input)
  if (problem)
    return isForm
      ? sendHtml(res, 400, `<p>${problem}</p><p><a href="/dev/">返回</a></p>`)
      : sendJson(res, 400, { errCode: -1, errMsg: problem })
  return isForm ? redirect(res, '/dev/') : sendJson(res, 200, clockJson(clock))
}

/** Applies `{ advanceMinutes } | { advanceMs } | { set } | { reset }`; a Chinese problem when none fits. */
export function applyClockChange(clock: ControllableClock, input: Record<string, unknown>): string | undefined {
  if (input.reset !== undefined && input.reset !== false) {
    clock.set(Date.now())
    return undefined
  }
  if (input.advanceMinutes !== undefined || input.advanceMs !== undefined) {
    const ms = input.advanceMs !== undefined ? Number(input.advanceMs) : Number(input.advanceMinutes) * 60_000
    if (!Number.isFinite(ms)) return '前进的时间必须是数字'
    clock.advance(ms)
    return undefined
  }
  if (input.set !== undefined) {
    const ms = parseTime(input.set)
    if (ms === undefined) return '时间格式不正确'
    clock.set(ms)
    return undefined
  }
  return '请给出 advanceMinutes、advanceMs、set 或 reset'
}

/** Milliseconds, or a date string; a zone-less `2026-03-01T09:30` (a datetime-local field) is China time. */
function parseTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  const text = String(value).trim()
  if (/^\d+$/.test(text)) return Number(text)
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}+08:00` : text
  const ms = Date.parse(zoned)
  return Number.isFinite(ms) ? ms : undefined
}
