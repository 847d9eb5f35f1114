import { createHmac, timingSafeEqual } from 'node:crypto'

/** A push older or newer than this (seconds) is refused: its nonce may no longer be remembered. */
export const PUSH_MAX_AGE_S = 300

/** HMAC-SHA256 (hex) over timestamp + nonce + raw body, with the shared secret: what the platform sends. */
export function pushSignature(secret: string, timestamp: string, nonce: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}${nonce}${rawBody}`, 'utf8').digest('hex')
}

export type SignatureCheck = { ok: true } | { ok: false; why: 'missing' | 'stale' | 'bad' }

/** Checks the headers' signature in constant time and the timestamp's age; nothing is read from the body before. */
export function checkPushSignature(
  secret: string,
  headers: { timestamp?: string; nonce?: string; signature?: string },
  rawBody: string,
  nowMs: number,
): SignatureCheck {
  const { timestamp, nonce, signature } = headers
  if (!timestamp || !nonce || !signature || !/^\d{9,11}$/.test(timestamp) || !/^[A-Za-z0-9_-]{8,64}$/.test(nonce)) {
    return { ok: false, why: 'missing' }
  }
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > PUSH_MAX_AGE_S) return { ok: false, why: 'stale' }
  const expected = Buffer.from(pushSignature(secret, timestamp, nonce, rawBody), 'hex')
  const given = /^[0-9a-fA-F]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, why: 'bad' }
  return { ok: true }
}

/** The headers a push carries, as the platform (or `npm run tender:push`) signs it. */
export function pushHeaders(secret: string, rawBody: string, nowMs: number, nonce: string): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000))
  return {
    'content-type': 'application/json',
    'x-tender-timestamp': timestamp,
    'x-tender-nonce': nonce,
    'x-tender-signature': pushSignature(secret, timestamp, nonce, rawBody),
  }
}
