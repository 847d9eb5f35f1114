import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import {
  TRANSFER_BASIS_LABELS,
  TRANSFER_STATUS_LABELS,
  type disclosuresApi,
  type TransferTotal,
  type TransferView,
} from '../../core/api/disclosures'
import { formatDay } from '../../core/format/time'
import { maskAccountNumber } from '../../core/mask'
import { checkContent } from '../content/check'
import type { TransferDoc } from '../collections/disclosures'
import { collection, firstRow, mustFind, rows } from '../db'
import { requireCommunityFiles } from '../files'
import { fail, Failure, ok, type Ctx } from '../handler'
import { followFlag } from './publish'
import { stampOf, stampView } from './stamp'
import { flagSplit, splitOf } from './splitTransfers'
import { publisherRole, transferRulesOf } from './transferRules'

type In<A extends keyof typeof disclosuresApi> = z.output<(typeof disclosuresApi)[A]['input']>

/** A year's transfers are read in one go for the totals (a community makes far fewer). */
const YEAR_WINDOW = 1000

function transferView(t: TransferDoc): TransferView {
  return {
    id: t._id,
    communityId: t.communityId,
    accountLabel: t.accountLabel,
    amountFen: t.amountFen,
    large: t.large,
    payeeName: t.payeeName,
    payeeAccountMasked: maskAccountNumber(t.payeeAccount),
    purpose: t.purpose,
    basisKind: t.basisKind,
    basisLabel: TRANSFER_BASIS_LABELS[t.basisKind],
    basisRef: t.basisRef,
    plannedOn: t.plannedOn,
    actualOn: t.actualOn,
    attachments: t.attachments,
    receipts: t.receipts,
    status: t.status,
    statusLabel: TRANSFER_STATUS_LABELS[t.status],
    published: stampView(t.published),
    voided: t.voided ? { ...stampView(t.voided), reason: t.voided.reason } : null,
    split: t.split ?? null,
  }
}

/** 大额资金转账公示 (manual 九): the project manager publishes a transfer from a common-fund account. */
export async function publishTransfer(input: In<'publishTransfer'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const rules = await transferRulesOf(ctx, input.communityId)
  const role = publisherRole(ctx, input.communityId, rules)
  const account = await firstRow(collection(ctx.db, 'fundAccounts').where({ _id: input.accountId }).limit(1))
  if (!account || account.communityId !== input.communityId || account.status !== 'active') fail('FUND_ACCOUNT_UNUSABLE')
  requireCommunityFiles(input.communityId, input.attachments)
  const contentFlag = await checkContent(ctx, [
    { label: '收款人', text: input.payeeName },
    { label: '用途', text: input.purpose },
    { label: '依据说明', text: input.basisRef },
  ])
  const stamp = await stampOf(ctx, input.communityId, role)
  const threshold = rules.largeTransferFen
  const doc: TransferDoc = {
    _id: `tr-${randomUUID()}`,
    communityId: input.communityId,
    accountId: account._id,
    accountLabel: `${account.bank} ${maskAccountNumber(account.accountNumber)}`,
    amountFen: input.amountFen,
    large: input.amountFen >= threshold,
    payeeName: input.payeeName,
    payeeAccount: input.payeeAccount,
    purpose: input.purpose,
    basisKind: input.basisKind,
    basisRef: input.basisRef,
    plannedOn: input.plannedOn,
    actualOn: null,
    year: Number(input.plannedOn.slice(0, 4)),
    attachments: input.attachments,
    receipts: [],
    status: 'published',
    published: stamp,
    executed: null,
    voided: null,
    contentFlag,
    updatedAt: stamp.at,
  }
  const found = await splitOf(ctx, doc, threshold)
  doc.split = found?.split ?? null
  const { _id, ...data } = doc
  await collection(ctx.db, 'transfers').doc(_id).set({ data })
  if (found) await flagSplit(ctx, doc, found)
  await ctx.audit({
    action: 'disclosures.publishTransfer',
    targetId: _id,
    communityId: doc.communityId,
    after: { amountFen: doc.amountFen, purpose: doc.purpose, payeeName: doc.payeeName },
  })
  await followFlag(ctx, { ...doc, subject: `${doc.purpose} ${doc.payeeName}` }, contentFlag, 'transfer')
  return ok(transferView(doc))
}

async function findTransfer(ctx: Ctx, id: string) {
  const t = await mustFind(ctx.db, 'transfers', id, '没有找到这条转账公示')
  await ctx.authorize(t.communityId)
  return t
}

