import type { DisclosureChange, DisclosureDetail, DisclosureSummary } from '../../core/api/disclosures'
import {
  DISCLOSURE_CATEGORY_LABELS,
  DISCLOSURE_CATEGORY_SPECS,
  DISCLOSURE_STATUS_LABELS,
  type FinanceLine,
} from '../../core/disclosures/categories'
import { formatFen } from '../../core/format/money'
import { formatDay } from '../../core/format/time'
import type { DisclosureDoc } from '../collections/disclosures'
import { toDate } from '../db'
import { stampView } from './stamp'

/** Titles of linked items (the one corrected, the correction), read beside the item. */
export type LinkedTitles = ReadonlyMap<string, string>

export function summaryView(d: DisclosureDoc, today: string, titles: LinkedTitles): DisclosureSummary {
  return {
    id: d._id,
    communityId: d.communityId,
    category: d.category,
    categoryLabel: DISCLOSURE_CATEGORY_LABELS[d.category],
    title: d.title,
    period: d.period,
    status: d.status,
    statusLabel: DISCLOSURE_STATUS_LABELS[d.status],
    publishedAt: d.published ? toDate(d.published.at).getTime() : null,
    displayUntil: d.displayUntil,
    onDisplay: d.status === 'published' && d.displayUntil >= today,
    voided: d.voided ? { ...stampView(d.voided), reason: d.voided.reason } : null,
    corrects: d.corrects ? { id: d.corrects, title: titles.get(d.corrects) ?? '' } : null,
    correctedBy: d.correctedBy ? { id: d.correctedBy, title: titles.get(d.correctedBy) ?? '' } : null,
  }
}

export function detailView(
  d: DisclosureDoc,
  today: string,
  titles: LinkedTitles,
  corrected?: DisclosureDoc,
): Omit<DisclosureDetail, 'correctionRequests'> {
  return {
    ...summaryView(d, today, titles),
    basis: DISCLOSURE_CATEGORY_SPECS[d.category].basis,
    body: d.body,
    attachments: d.attachments.map(({ fileID, name }) => ({ fileID, name })),
    finance: d.finance,
    published: d.published ? stampView(d.published) : null,
    createdAt: toDate(d.created.at).getTime(),
    changes: corrected ? changesBetween(corrected, d) : [],
  }
}

const financeText = (lines: readonly FinanceLine[] | null) =>
  (lines ?? [])
    .map(
      (l) =>
        `${l.item}：期初${formatFen(l.openingFen)}，收入${formatFen(l.incomeFen)}，支出${formatFen(l.expenseFen)}，期末${formatFen(l.closingFen)}`,
    )
    .join('；')

/** What a correction changed, field by field, as people read the fields. */
export function changesBetween(before: DisclosureDoc, after: DisclosureDoc): DisclosureChange[] {
  const fields: Array<[string, (d: DisclosureDoc) => string]> = [
    ['公开类别', (d) => DISCLOSURE_CATEGORY_LABELS[d.category]],
    ['标题', (d) => d.title],
    ['所属期间', (d) => d.period],
    ['正文', (d) => d.body],
    ['收支情况表', (d) => financeText(d.finance)],
    ['附件', (d) => d.attachments.map((f) => f.name).join('、')],
    ['公示截止日期', (d) => d.displayUntil],
  ]
  return fields.flatMap(([label, read]) => {
    const a = read(before)
    const b = read(after)
    return a === b ? [] : [{ label, before: a || '（无）', after: b || '（无）' }]
  })
}

/** Today in Beijing, for "on display" and the 15-day rule. */
export function beijingToday(nowMs: number): string {
  return formatDay(nowMs)
}
