import { pageLink } from '../../core/pages'
import type { NoticeDoc } from '../collections/notices'
import type { TodoSpec } from '../todos/write'
import type { TargetCommunity } from './targets'

/*
 * A notice's to-dos, one pair per community: 回复通知 for the committee (opened on publishing when a
 * reply is needed, closed by the reply, withdrawn with the notice), and 通知回复已逾期 for the
 * director once the deadline passes without one.
 */

export const noticeTodoTarget = (noticeId: string, communityId: string) => `${noticeId}:${communityId}`

export function noticePage(noticeId: string, communityId: string): string {
  return pageLink('noticeReceived', communityId ? { noticeId, communityId } : { noticeId })
}

export function replyTodoSpec(notice: Pick<NoticeDoc, '_id' | 'title'>, c: TargetCommunity): TodoSpec {
  return {
    kind: 'noticeReply',
    targetId: noticeTodoTarget(notice._id, c._id),
    sourceId: notice._id,
    community: { _id: c._id, name: c.name, street: c.street, district: c.district },
    subject: notice.title,
  }
}

export function overdueTodoSpec(notice: Pick<NoticeDoc, '_id' | 'title'>, c: TargetCommunity): TodoSpec {
  return { ...replyTodoSpec(notice, c), kind: 'noticeOverdue' }
}
