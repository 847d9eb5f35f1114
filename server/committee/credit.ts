import { COLLECTIONS } from '../collections'
import { checkContent } from '../content/check'
import type { z } from 'zod'
import type { CreditBasic, CreditRecordView, CreditView, committeeApi } from '../../core/api/committee'
import type { CreditProfileDoc, CreditRecordDoc, MemberDoc } from '../collections/committee'
import { firstRow, mustFind, rows } from '../db'
import { ok, type Ctx } from '../handler'
import { communityNames } from '../register/communityNames'
import { requireCommunityFiles } from '../files'
import { directorName } from './members'

type In<A extends keyof typeof committeeApi> = z.output<(typeof committeeApi)[A]['input']>

function recordView(r: CreditRecordDoc): CreditRecordView {
  return {
    id: r._id,
    kind: r.kind,
    occurredOn: r.occurredOn,
    reason: r.reason,
    sourceName: r.sourceName,
    source: r.source ? { fileID: r.source.fileID, name: r.source.name } : null,
    voided: r.voided,
    voidReason: r.voidReason,
  }
}

async function creditOf(ctx: Ctx, communityId: string): Promise<CreditView> {
  const [names, profile, roster, records] = await Promise.all([
    communityNames(ctx.db, [communityId]),
    firstRow<CreditProfileDoc>(
      ctx.db
        .collection(COLLECTIONS.creditProfiles)
        .where({ _id: `credit:${communityId}` })
        .limit(1),
    ),
    rows<MemberDoc>(
      ctx.db
        .collection(COLLECTIONS.committeeMembers)
        .where({ communityId, status: 'serving' })
        .field({ kind: true, position: true, name: true })
        .limit(1000),
    ),
    rows<CreditRecordDoc>(ctx.db.collection(COLLECTIONS.creditRecords).where({ communityId }).orderBy('occurredOn', 'desc').limit(1000)),
  ])
  const communityName = names.get(communityId) ?? ''
  const basic: CreditBasic = {
    committeeName: `${communityName}业主委员会`,
    establishedOn: profile?.establishedOn ?? null,
    termStart: profile?.termStart ?? null,
    termEnd: profile?.termEnd ?? null,
    filingNo: profile?.filingNo ?? '',
    directorName: await directorName(ctx, communityId, roster),
    memberCount: roster.filter((m) => m.kind === 'member').length,
    alternateCount: roster.filter((m) => m.kind === 'alternate').length,
  }
  const views = records.map(recordView)
  return { communityId, communityName, basic, good: views.filter((r) => r.kind === 'good'), bad: views.filter((r) => r.kind === 'bad') }
}

/** 信用信息: basic information, good records and bad records of the committee. */
export async function getCredit(input: In<'getCredit'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  return ok(await creditOf(ctx, input.communityId))
}

export async function saveCreditBasic(input: In<'saveCreditBasic'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const id = `credit:${input.communityId}`
  const before = await firstRow<CreditProfileDoc>(ctx.db.collection(COLLECTIONS.creditProfiles).where({ _id: id }).limit(1))
  const data = {
    communityId: input.communityId,
    establishedOn: input.establishedOn,
    termStart: input.termStart,
    termEnd: input.termEnd,
    filingNo: input.filingNo,
    updatedAt: new Date(ctx.now()),
  }
  await ctx.db.collection(COLLECTIONS.creditProfiles).doc(id).set({ data })
  await ctx.audit({ action: 'committee.saveCreditBasic', targetId: id, communityId: input.communityId, before, after: data })
  return ok(await creditOf(ctx, input.communityId))
}

export async function addCreditRecord(input: In<'addCreditRecord'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  requireCommunityFiles(input.communityId, input.source ? [input.source] : [])
  const doc: Omit<CreditRecordDoc, '_id'> = {
    communityId: input.communityId,
    kind: input.kind,
    occurredOn: input.occurredOn,
    reason: input.reason,
    sourceName: input.sourceName,
    source: input.source ?? null,
    voided: false,
    voidReason: null,
    createdAt: new Date(ctx.now()),
  }
  const { _id } = (await ctx.db.collection(COLLECTIONS.creditRecords).add({ data: doc })) as { _id: string }
  await ctx.audit({
    action: 'committee.addCreditRecord',
    targetId: _id,
    communityId: input.communityId,
    after: { kind: doc.kind, occurredOn: doc.occurredOn, reason: doc.reason },
  })
  return ok(recordView({ _id, ...doc }))
}

/** Records are never deleted: a wrong one is voided with a reason and stays visible as voided. */
export async function voidCreditRecord(input: In<'voidCreditRecord'>, ctx: Ctx) {
  const record = await mustFind(ctx.db, 'creditRecords', input.recordId, '没有找到这条信用记录')
  await ctx.authorize(record.communityId)
  if (record.voided) return ok(recordView(record))
  await checkContent(ctx, [{ label: '作废原因', text: input.reason }])
  await ctx.db
    .collection(COLLECTIONS.creditRecords)
    .doc(record._id)
    .update({ data: { voided: true, voidReason: input.reason } })
  await ctx.audit({ action: 'committee.voidCreditRecord', targetId: record._id, communityId: record.communityId, note: input.reason })
  return ok(recordView({ ...record, voided: true, voidReason: input.reason }))
}
