import { getSubscribePort, NOT_SUBSCRIBED, type SubscribePort } from '../ports/subscribe'
import type { VoteDoc } from './model'
import { pageLink } from '../../core/pages'
import { VOTE_NOTICE_LABELS, type NoticeReport, type VoteNoticeKind, type VoteNoticeStatus } from '../../core/api/vote'

/*
 * What the vote tells people: subscription messages to owners (through the subscribe port: the
 * outbox locally, subscribeMessage.send in production) and to-do entries for reviewers.
 */

/**
 * Template ids come from the mini program's console; the env overrides the local placeholders.
 * This is the one place they are configured: the client asks for them (castVote.noticeStatus)
 * before calling requestSubscribeMessage, so a changed template needs no new client build.
 */
export const VOTE_TEMPLATES: Record<VoteNoticeKind, string> = {
  opened: process.env.TPL_VOTE_OPENED ?? 'local-vote-opened',
  reminder: process.env.TPL_VOTE_REMINDER ?? 'local-vote-reminder',
}

/** The templates as the client shows and requests them. */
export function voteTemplates(): VoteNoticeStatus['templates'] {
  return (Object.keys(VOTE_TEMPLATES) as VoteNoticeKind[]).map((kind) => ({ kind, templateId: VOTE_TEMPLATES[kind], label: VOTE_NOTICE_LABELS[kind] }))
}

/** WeChat sends one message per call; a few at a time keeps the function inside its limits. */
const PARALLEL_SENDS = 8

export type SendReport = NoticeReport

function dateText(ms: number): string {
  const d = new Date(ms + 8 * 3600_000) // Beijing time, whatever the server's zone
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

export async function sendVoteMessages(
  openids: readonly string[],
  vote: Pick<VoteDoc, '_id' | 'title' | 'startAt' | 'endAt'>,
  kind: keyof typeof VOTE_TEMPLATES,
  port: SubscribePort = getSubscribePort(),
): Promise<SendReport> {
  const report: SendReport = { recipients: openids.length, sent: 0, notSubscribed: 0, failed: 0 }
  const title = vote.title.length > 20 ? `${vote.title.slice(0, 19)}…` : vote.title
  const note = kind === 'opened' ? '投票已审核通过，请按时参与表决' : '投票即将截止，您还没有投票'
  const queue = [...openids]
  async function worker(): Promise<void> {
    for (let touser = queue.shift(); touser !== undefined; touser = queue.shift()) {
      const answer = await port.send({
        touser,
        templateId: VOTE_TEMPLATES[kind],
        page: pageLink('voteBallot', { voteId: vote._id }),
        data: { thing1: { value: title }, time2: { value: dateText(vote.startAt) }, time3: { value: dateText(vote.endAt) }, thing4: { value: note } },
      }).catch(() => ({ ok: false as const, errcode: -1, errmsg: 'send failed' }))
      if (answer.ok) report.sent++
      else if (answer.errcode === NOT_SUBSCRIBED) report.notSubscribed++
      else report.failed++
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SENDS, queue.length) }, worker))
  return report
}
