import type { z } from 'zod'
import type { manageVoteApi, ReminderReport } from '../../core/api/vote'
import { formatPeople } from '../../core/format'
import { partiesOf } from '../../core/vote/parties'
import type { Party } from '../../core/vote/types'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import { isDuplicate } from '../db'
import type { VoteDoc } from '../collections/vote'
import { fail, type Ctx } from '../handler'
import { authorizeVote, whoOf } from './access'
import { participatingParties, recordedBallots } from './participation'
import { sendVoteMessages } from './notify'
import { readAll } from './paging'
import { readRoll } from './roll'
import { requireState } from './state'
import { loadVote, writeVoteAudit } from './store'
import { textReminders, type TextOutcome } from './textReminders'

type In = z.output<(typeof manageVoteApi)['remind']['input']>

/** One round of reminders per vote per window: repeated or concurrent taps send nothing more. */
export const REMIND_WINDOW_MINUTES = 10

/**
 * 提醒未投票业主, before the end: every party in scope with no ballot yet is reminded — by a
 * subscription message where an owner accepted one (WeChat's rule: no consent, no message), else
 * by a text to the owners' registered phones (once per owner per vote), else counted as not
 * reachable. Everything is counted in 人 (parties).
 */
export async function remind(input: In, ctx: Ctx): Promise<Result<ReminderReport>> {
  const vote = await loadVote(ctx.db, input.voteId)
  const who = whoOf(authorizeVote(ctx, vote))
  requireState(vote, ctx.now(), ['voting'])
  await claimRound(ctx, vote)
  const [roll, ballots, bindings, persons] = await Promise.all([
    readRoll(ctx.db, vote, ctx.now()),
    recordedBallots(ctx, vote._id),
    readAll<{ _id: string; personId: string; openid: string }>(
      ctx.db,
      COLLECTIONS.bindings,
      { communityId: vote.communityId },
      { personId: true, openid: true },
    ),
    readAll<{ _id: string; phone?: string }>(ctx.db, COLLECTIONS.persons, { communityId: vote.communityId }, { phone: true }),
  ])
  const seen = participatingParties(ballots, roll.representatives)
  const waiting = partiesOf(roll.units).filter((p) => !seen.has(p.id))

  const openidsOf = new Map<string, string[]>()
  for (const b of bindings) openidsOf.set(b.personId, [...(openidsOf.get(b.personId) ?? []), b.openid])
  const delivered = new Set<string>()
  const openids = [...new Set(waiting.flatMap((p) => p.ownerKeys.flatMap((k) => openidsOf.get(k) ?? [])))]
  await sendVoteMessages(openids, vote, 'reminder', undefined, (openid) => delivered.add(openid))
  const bySubscription = (p: Party) => p.ownerKeys.some((k) => (openidsOf.get(k) ?? []).some((o) => delivered.has(o)))

  const phoneOf = new Map(persons.filter((p) => p.phone).map((p) => [p._id, p.phone as string]))
  const toText = waiting.filter((p) => !bySubscription(p))
  const outcomes = await textReminders(
    ctx,
    vote,
    toText.flatMap((p) =>
      p.ownerKeys.filter((k) => phoneOf.has(k)).map((personId) => ({ personId, phone: phoneOf.get(personId) as string })),
    ),
  )
  const report = countParties(waiting.length - toText.length, toText, outcomes)
  await writeVoteAudit(ctx, vote, { action: 'remind', after: report }, who)
  return ok(report)
}

/** The round's deterministic id makes it once per window, whoever taps and however often. */
async function claimRound(ctx: Ctx, vote: VoteDoc): Promise<void> {
  const window = Math.floor(ctx.now() / (REMIND_WINDOW_MINUTES * 60_000))
  try {
    await ctx.db.collection(COLLECTIONS.voteReminders).add({
      data: {
        _id: `voteReminder:${vote._id}:round:${window}`,
        voteId: vote._id,
        channel: 'round',
        personId: null,
        at: new Date(ctx.now()),
      },
    })
  } catch (e) {
    if (!isDuplicate(e)) throw e
    fail('TOO_FREQUENT', `刚刚已经提醒过，请 ${REMIND_WINDOW_MINUTES} 分钟后再试`)
  }
}

/** A party counts once, by the best of its owners' outcomes: texted now, texted before, left for later, failed. */
function countParties(bySubscription: number, toText: readonly Party[], outcomes: ReadonlyMap<string, TextOutcome>): ReminderReport {
  const counts = { sent: 0, earlier: 0, later: 0, failed: 0, none: 0 }
  const order: Array<TextOutcome> = ['sent', 'earlier', 'later', 'failed']
  for (const party of toText) {
    const mine = new Set(party.ownerKeys.map((k) => outcomes.get(k)).filter((o): o is TextOutcome => o !== undefined))
    const best = order.find((o) => mine.has(o))
    counts[best ?? 'none']++
  }
  const report = {
    waiting: bySubscription + toText.length,
    bySubscription,
    bySms: counts.sent,
    smsEarlier: counts.earlier,
    smsLater: counts.later,
    unreachable: counts.none,
    failed: counts.failed,
  }
  return { ...report, summary: reminderSummary(report) }
}

/** '还没有投票 9 人：订阅消息提醒 2 人，短信提醒 5 人，无法提醒 2 人（未留手机号）。' */
export function reminderSummary(r: Omit<ReminderReport, 'summary'>): string {
  const parts = [`订阅消息提醒 ${formatPeople(r.bySubscription)}`, `短信提醒 ${formatPeople(r.bySms)}`]
  if (r.smsEarlier > 0) parts.push(`此前已短信提醒 ${formatPeople(r.smsEarlier)}（每次投票只发一次）`)
  if (r.smsLater > 0) parts.push(`${formatPeople(r.smsLater)}的短信留待下一次提醒`)
  if (r.failed > 0) parts.push(`发送失败 ${formatPeople(r.failed)}`)
  parts.push(`无法提醒 ${formatPeople(r.unreachable)}（未留手机号）`)
  return `还没有投票 ${formatPeople(r.waiting)}：${parts.join('，')}。`
}
