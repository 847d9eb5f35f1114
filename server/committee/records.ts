import type { FilingDoc, TrainingDoc } from '../collections/committee'
import { COLLECTIONS } from '../collections'
import type { z } from 'zod'
import { FILING_STATUS_LABELS, type FilingView, type TrainingView, type committeeApi } from '../../core/api/committee'
import { mustFind, rows } from '../db'
import { ok, type Ctx } from '../handler'
import { checkTerm } from './members'
import { requireCommunityFiles } from '../files'

type In<A extends keyof typeof committeeApi> = z.output<(typeof committeeApi)[A]['input']>

function filingView(f: FilingDoc): FilingView {
  return {
    id: f._id,
    communityId: f.communityId,
    filedOn: f.filedOn,
    termStart: f.termStart,
    termEnd: f.termEnd,
    status: f.status,
    statusLabel: FILING_STATUS_LABELS[f.status],
    note: f.note,
    files: f.files.map(({ fileID, name }) => ({ fileID, name })),
  }
}

function trainingView(t: TrainingDoc): TrainingView {
  return { id: t._id, communityId: t.communityId, personName: t.personName, course: t.course, trainedOn: t.trainedOn, result: t.result }
}

/** 信息综合查询 → 备案查询: newest filing first. */
export async function listFilings(input: In<'listFilings'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const found = await rows<FilingDoc>(
    ctx.db.collection(COLLECTIONS.filings).where({ communityId: input.communityId }).orderBy('filedOn', 'desc').limit(1000),
  )
  return ok({ filings: found.map(filingView) })
}

export async function getFiling(input: In<'getFiling'>, ctx: Ctx) {
  const filing = await mustFind(ctx.db, 'filings', input.filingId, '没有找到这条备案记录')
  await ctx.authorize(filing.communityId)
  return ok(filingView(filing))
}

export async function addFiling(input: In<'addFiling'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  checkTerm(input.termStart, input.termEnd)
  requireCommunityFiles(input.communityId, input.files)
  const doc: Omit<FilingDoc, '_id'> = {
    communityId: input.communityId,
    filedOn: input.filedOn,
    termStart: input.termStart,
    termEnd: input.termEnd,
    status: input.status,
    note: input.note ?? '',
    files: input.files,
    createdAt: new Date(ctx.now()),
  }
  const { _id } = (await ctx.db.collection(COLLECTIONS.filings).add({ data: doc })) as { _id: string }
  await ctx.audit({
    action: 'committee.addFiling',
    targetId: _id,
    communityId: input.communityId,
    after: { filedOn: doc.filedOn, status: doc.status },
  })
  return ok(filingView({ _id, ...doc }))
}

/** 信息综合查询 → 企业人员培训结果: newest first. */
export async function listTrainings(input: In<'listTrainings'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const found = await rows<TrainingDoc>(
    ctx.db.collection(COLLECTIONS.trainings).where({ communityId: input.communityId }).orderBy('trainedOn', 'desc').limit(1000),
  )
  return ok({ trainings: found.map(trainingView) })
}

export async function addTraining(input: In<'addTraining'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const doc: Omit<TrainingDoc, '_id'> = {
    communityId: input.communityId,
    personName: input.personName,
    course: input.course,
    trainedOn: input.trainedOn,
    result: input.result,
  }
  const { _id } = (await ctx.db.collection(COLLECTIONS.trainings).add({ data: { ...doc, createdAt: new Date(ctx.now()) } })) as {
    _id: string
  }
  await ctx.audit({ action: 'committee.addTraining', targetId: _id, communityId: input.communityId, after: doc })
  return ok(trainingView({ _id, ...doc }))
}
