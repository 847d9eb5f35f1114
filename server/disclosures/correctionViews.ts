import type { CorrectionRequestView } from '../../core/api/disclosures'
import type { DisclosureCorrectionDoc } from '../collections/disclosures'
import { collection, rows } from '../db'
import type { Ctx } from '../handler'
import { stampView } from './stamp'

/* 纠错 as the item's page shows it: each owner's request with the committee's answer. */

/** The requests under one item, read with it (one read; an item gets few). */
const REQUESTS_PER_ITEM = 100

export function correctionView(d: DisclosureCorrectionDoc): CorrectionRequestView {
  return {
    id: d._id,
    text: d.content,
    askedBy: d.asked.who,
    askedAt: stampView(d.asked).at,
    answer: d.answer ? { ...stampView(d.answer), text: d.answer.text } : null,
  }
}

export async function correctionsOf(ctx: Ctx, disclosureId: string): Promise<CorrectionRequestView[]> {
  const found = await rows(
    collection(ctx.db, 'disclosureCorrections').where({ disclosureId }).orderBy('createdAt', 'asc').limit(REQUESTS_PER_ITEM),
  )
  return found.map(correctionView)
}
