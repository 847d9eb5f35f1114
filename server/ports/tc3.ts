import { createHash, createHmac } from 'node:crypto'

/**
 * Tencent Cloud API 3.0 request signing, TC3-HMAC-SHA256
 * (https://cloud.tencent.com/document/api/213/30654): canonical request → string to sign →
 * HMAC chain over date/service/"tc3_request" → Authorization header. POST with a JSON body only.
 */
export interface Tc3Request {
  secretId: string
  secretKey: string
  /** With a temporary key (a function role's): its session token, sent as X-TC-Token (not signed). */
  sessionToken?: string
  service: string
  host: string
  action: string
  version: string
  region?: string
  /** Seconds since epoch; the date in the credential scope is its UTC date. */
  timestamp: number
  payload: string
  contentType?: string
}

export interface Tc3Signed {
  canonicalRequest: string
  stringToSign: string
  signature: string
  authorization: string
  headers: Record<string, string>
}

const ALGORITHM = 'TC3-HMAC-SHA256'
const SIGNED_HEADERS = 'content-type;host'

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

function hmac(key: Buffer | string, text: string): Buffer {
  return createHmac('sha256', key).update(text, 'utf8').digest()
}

export function tc3Sign(req: Tc3Request): Tc3Signed {
  const contentType = req.contentType ?? 'application/json; charset=utf-8'
  const date = new Date(req.timestamp * 1000).toISOString().slice(0, 10)
  const canonicalRequest = [
    'POST',
    '/',
    '',
    `content-type:${contentType}\nhost:${req.host}\n`,
    SIGNED_HEADERS,
    sha256Hex(req.payload),
  ].join('\n')
  const scope = `${date}/${req.service}/tc3_request`
  const stringToSign = [ALGORITHM, String(req.timestamp), scope, sha256Hex(canonicalRequest)].join('\n')
  const secretDate = hmac(`TC3${req.secretKey}`, date)
  const secretService = hmac(secretDate, req.service)
  const secretSigning = hmac(secretService, 'tc3_request')
  const signature = createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest('hex')
  const authorization = `${ALGORITHM} Credential=${req.secretId}/${scope}, SignedHeaders=${SIGNED_HEADERS}, Signature=${signature}`
  const headers: Record<string, string> = {
    Authorization: authorization,
    'Content-Type': contentType,
    Host: req.host,
    'X-TC-Action': req.action,
    'X-TC-Version': req.version,
    'X-TC-Timestamp': String(req.timestamp),
  }
  if (req.region) headers['X-TC-Region'] = req.region
  if (req.sessionToken) headers['X-TC-Token'] = req.sessionToken
  return { canonicalRequest, stringToSign, signature, authorization, headers }
}
