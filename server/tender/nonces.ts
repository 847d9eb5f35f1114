import type { Database } from '../cloud'
import { collection, rows } from '../db'
import { PUSH_MAX_AGE_S } from './signature'

/*
 * The nonces of accepted pushes are kept only while a replay could still pass the signature check. A
 * request is accepted when its timestamp is within PUSH_MAX_AGE_S of the receiving clock, so a nonce
 * received at r signed a timestamp of at most r + 300 s, and a replay of it passes the age check until at
 * most r + 600 s: a nonce received more than twice the window ago can go.
 */
export const NONCE_KEEP_MS = 2 * PUSH_MAX_AGE_S * 1000

/** At most this many nonces go per clean-up (one read and one remove), … */
export const NONCE_SWEEP_BATCH = 100
/** … and an instance cleans up at most once in this long. */
export const NONCE_SWEEP_EVERY_MS = 60_000

let lastSweepAt: number | undefined

/**
 * Removes up to 100 nonces too old to matter, when this instance has not done so within the last minute
 * (by the clock the push is judged by). Pushes come a few a day; at one sweep of 100 a minute the
 * collection never grows past what arrived in the last ten minutes plus a backlog that drains quickly.
 * It runs after the push's transaction and never fails it: a nonce left over one more minute is harmless.
 */
export async function sweepOldNonces(db: Database, nowMs: number): Promise<void> {
  if (lastSweepAt !== undefined && nowMs >= lastSweepAt && nowMs - lastSweepAt < NONCE_SWEEP_EVERY_MS) return
  lastSweepAt = nowMs
  try {
    const _ = db.command
    const old = await rows(
      collection(db, 'tenderNonces')
        .where({ at: _.lt(new Date(nowMs - NONCE_KEEP_MS)) })
        .field({ _id: true })
        .limit(NONCE_SWEEP_BATCH),
    )
    if (old.length === 0) return
    await collection(db, 'tenderNonces')
      .where({ _id: _.in(old.map((n) => n._id)) })
      .remove()
  } catch (e) {
    console.warn(`tenderPush: clearing old nonces failed (${(e as Error)?.message ?? e}); the next push tries again`)
  }
}
