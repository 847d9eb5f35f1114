import { request } from 'node:https'
import { gunzipSync } from 'node:zlib'

/** POSTs a JSON body over HTTPS and parses the JSON answer; network trouble and non-JSON answers throw. */
export function postJson(url: string, body: string, headers: Record<string, string> = {}, timeoutMs = 8000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          try {
            resolve(JSON.parse(text))
          } catch {
            reject(new Error(`${url}: HTTP ${res.statusCode}, not JSON: ${text.slice(0, 200)}`))
          }
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error(`${url}: timed out after ${timeoutMs} ms`)))
    req.on('error', reject)
    req.end(body)
  })
}

/** A transport that tests can replace. */
export type PostJson = typeof postJson

/** What a GET answered: the HTTP status and the parsed JSON body (null when the body was empty). */
export interface JsonAnswer {
  status: number
  body: unknown
}

/**
 * GETs a URL over HTTPS and parses the JSON answer, gzip or not (QWeather always compresses), whatever the
 * status: the caller reads the service's own error body. Network trouble and non-JSON answers throw.
 */
export function getJson(url: string, headers: Record<string, string> = {}, timeoutMs = 8000): Promise<JsonAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: { 'Accept-Encoding': 'gzip', ...headers }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        try {
          const raw = Buffer.concat(chunks)
          const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8')
          resolve({ status: res.statusCode ?? 0, body: text.trim() === '' ? null : JSON.parse(text) })
        } catch (e) {
          reject(new Error(`${url}: HTTP ${res.statusCode}, unreadable answer: ${(e as Error).message}`))
        }
      })
    })
    req.on('timeout', () => req.destroy(new Error(`${url}: timed out after ${timeoutMs} ms`)))
    req.on('error', reject)
    req.end()
  })
}

/** A GET transport that tests can replace. */
export type GetJson = typeof getJson
