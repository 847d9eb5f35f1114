import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { LocalStorage } from '../storage/index'
import { handleAdmin, type DatabaseHandler } from './adminRoute'
import { CallTracker } from './calls'
import type { ControllableClock } from './clock'
import { handleDev, type DocumentReader } from './devRoutes'
import { FunctionHost } from './functions'
import { handleFunctionCall } from './functionRoute'
import { handleHttpAccess } from './httpAccessRoute'
import { isFromThisMachine, sendJson } from './http'
import { serveStatic } from './staticRoute'
import { handleDownload, handleHttpUpload, handleSdkUpload } from './storageRoutes'

export interface HostOptions {
  /** The database engine answering `database.*` (emulator/db's LocalDatabase). */
  db: DatabaseHandler
  /** Direct document reads for the dev pages (personas, outboxes). */
  docs: DocumentReader
  clock: ControllableClock
  storageDir: string
  functionsDir: string
  /** Fixture functions for the emulator's own tests (`<dir>/<name>/index.ts`), hosted beside the product's. */
  fixturesDir?: string
  staticDir: string
  /** 0 picks a free port (tests). */
  port?: number
}

export interface Host {
  url: string
  port: number
  clock: ControllableClock
  storage: LocalStorage
  tracker: CallTracker
  functions: FunctionHost
  close(): Promise<void>
}

const LOCAL_HOST = Symbol.for('yeweihui.localHost')
/** Marks the global as published by a live host, so a second host in the process is refused. */
const OWNER = Symbol.for('yeweihui.localHost.owner')
type Slots = Record<symbol, unknown>

/**
 * One HTTP server on 127.0.0.1: /admin (the SDK's API), /functions/<name>, /http/<name> (HTTP access service), /storage/*,
 * /dev/* and the H5 build. It also publishes `{ als, clock }` for the server kit and sets
 * TCB_LOCAL_URL, before any function module is loaded (they load on first call).
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const slots = globalThis as unknown as Slots
  if (slots[OWNER]) {
    throw new Error(`本进程已经有一个本地模拟器在运行（${String(slots[OWNER])}）；函数共用一次 cloud.init，请先 close() 它`)
  }
  const tracker = new CallTracker()
  const storage = new LocalStorage(options.storageDir)
  const functions = new FunctionHost(options.functionsDir, tracker, options.fixturesDir)
  let baseUrl = ''

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isFromThisMachine(req)) return sendJson(res, 403, { errCode: -1, errMsg: '只接受本机页面的请求' })
    const url = new URL(req.url ?? '/', baseUrl)
    const { pathname } = url
    const method = req.method ?? 'GET'
    if (allowLocalOrigin(req, res)) return
    if (pathname === '/admin') {
      return method === 'POST' ? handleAdmin({ db: options.db, storage, functions, tracker, baseUrl }, req, res) : notAllowed(res)
    }
    if (pathname.startsWith('/functions/')) {
      if (method !== 'POST') return notAllowed(res)
      return handleFunctionCall(functions, req, res, safeDecode(pathname.slice('/functions/'.length)))
    }
    if (pathname.startsWith('/http/')) {
      const name = safeDecode(pathname.slice('/http/'.length).split('/')[0])
      return handleHttpAccess(functions, req, res, url, name)
    }
    // Storage reads the path as the request wrote it: URL parsing resolves `..` and `%2e%2e`, which would
    // turn `committee/cuihu/%2e%2e/binhai/…` into another community's file before any check saw it.
    const rawPath = (req.url ?? '/').split('?')[0]
    if (rawPath === '/storage/upload' && method === 'POST') return handleHttpUpload(storage, req, res, url)
    if (rawPath.startsWith('/storage/') || pathname.startsWith('/storage/')) {
      if (method === 'PUT') return handleSdkUpload(storage, req, res, rawPath)
      if (method === 'GET' || method === 'HEAD') return handleDownload(storage, req, res, rawPath)
      return notAllowed(res)
    }
    if (pathname === '/dev' || pathname.startsWith('/dev/')) {
      return handleDev({ docs: options.docs, clock: options.clock, tracker, staticDir: options.staticDir }, req, res, url)
    }
    if (method === 'GET' || method === 'HEAD') return serveStatic(options.staticDir, req, res, pathname)
    sendJson(res, 404, { errCode: -1, errMsg: `没有这个接口：${method} ${pathname}` })
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      console.error(`[emulator] ${req.method} ${req.url} 出错:`, e)
      if (!res.headersSent) sendJson(res, 500, { errCode: -1, errMsg: e instanceof Error ? e.message : String(e) })
      else res.destroy()
    })
  })
  // Longer than the SDK's keep-alive agent (4.8 s) so the server never closes a socket the client is about to reuse.
  server.keepAliveTimeout = 10_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://127.0.0.1:${port}`
  tracker.listen(port)

  const previousUrl = process.env.TCB_LOCAL_URL
  process.env.TCB_LOCAL_URL = baseUrl
  // Outside Tencent Cloud, @cloudbase/node-sdk probes metadata.tencentyun.com (30 ms timeout,
  // never cached on failure) twice per request. With serviceUrl set the answer changes nothing
  // but a header, so skip the probe: faster calls and no stray traffic from a dev machine.
  const previousTencentCloud = process.env.TENCENTCLOUD
  process.env.TENCENTCLOUD ??= 'true'
  slots[LOCAL_HOST] = { als: tracker.als, clock: options.clock }
  slots[OWNER] = baseUrl

  let closed: Promise<void> | undefined
  return {
    url: baseUrl,
    port,
    clock: options.clock,
    storage,
    tracker,
    functions,
    close() {
      closed ??= new Promise<void>((resolve) => {
        tracker.stop()
        server.close(() => resolve())
        server.closeAllConnections()
        if (slots[OWNER] === baseUrl) {
          delete slots[LOCAL_HOST]
          delete slots[OWNER]
          restoreEnv('TCB_LOCAL_URL', previousUrl)
          restoreEnv('TENCENTCLOUD', previousTencentCloud)
        }
      })
      return closed
    },
  }
}

/**
 * Lets a page served from another local port (e.g. a Taro dev server) call the emulator with
 * its dev headers and cookie. Foreign origins never get here (isFromThisMachine). True when
 * the request was a preflight and has been answered.
 */
function allowLocalOrigin(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin
  if (origin) {
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('access-control-allow-credentials', 'true')
    res.setHeader('vary', 'Origin')
  }
  if (req.method !== 'OPTIONS') return false
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, DELETE',
    'access-control-allow-headers': 'content-type, x-dev-openid, x-dev-source',
    'access-control-max-age': '600',
  })
  res.end()
  return true
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}

function notAllowed(res: ServerResponse): void {
  sendJson(res, 405, { errCode: -1, errMsg: '不支持这个请求方法' })
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
