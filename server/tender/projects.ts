import type { z } from 'zod'
import { TENDER_STAGE_LABELS, TENDER_STAGES, type TenderProjectView, type tenderApi } from '../../core/api/tender'
import type { Database } from '../cloud'
import type { TenderProjectDoc } from '../collections/tender'
import { collection, firstRow, isDuplicate, mustFind, rows, toDate } from '../db'
import { fail, ok, type Ctx } from '../handler'
import { closeTodo, type TodoActor } from '../todos/write'
import { timelineOf, type TenderEvent } from './timeline'

type In<A extends keyof typeof tenderApi> = z.output<(typeof tenderApi)[A]['input']>

/** Every stored revision of a project's stages (a project has a few dozen at most). */
export async function eventsOf(db: Database, projectId: string): Promise<TenderEvent[]> {
  const docs = await rows(collection(db, 'tenderEvents').where({ projectId }).limit(1000))
  return docs.map((d) => ({
    stage: d.stage,
    version: d.version,
    occurredAt: toDate(d.occurredAt).getTime(),
    receivedAt: toDate(d.receivedAt).getTime(),
    details: d.details,
  }))
}

async function projectView(ctx: Ctx, p: TenderProjectDoc) {
  const timeline = timelineOf(await eventsOf(ctx.db, p._id), ctx.now())
  const view: TenderProjectView = {
    id: p._id,
    projectNo: p.projectNo,
    title: p.title,
    stageLabel: timeline.reached < 0 ? null : TENDER_STAGE_LABELS[TENDER_STAGES[timeline.reached]],
    suspended: timeline.suspended,
    failed: timeline.failed,
    syncedAt: p.syncedAt ? toDate(p.syncedAt).getTime() : null,
  }
  return { view, timeline }
}

/** The community's tender projects, newest first, each with the stage it reached. */
export async function list(input: In<'list'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const docs = await rows(
    collection(ctx.db, 'tenderProjects').where({ communityId: input.communityId }).orderBy('createdAt', 'desc').limit(100),
  )
  const projects = await Promise.all(docs.map(async (p) => (await projectView(ctx, p)).view))
  return ok({ projects })
}

/** One project's timeline: each stage with its details and "同步于 …", and the statutory warnings. */
export async function get(input: In<'get'>, ctx: Ctx) {
  const p = await mustFind(ctx.db, 'tenderProjects', input.projectId, '没有找到这个招标项目')
  await ctx.authorize(p.communityId)
  const { view, timeline } = await projectView(ctx, p)
  return ok({ ...view, steps: timeline.steps, warnings: timeline.warnings })
}

/** 登记项目: the committee names a project by the platform's number, so the platform's pushes for it are accepted. */
export async function register(input: In<'register'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const id = `tp-${input.projectNo}`
  const data = {
    communityId: input.communityId,
    projectNo: input.projectNo,
    title: input.title,
    createdAt: new Date(ctx.now()),
    syncedAt: null,
  }
  const taken = await firstRow(collection(ctx.db, 'tenderProjects').where({ projectNo: input.projectNo }).field({ _id: true }).limit(1))
  if (taken) fail('TENDER_PROJECT_EXISTS')
  // The unique index on projectNo still refuses the loser of two registrations racing.
  try {
    await collection(ctx.db, 'tenderProjects').add({ data: { _id: id, ...data } })
  } catch (e) {
    if (isDuplicate(e)) fail('TENDER_PROJECT_EXISTS')
    throw e
  }
  await ctx.audit({ action: 'tender.register', targetId: id, communityId: input.communityId, before: null, after: data })
  const doc = await firstRow(collection(ctx.db, 'tenderProjects').where({ _id: id }).limit(1))
  return ok((await projectView(ctx, doc!)).view)
}

/** 已阅: closes the committee's to-do for the project's latest stage change; the next change reopens it. */
export async function acknowledge(input: In<'acknowledge'>, ctx: Ctx) {
  const p = await mustFind(ctx.db, 'tenderProjects', input.projectId, '没有找到这个招标项目')
  await ctx.authorize(p.communityId)
  const actor: TodoActor = { by: ctx.caller.openid ?? 'console', who: '业委会', at: ctx.now() }
  await closeTodo(ctx.db, 'tenderStage', p._id, actor, 'confirmed')
  return ok({ acknowledged: true as const })
}
