import type { Database } from '../cloud'
import { getCloud, getDb, isLocal } from '../cloud'
import { COLLECTIONS } from '../collections'
import { now } from '../context'
import { rows } from '../db'
import type { SubscriptionDoc } from '../collections/platform'
import { miniprogramState, type MiniprogramState } from '../notify/templates'
import { INVALID_DATA, refusedFields, refusedMessage } from './subscribeData'

/** A subscription message (订阅消息); `data` is keyed by the template's fields, e.g. `{ thing1: { value: '…' } }`. */
export interface SubscribeMessage {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  /** Which version of the mini program the message opens; from MINIPROGRAM_STATE when not given. */
  miniprogramState?: MiniprogramState
}

/** WeChat answers with an errcode; 43101 means the user has not subscribed (or used up the subscription). */
export type SubscribeResult = { ok: true } | { ok: false; errcode: number; errmsg: string }

export interface SubscribePort {
  send(message: SubscribeMessage): Promise<SubscribeResult>
  /**
   * The local port plays WeChat, whose count of one-time grants is, locally, our own ledger: it
   * spends the grant itself. In production WeChat spends its own and server/notify/send.ts
   * mirrors it after each accepted send.
   */
  readonly spendsGrants: boolean
}

export const NOT_SUBSCRIBED = 43101

/**
 * Local: delivered messages land in the `outbox` collection. A user with no `subscriptions` document
 * for the template (or none remaining) gets errcode 43101, and data over a field's limits 47003,
 * exactly as WeChat answers.
 */
export function localSubscribe(db: Database, clock: () => number = now): SubscribePort {
  return {
    spendsGrants: true,
    async send({ touser, templateId, page, data, miniprogramState: state }) {
      const [refused] = refusedFields(data)
      if (refused) return { ok: false, errcode: INVALID_DATA, errmsg: refusedMessage(refused) }
      const [subscription] = await rows<SubscriptionDoc>(
        db.collection(COLLECTIONS.subscriptions).where({ openid: touser, templateId }).limit(1),
      )
      if (!subscription || (typeof subscription.remaining === 'number' && subscription.remaining <= 0)) {
        return { ok: false, errcode: NOT_SUBSCRIBED, errmsg: 'user refuse to accept the msg' }
      }
      if (typeof subscription.remaining === 'number') {
        await db
          .collection(COLLECTIONS.subscriptions)
          .doc(subscription._id)
          .update({ data: { remaining: db.command.inc(-1) } })
      }
      await db.collection(COLLECTIONS.outbox).add({
        data: {
          kind: 'subscribe',
          to: touser,
          templateId,
          page,
          data,
          ...(state ? { miniprogramState: state } : {}),
          at: new Date(clock()),
        },
      })
      return { ok: true }
    },
  }
}

/** Production: `cloud.openapi.subscribeMessage.send` (declare `subscribeMessage.send` in the function's config.json). */
export function wechatSubscribe(): SubscribePort {
  return {
    spendsGrants: false,
    async send({ touser, templateId, page, data, miniprogramState: state }) {
      try {
        await getCloud().openapi.subscribeMessage.send({
          touser,
          templateId,
          page,
          data,
          miniprogramState: state ?? miniprogramState(),
          lang: 'zh_CN',
        })
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
