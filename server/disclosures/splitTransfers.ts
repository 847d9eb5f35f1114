import { splitGroup, SPLIT_WINDOW_DAYS } from '../../core/disclosures/splitTransfers'
import type { TransferSplit } from '../../core/api/disclosures'
import { formatFen } from '../../core/format/money'
import { addDays } from '../../core/format/time'
import type { TransferDoc } from '../collections/disclosures'
import { collection, firstRow, rows } from '../db'
import type { Ctx } from '../handler'
import { openTodo, SYSTEM_ACTOR } from '../todos/write'

/** A payee gets few transfers in two months: one read holds them all. */
const PAYEE_WINDOW = 1000

/**
 * Before a transfer is written: the group it completes with the payee's other live transfers within 30 days
 * (one read by community, payee account and planned day), or null.
 */
export async function splitOf(ctx: Ctx, t: TransferDoc, thresholdFen: number): Promise<{ ids: string[]; split: TransferSplit } | null> {
  const _ = ctx.db.command
  const others = await rows(
    collection(ctx.db, 'transfers')
      .where({
        communityId: t.communityId,
        payeeAccount: t.payeeAccount,
        plannedOn: _.gte(addDays(t.plannedOn, -SPLIT_WINDOW_DAYS)).and(_.lte(addDays(t.plannedOn, SPLIT_WINDOW_DAYS))),
      })
      .field({ amountFen: true, plannedOn: true, status: true })
      .limit(PAYEE_WINDOW),
  )
  const live = others.filter((o) => o.status !== 'voided').map((o) => ({ id: o._id, amountFen: o.amountFen, plannedOn: o.plannedOn }))
  const group = splitGroup({ id: t._id, amountFen: t.amountFen, plannedOn: t.plannedOn }, live, thresholdFen)
  if (!group) return null
  const { ids, ...split } = group
  return { ids, split }
}

/**
 * After the transfer is written: the flag on the group's earlier transfers (one write), and the to-dos of the
 * committee and the street office (one conditional write each).
 */
export async function flagSplit(ctx: Ctx, t: TransferDoc, found: { ids: string[]; split: TransferSplit }) {
  const _ = ctx.db.command
  const earlier = found.ids.filter((id) => id !== t._id)
  await collection(ctx.db, 'transfers')
    .where({ _id: _.in(earlier) })
    .update({ data: { split: _.set(found.split) } })
  const c = await firstRow(
    collection(ctx.db, 'communities').where({ _id: t.communityId }).field({ name: true, street: true, district: true }).limit(1),
  )
  const community = { _id: t.communityId, name: c?.name ?? '', street: c?.street, district: c?.district }
  const { count, totalFen, from, to } = found.split
  const note = `${from}至${to}向同一收款人转账${count}笔，合计${formatFen(totalFen)}，已达大额标准`
  const subject = `${t.payeeName} ${t.purpose}`
  await openTodo(ctx.db, { kind: 'transferSplit', targetId: t._id, community, subject }, SYSTEM_ACTOR(ctx.now()), note)
  if (community.street && community.district)
    await openTodo(ctx.db, { kind: 'transferSplitStreet', targetId: t._id, community, subject }, SYSTEM_ACTOR(ctx.now()), note)
}
