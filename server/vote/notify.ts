import type { SubscribePort } from '../ports/subscribe'
import type { VoteDoc } from '../collections/vote'
import { sendTemplate, type SendReport } from '../notify/send'
import { templateId, templateLabel, type TEMPLATES } from '../notify/templates'
import { pageLink } from '../../core/pages'
import type { VoteNoticeKind, VoteNoticeStatus } from '../../core/api/vote'

/*
 * What the vote tells owners: its two subscription-message templates of the one registry
 * (server/notify/templates.ts), sent through server/notify/send.ts.
 */
const TEMPLATE_OF = { opened: 'voteOpened', reminder: 'voteReminder' } as const satisfies Record<VoteNoticeKind, keyof typeof TEMPLATES>

/**
 * The vote's template ids, as configured in the environment. The client asks for them
 * (castVote.noticeStatus) before calling requestSubscribeMessage, so a changed template needs no
 * new client build.
 */
export const VOTE_TEMPLATES: Record<VoteNoticeKind, string> = {
  get opened() {
    return templateId(TEMPLATE_OF.opened)
  },
  get reminder() {
    return templateId(TEMPLATE_OF.reminder)
  },
}

/** The templates as the client shows and requests them. */
export function voteTemplates(): VoteNoticeStatus['templates'] {
  return (Object.keys(TEMPLATE_OF) as VoteNoticeKind[]).map((kind) => ({
    kind,
    templateId: templateId(TEMPLATE_OF[kind]),
    label: templateLabel(TEMPLATE_OF[kind]),
  }))
}

export type { SendReport }

export async function sendVoteMessages(
  openids: readonly string[],
  vote: Pick<VoteDoc, '_id' | 'title' | 'startAt' | 'endAt'>,
  kind: VoteNoticeKind,
  port?: SubscribePort,
  onSent?: (openid: string) => void,
): Promise<SendReport> {
  const note = kind === 'opened' ? '投票已审核通过，请按时参与表决' : '投票即将截止，您还没有投票'
  return sendTemplate(
    TEMPLATE_OF[kind],
    openids,
    pageLink('voteBallot', { voteId: vote._id }),
    { thing1: vote.title, time2: vote.startAt, time3: vote.endAt, thing4: note },
    { port, onSent },
  )
}
