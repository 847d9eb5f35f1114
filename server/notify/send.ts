import type { NoticeReport } from '../../core/api/vote'
import type { Database } from '../cloud'
import { getDb } from '../cloud'
import { COLLECTIONS } from '../collections'
import { rows } from '../db'
import { getSubscribePort, NOT_SUBSCRIBED, type SubscribePort } from '../ports/subscribe'
import type { SubscriptionDoc } from '../collections/platform'
import { isLive, spend, usedUp } from './consent'
import { miniprogramState, templateId, TEMPLATES, type TemplateKey, type TemplateValues } from './templates'
import { messageData } from './values'

/** WeChat sends one message per call; a few at a time keeps the function inside its limits. */
const PARALLEL_SENDS = 8
/** Consent records are read for up to this many recipients per query. */
const READ_BATCH = 1000

export type SendReport = NoticeReport

/** Recipients' live consent records for one template: ⌈recipients / 1000⌉ reads. */
async function liveRecords(db: Database, openids: readonly string[], tid: string): Promise<Map<string, SubscriptionDoc>> {
  const found = new Map<string, SubscriptionDoc>()
  for (let at = 0; at < openids.length; at += READ_BATCH) {
    const batch = openids.slice(at, at + READ_BATCH)
    const docs = await rows<SubscriptionDoc>(
      db
        .collection(COLLECTIONS.subscriptions)
        .where({ openid: db.command.in(batch), templateId: tid })
        .limit(READ_BATCH * 2),
    )
    for (const d of docs) if (isLive(d) && !found.has(d.openid)) found.set(d.openid, d)
  }
  return found
}

/**
 * Sends one template to each recipient who has a grant left; the others are counted, not sent
 * (WeChat would refuse them with 43101). Values are cleaned and cut to their field types; every
 * failure is logged with WeChat's errcode and errmsg (47003 names the bad field, 40037 a wrong
 * template id, 41030 a page missing from the released version).
 */
export async function sendTemplate<K extends TemplateKey>(
  key: K,
  openids: readonly string[],
  page: string,
  values: TemplateValues<K>,
  deps: { db?: Database; port?: SubscribePort; onSent?: (openid: string) => void } = {},
): Promise<SendReport> {
  const db = deps.db ?? getDb()
  const port = deps.port ?? getSubscribePort(db)
  const tid = templateId(key)
  const data = messageData(TEMPLATES[key].fields, values as Record<string, string | number>)
  const recipients = [...new Set(openids)]
  const report: SendReport = { recipients: recipients.length, sent: 0, notSubscribed: 0, failed: 0 }
  const consent = await liveRecords(db, recipients, tid)
  const queue = recipients.filter((openid) => consent.has(openid))
  report.notSubscribed = recipients.length - queue.length
  const state = miniprogramState()
  async function worker(): Promise<void> {
    for (let touser = queue.shift(); touser !== undefined; touser = queue.shift()) {
      const answer = await port
        .send({ touser, templateId: tid, page, data, miniprogramState: state })
        .catch((e: unknown) => ({ ok: false as const, errcode: -1, errmsg: String((e as Error)?.message ?? e) }))
      if (answer.ok) {
        report.sent++
        deps.onSent?.(touser)
        if (!port.spendsGrants) await spend(db, consent.get(touser) as SubscriptionDoc)
        continue
      }
      console.warn(
        JSON.stringify({ at: 'subscribeMessage.send', template: key, templateId: tid, errcode: answer.errcode, errmsg: answer.errmsg }),
      )
      if (answer.errcode === NOT_SUBSCRIBED) {
        report.notSubscribed++
        await usedUp(db, touser, tid)
      } else {
        report.failed++
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SENDS, queue.length) }, worker))
  return report
}
