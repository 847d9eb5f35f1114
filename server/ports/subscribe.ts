import type { Database } from '../cloud'
import { getCloud, getDb, isLocal } from '../cloud'
import { COLLECTIONS } from '../collections'
import { now } from '../context'
import { rows } from '../db'

/** A subscription message (订阅消息); `data` is keyed by the template's fields, e.g. `{ thing1: { value: '…' } }`. */
export interface SubscribeMessage {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
}

/** WeChat answers with an errcode; 43101 means the user has not subscribed (or used up the subscription). */
export type SubscribeResult = { ok: true } | { ok: false; errcode: number; errmsg: string }

export interface SubscribePort {
  send(message: SubscribeMessage): Promise<SubscribeResult>
}

export const NOT_SUBSCRIBED = 43101

interface SubscriptionDoc {
  _id: string
  openid: string
  templateId: string
  /** One-time subscriptions allow one message each; when present it is counted down like WeChat does. */
  remaining?: number
}

/**
 * Local: delivered messages land in the `outbox` collection. A user with no `subscriptions` document
 * for the template (or none remaining) gets errcode 43101, exactly as WeChat answers.
 */
export function localSubscribe(db: Database, clock: () => number = now): SubscribePort {
  return {
    async send({ touser, templateId, page, data }) {
      const [subscription] = await rows<SubscriptionDoc>(db.collection(COLLECTIONS.subscriptions).where({ openid: touser, templateId }).limit(1))
      if (!subscription || (typeof subscription.remaining === 'number' && subscription.remaining <= 0)) {
        return { ok: false, errcode: NOT_SUBSCRIBED, errmsg: 'user refuse to accept the msg' }
      }
      if (typeof subscription.remaining === 'number') {
        await db.collection(COLLECTIONS.subscriptions).doc(subscription._id).update({ data: { remaining: db.command.inc(-1) } })
      }
      await db.collection(COLLECTIONS.outbox).add({ data: { kind: 'subscribe', to: touser, templateId, page, data, at: new Date(clock()) } })
      return { ok: true }
    },
  }
}

/** Production: `cloud.openapi.subscribeMessage.send` (declare `subscribeMessage.send` in the function's config.json). */
export function wechatSubscribe(): SubscribePort {
  return {
    async send({ touser, templateId, page, data }) {
      try {
        await getCloud().openapi.subscribeMessage.send({ touser, templateId, page, data, miniprogramState: 'formal' })
        return { ok: true }
      } catch (e) {
        const { errCode, errMsg } = e as { errCode?: number; errMsg?: string }
        if (typeof errCode === 'number') return { ok: false, errcode: errCode, errmsg: errMsg ?? '' }
        throw e
      }
    },
  }
}

export function getSubscribePort(db: Database = getDb()): SubscribePort {
  return isLocal() ? localSubscribe(db) : wechatSubscribe()
}
