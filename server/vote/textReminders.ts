import { splitBeijing } from '../../core/format'
import { COLLECTIONS } from '../collections'
import type { VoteDoc } from '../collections/vote'
import { isDuplicate } from '../db'
import { readAll } from './paging'
import type { Ctx } from '../handler'
import { getSmsReminderPort, type SmsReminderPort } from '../ports/sms'

/** sent: texted now; earlier: texted in an earlier round; later: over this round's cap; failed: the provider refused. */
export type TextOutcome = 'sent' | 'earlier' | 'later' | 'failed'

/** Texts go out a few at a time, so a round stays well inside the provider's rate and the function's timeout. */
const PARALLEL_TEXTS = 5
/** At most this many texts per round; the rest wait for the next round (10 minutes later). */
export const TEXTS_PER_ROUND = 300

/**
 * Texts each owner once per vote: the mark `voteReminder:<voteId>:sms:<personId>` is written before
 * the text is sent, so a concurrent round finds it taken (duplicate key) and sends nothing; a refused
 * text removes its mark again so a later round may retry.
 */
export async function textReminders(
  ctx: Ctx,
  vote: Pick<VoteDoc, '_id' | 'title' | 'endAt'>,
  owners: ReadonlyArray<{ personId: string; phone: string }>,
  port: SmsReminderPort = getSmsReminderPort(ctx.db),
): Promise<Map<string, TextOutcome>> {
  const outcomes = new Map<string, TextOutcome>()
  const end = splitBeijing(vote.endAt)
  const text = { title: vote.title, endsAt: `${end.date.slice(5)} ${end.time}` }
  const texted = new Set(
    (
      await readAll<{ _id: string; personId: string }>(
        ctx.db,
        COLLECTIONS.voteReminders,
        { voteId: vote._id, channel: 'sms' },
        { personId: true },
      )
    ).map((m) => m.personId),
  )
  const fresh = [...new Map(owners.map((o) => [o.personId, o])).values()].filter((o) => {
    if (texted.has(o.personId)) outcomes.set(o.personId, 'earlier')
    return !texted.has(o.personId)
  })
  for (const o of fresh.slice(TEXTS_PER_ROUND)) outcomes.set(o.personId, 'later')
  const queue = fresh.slice(0, TEXTS_PER_ROUND)
  const marks = ctx.db.collection(COLLECTIONS.voteReminders)
  async function worker(): Promise<void> {
    for (let owner = queue.shift(); owner !== undefined; owner = queue.shift()) {
      const id = `voteReminder:${vote._id}:sms:${owner.personId}`
      try {
        await marks.add({ data: { _id: id, voteId: vote._id, channel: 'sms', personId: owner.personId, at: new Date(ctx.now()) } })
      } catch (e) {
        if (!isDuplicate(e)) throw e
        outcomes.set(owner.personId, 'earlier')
        continue
      }
      try {
        await port.sendVoteReminder(owner.phone, text)
        outcomes.set(owner.personId, 'sent')
      } catch (e) {
        console.warn(JSON.stringify({ at: 'sms.voteReminder', voteId: vote._id, error: String((e as Error)?.message ?? e) }))
        await marks.doc(id).remove()
        outcomes.set(owner.personId, 'failed')
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_TEXTS, queue.length) }, worker))
  return outcomes
}
