import { TENDER_STAGE_LABELS, type TenderDetails, type TenderEventKind } from '../../core/api/tender'
import { pageLink } from '../../core/pages'
import { COMMITTEE_ROLES } from '../../core/roles'
import type { Database } from '../cloud'
import type { TenderProjectDoc } from '../collections/tender'
import { collection, rows } from '../db'
import { sendTemplate } from '../notify/send'

/** What the committee should do next, in a few words (the message's last field). */
function nextStep(stage: TenderEventKind, details: TenderDetails): string {
  if (stage === 'filingReviewed') return details.reviewResult === 'returned' ? '备案被退回，请查看原因' : '请在招标平台发布招标公告'
  if (stage === 'failed') return '本次招标流标，请查看原因'
  if (stage === 'suspended') return '项目已暂停，请查看原因'
  return '请打开小程序查看招标进度'
}

/**
 * 招标进度提醒 to the committee people of the project's community who agreed to it (one one-time grant
 * each). It runs after the push's transaction has committed, so the push stands whatever WeChat answers;
 * a grant is spent only for a message WeChat accepted (server/notify/send.ts), so a failed send leaves it
 * for the next change. If the function stops between the commit and the send, that one message is lost:
 * the to-do, opened in the transaction, still tells the committee.
 */
export async function messageCommittee(
  db: Database,
  project: Pick<TenderProjectDoc, '_id' | 'communityId' | 'title'>,
  stage: TenderEventKind,
  occurredAt: number,
  details: TenderDetails,
): Promise<void> {
  try {
    const _ = db.command
    const people = await rows(
      collection(db, 'roles')
        .where({ communityId: project.communityId, role: _.in([...COMMITTEE_ROLES]), status: 'active' })
        .field({ openid: true })
        .limit(1000),
    )
    const openids = people.map((p) => p.openid).filter((o): o is string => Boolean(o))
    if (openids.length === 0) return
    await sendTemplate(
      'tenderStage',
      openids,
      pageLink('tenderProject', { id: project._id }),
      { thing1: project.title, thing2: TENDER_STAGE_LABELS[stage], time3: occurredAt, thing4: nextStep(stage, details) },
      { db },
    )
  } catch (e) {
    console.warn(`tenderPush: the stage message for ${project._id} was not sent (${(e as Error)?.message ?? e}); the to-do stands`)
  }
}
