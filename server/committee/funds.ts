import type { FundAccountDoc } from '../collections/committee'
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import type { FundAccountView, committeeApi } from '../../core/api/committee'
import { mustFind, rows } from '../db'
import { maskAccountNumber } from '../../core/mask'
import { COLLECTIONS } from '../collections'
import { fail, ok, type Ctx } from '../handler'

type In<A extends keyof typeof committeeApi> = z.output<(typeof committeeApi)[A]['input']>
type Row = In<'importFundAccounts'>['rows'][number]

const STATUS_LABELS: Record<FundAccountView['status'], string> = { active: '正常', closed: '已销户' }

/**
 * One document per community and account number, so importing the same sheet twice changes nothing.
 * The number is hashed: ids are sent to clients and the full number must not be.
 */
export function fundAccountId(communityId: string, accountNumber: string): string {
  return `fund:${communityId}:${createHash('sha256').update(accountNumber).digest('hex').slice(0, 16)}`
}

function fundView(a: FundAccountDoc): FundAccountView {
  return {
    id: a._id,
    communityId: a.communityId,
    bank: a.bank,
    accountName: a.accountName,
    accountMasked: maskAccountNumber(a.accountNumber),
    signedOn: a.signedOn,
    status: a.status,
    statusLabel: STATUS_LABELS[a.status],
  }
}

/** 共有资金: the accounts signed with the bank, active first. */
export async function listFundAccounts(input: In<'listFundAccounts'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const found = await rows<FundAccountDoc>(
    ctx.db.collection(COLLECTIONS.fundAccounts).where({ communityId: input.communityId }).orderBy('signedOn', 'desc').limit(100),
  )
  found.sort((a, b) => Number(a.status !== 'active') - Number(b.status !== 'active'))
  return ok({ accounts: found.map(fundView) })
}

async function write(ctx: Ctx, id: string, row: Row, before: FundAccountDoc | undefined): Promise<FundAccountDoc> {
  const doc: Omit<FundAccountDoc, '_id'> = {
    communityId: row.communityId,
    bank: row.bank,
    accountName: row.accountName,
    accountNumber: row.accountNumber,
    signedOn: row.signedOn,
    status: row.status,
    updatedAt: new Date(ctx.now()),
  }
  await ctx.db.collection(COLLECTIONS.fundAccounts).doc(id).set({ data: doc })
  await ctx.audit({
    action: 'committee.saveFundAccount',
    targetId: id,
    communityId: row.communityId,
    before: before ? fundView(before) : undefined,
    after: fundView({ _id: id, ...doc }),
  })
  return { _id: id, ...doc }
}

/** Entered by the operator; `accountId` edits an existing account (e.g. marks it closed), else one is added. */
export async function saveFundAccount(input: In<'saveFundAccount'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const { accountId, ...row } = input
  let before: FundAccountDoc | undefined
  if (accountId) {
    before = await mustFind(ctx.db, 'fundAccounts', accountId, '没有找到这个账户')
    if (before.communityId !== input.communityId) fail('NOT_FOUND', '没有找到这个账户')
    if (before.accountNumber !== input.accountNumber) fail('INVALID_INPUT', '账号不能修改；如换了账号，请新增账户并将原账户设为已销户')
  }
  const saved = await write(ctx, accountId ?? fundAccountId(input.communityId, input.accountNumber), row, before)
  return ok(fundView(saved))
}

/** Bulk entry: every row's community is checked before anything is written, so a bad row imports nothing. */
export async function importFundAccounts(input: In<'importFundAccounts'>, ctx: Ctx) {
  const communityIds = [...new Set(input.rows.map((r) => r.communityId))]
  const known = new Set(
    (
      await rows<{ _id: string }>(
        ctx.db
          .collection(COLLECTIONS.communities)
          .where({ _id: ctx.db.command.in(communityIds) })
          .field({ _id: true })
          .limit(1000),
      )
    ).map((c) => c._id),
  )
  const unknown = input.rows.findIndex((r) => !known.has(r.communityId))
  if (unknown >= 0) fail('INVALID_INPUT', `第${unknown + 1}行：小区编号“${input.rows[unknown].communityId}”不存在，未导入任何数据`)
  for (const id of communityIds) await ctx.authorize(id)
  for (const row of input.rows) await write(ctx, fundAccountId(row.communityId, row.accountNumber), row, undefined)
  return ok({ imported: input.rows.length })
}