/** Who may publish the community's transfers also records and voids them: the project manager, or the director where the rules say so. */
async function handlerRole(ctx: Ctx, communityId: string) {
  return publisherRole(ctx, communityId, await transferRulesOf(ctx, communityId))
}

/** 登记转账: the bank receipt attached and the day it went out; only while published. */
export async function executeTransfer(input: In<'executeTransfer'>, ctx: Ctx) {
  const t = await findTransfer(ctx, input.transferId)
  if (t.status !== 'published') fail('TRANSFER_NOT_PUBLISHED')
  requireCommunityFiles(t.communityId, input.receipts)
  const stamp = await stampOf(ctx, t.communityId, await handlerRole(ctx, t.communityId))
  const change = { status: 'executed' as const, actualOn: input.actualOn, receipts: input.receipts, updatedAt: stamp.at }
  const { stats } = await collection(ctx.db, 'transfers')
    .where({ _id: t._id, status: 'published' })
    .update({ data: { ...change, executed: ctx.db.command.set(stamp) } })
  if (stats.updated === 0) fail('TRANSFER_NOT_PUBLISHED')
  await ctx.audit({
    action: 'disclosures.executeTransfer',
    targetId: t._id,
    communityId: t.communityId,
    after: { actualOn: input.actualOn },
  })
  return ok(transferView({ ...t, ...change, executed: stamp }))
}

/** 作废: a published transfer is voided with a reason and stays listed as voided. */
export async function voidTransfer(input: In<'voidTransfer'>, ctx: Ctx) {
  const t = await findTransfer(ctx, input.transferId)
  if (t.status !== 'published') fail('TRANSFER_NOT_PUBLISHED')
  const role = await handlerRole(ctx, t.communityId)
  await checkContent(ctx, [{ label: '作废原因', text: input.reason }])
  const stamp = await stampOf(ctx, t.communityId, role)
  const voided = { ...stamp, reason: input.reason }
  const { stats } = await collection(ctx.db, 'transfers')
    .where({ _id: t._id, status: 'published' })
    .update({ data: { status: 'voided', voided: ctx.db.command.set(voided), updatedAt: stamp.at } })
  if (stats.updated === 0) fail('TRANSFER_NOT_PUBLISHED')
  await ctx.audit({ action: 'disclosures.voidTransfer', targetId: t._id, communityId: t.communityId, note: input.reason })
  return ok(transferView({ ...t, status: 'voided', voided, updatedAt: stamp.at }))
}

export async function getTransfer(input: In<'getTransfer'>, ctx: Ctx) {
  const t = await findTransfer(ctx, input.transferId)
  const mayHandle = await handlerRole(ctx, t.communityId).then(
    () => true,
    (e: unknown) => (e instanceof Failure ? false : Promise.reject(e)),
  )
  return ok({ ...transferView(t), youMayHandle: t.status === 'published' && mayHandle })
}

/** Totals of the year by purpose; voided transfers count for nothing. */
export function totalsByPurpose(transfers: readonly Pick<TransferDoc, 'purpose' | 'amountFen' | 'status'>[]): TransferTotal[] {
  const totals = new Map<string, TransferTotal>()
  for (const t of transfers) {
    if (t.status === 'voided') continue
    const row = totals.get(t.purpose) ?? { purpose: t.purpose, count: 0, totalFen: 0 }
    row.count += 1
    row.totalFen += t.amountFen
    totals.set(t.purpose, row)
  }
  return [...totals.values()].sort((a, b) => b.totalFen - a.totalFen)
}

/** A year's transfers, newest planned first, with the year's totals by purpose (one read, one for the threshold). */
export async function listTransfers(input: In<'listTransfers'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const year = input.year ?? Number(formatDay(ctx.now()).slice(0, 4))
  const [all, rules] = await Promise.all([
    rows(collection(ctx.db, 'transfers').where({ communityId: input.communityId, year }).orderBy('plannedOn', 'desc').limit(YEAR_WINDOW)),
    transferRulesOf(ctx, input.communityId),
  ])
  const page = all.slice(input.offset, input.offset + input.limit)
  const nextOffset = input.offset + input.limit < all.length ? input.offset + input.limit : null
  return ok({
    rows: page.map(transferView),
    nextOffset,
    year,
    totals: totalsByPurpose(all),
    thresholdFen: rules.largeTransferFen,
    directorPublishesTransfers: rules.directorPublishesTransfers,
  })
}
