import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import type { SubscriptionDoc } from '../collections/platform'
import { rows } from '../db'
import { isDuplicate } from '../db'

/*
 * Consent to subscription messages, per person and template. In the mini program it is
 * `requestSubscribeMessage` (from a tap) that makes WeChat deliver, and WeChat keeps its own count;
 * this ledger mirrors it: each accepted request adds one one-time grant, each message sent uses
 * one, and a 43101 from WeChat (refused or used up) sets it to zero. It decides whom a send skips
 * (no call to WeChat for someone with nothing left) and what the page says is turned on.
 */
/** One document per person and template, so agreeing twice adds to the same document. */
export const subscriptionId = (openid: string, templateId: string) => `${openid}:${templateId}`

export const isLive = (s: Pick<SubscriptionDoc, 'remaining'>) => typeof s.remaining !== 'number' || s.remaining > 0

/**
 * Adds one grant per template (duplicates in the list count once: one tap, one grant each). The
 * increment is one atomic update; the first grant is created with a deterministic id, and a
 * concurrent first grant that lost the race to create it increments instead, so none is lost.
 */
export async function grant(db: Database, openid: string, templateIds: readonly string[], at: Date): Promise<void> {
  const _ = db.command
  const subscriptions = db.collection(COLLECTIONS.subscriptions)
  const increment = async (id: string) => {
    const r = await subscriptions.where({ _id: id }).update({ data: { remaining: _.inc(1), at } })
    return (r as { stats?: { updated?: number } }).stats?.updated === 1
  }
  await Promise.all(
    [...new Set(templateIds)].map(async (templateId) => {
      const id = subscriptionId(openid, templateId)
      if (await increment(id)) return
      try {
        await subscriptions.add({ data: { _id: id, openid, templateId, remaining: 1, at } })
      } catch (e) {
        if (!isDuplicate(e)) throw e
        await increment(id)
      }
    }),
  )
}

/** One read: which of these templates the person has a grant left for. */
export async function liveTemplateIds(db: Database, openid: string, templateIds: readonly string[]): Promise<Set<string>> {
  const found = await rows<Pick<SubscriptionDoc, 'templateId' | 'remaining'>>(
    db
      .collection(COLLECTIONS.subscriptions)
      .where({ openid, templateId: db.command.in([...templateIds]) })
      .field({ templateId: true, remaining: true })
      .limit(templateIds.length * 2 + 10),
  )
  return new Set(found.filter(isLive).map((s) => s.templateId))
}

/** A person's live records for one template (the first is the one a send spends). */
export async function liveRecord(db: Database, openid: string, templateId: string): Promise<SubscriptionDoc | undefined> {
  const found = await rows<SubscriptionDoc>(db.collection(COLLECTIONS.subscriptions).where({ openid, templateId }).limit(5))
  return found.find(isLive)
}

/** Uses one grant of a one-time record; conditional, so two sends never take the same grant. Answers whether one was taken. */
export async function spend(db: Database, record: Pick<SubscriptionDoc, '_id' | 'remaining'>): Promise<boolean> {
  if (typeof record.remaining !== 'number') return true
  const _ = db.command
  const r = await db
    .collection(COLLECTIONS.subscriptions)
    .where({ _id: record._id, remaining: _.gt(0) })
    .update({ data: { remaining: _.inc(-1) } })
  return (r as { stats?: { updated?: number } }).stats?.updated === 1
}

/** WeChat said 43101: whatever we counted, nothing is left. */
export async function usedUp(db: Database, openid: string, templateId: string): Promise<void> {
  await db
    .collection(COLLECTIONS.subscriptions)
    .where({ openid, templateId })
    .update({ data: { remaining: 0 } })
}
