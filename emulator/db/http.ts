import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the server needs: anything with LocalDatabase's `handle`. */
export interface DbHandler {
  handle(body: Record<string, unknown>): Promise<unknown>
}

export interface DbServer {
  /** `http://127.0.0.1:PORT` — pass `${url}/admin` as wx-server-sdk's `serviceUrl`. */
  url: string
  port: number
  close(): Promise<void>
}

const BODY_LIMIT = 64 * 1024 * 1024

/**
 * A minimal CloudBase endpoint for tests and benchmarks: `POST /admin` (any query string, as
 * the SDK appends `?env=…&seqId=…`) → `db.handle(body)`, always HTTP 200 like CloudBase.
 * Listens on 127.0.0.1 only. The full emulator mounts `db.handle` the same way.
 */
export async function startDbServer(db: DbHandler, port = 0): Promise<DbServer> {
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body)
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
      res.end(text)
    }
    const path = (req.url ?? '').split('?')[0]
    if (req.method !== 'POST' || path !== '/admin') return send(404, { code: 'INVALID_PARAM', message: `no route ${req.method} ${path}` })
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > BODY_LIMIT) req.destroy()
      else chunks.push(chunk)
    })
    req.on('end', () => {
      let body: Record<string, unknown>
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
      } catch {
        return send(200, { code: 'INVALID_PARAM', message: 'request body is not JSON' })
      }
      db.handle(body).then(
        (answer) => send(200, answer),
        (e: unknown) => {
          console.error('[emulator/db] bug while answering', body.action, e)
          send(200, { code: 'SYS_ERR', message: e instanceof Error ? e.message : String(e) })
        },
      )
    })
  })
  // The SDK's keep-alive agent drops idle sockets after 4.8 s; Node's server default is 5 s.
  // When the event loop is busy both timers fire late in any order, and a request sent on a
  // socket the server just closed fails with "socket hang up"/ECONNRESET. Let the client close.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const actual = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        // The SDK keeps connections alive; drop them so close() finishes now.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
