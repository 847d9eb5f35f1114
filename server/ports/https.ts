import { request } from 'node:https'

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
