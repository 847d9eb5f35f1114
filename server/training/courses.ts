import type { z } from 'zod'
import { TRAINING_LABELS, type CourseCompletionView, type CourseView, type MyCourseView, type trainingApi } from '../../core/api/training'
import { formatDay } from '../../core/format'
import { COMMITTEE_ROLES, isIn } from '../../core/roles'
import { isComplete, mergeIntervals, playable, watchedSeconds, type Interval } from '../../core/training/progress'
import type { CourseDoc, CourseProgressDoc } from '../collections/training'
import { collection, firstRow, inTransaction, mustFind, readIn, rows, toDate, type Tx } from '../db'
import { requirePlatformFiles } from '../files'
import { fail, ok, type Ctx } from '../handler'
import { SYSTEM_ACTOR, todosIn } from '../todos/write'
import { assignOnPublish, openOverdue, requiredTarget } from './required'

type In<A extends keyof typeof trainingApi> = z.output<(typeof trainingApi)[A]['input']>

const courseView = (c: CourseDoc): CourseView => ({
  id: c._id,
  title: c.title,
  category: c.category,
  durationS: c.durationS,
  transcript: c.transcript,
  required: c.required,
  dueDays: c.dueDays,
  audience: c.audience ?? [...COMMITTEE_ROLES],
  video: c.video ?? null,
  cover: c.cover ?? null,
})

const percentOf = (p: Pick<CourseProgressDoc, 'intervals'> | undefined, durationS: number) =>
  p ? Math.floor((100 * watchedSeconds(p.intervals, durationS)) / durationS) : 0

function myView(c: CourseDoc, p: CourseProgressDoc | undefined): MyCourseView {
  return { ...courseView(c), position: p?.position ?? 0, percent: percentOf(p, c.durationS), completed: Boolean(p?.completedAt) }
}

/**
 * 发布课程: a district or city centre (or the operator) publishes a course for committee people; a required one
 * becomes a to-do of everyone of its audience already serving (required.ts).
 */
export async function publishCourse(input: In<'publishCourse'>, ctx: Ctx) {
  const files = [
    ...(input.video ? [{ fileID: input.video, name: TRAINING_LABELS.video }] : []),
    ...(input.cover ? [{ fileID: input.cover, name: TRAINING_LABELS.cover }] : []),
  ]
  requirePlatformFiles('training', files)
  const data = { ...input, publishedAt: new Date(ctx.now()) }
  const { _id } = await collection(ctx.db, 'courses').add({ data })
  await ctx.audit({ action: 'training.publishCourse', targetId: _id, before: null, after: data })
  await assignOnPublish(ctx.db, { _id, ...data }, ctx.now())
  return ok(courseView({ _id, ...data }))
}

/** The courses, newest first, with the caller's own progress in each (where to resume, how much watched). */
export async function listCourses(input: In<'listCourses'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  await openOverdue(ctx, input.communityId)
  const courses = await rows(collection(ctx.db, 'courses').orderBy('publishedAt', 'desc').limit(200))
  const mine = ctx.caller.openid
    ? await rows(collection(ctx.db, 'courseProgress').where({ openid: ctx.caller.openid, communityId: input.communityId }).limit(1000))
    : []
  const byCourse = new Map(mine.map((p) => [p.courseId, p]))
  return ok({ courses: courses.map((c) => myView(c, byCourse.get(c._id))) })
}

/**
 * 学习进度: the player reports a stretch it played (from → to, seconds). Only as much as the time since the
 * last report allows counts (seeking ahead adds nothing); the first time the watched share reaches 90% the
 * course is completed and becomes the committee's 培训结果 record, in the same transaction.
 */
export async function reportWatch(input: In<'reportWatch'>, ctx: Ctx) {
  const course = await mustFind(ctx.db, 'courses', input.courseId, '没有找到这门课程')
  await ctx.authorize(input.communityId)
  const openid = ctx.caller.openid
  const role = openid
    ? await firstRow(
        collection(ctx.db, 'roles')
          .where({ openid, communityId: input.communityId, status: 'active' })
          .field({ role: true, name: true })
          .limit(20),
      )
    : undefined
  if (!openid || !role || !isIn(COMMITTEE_ROLES, role.role)) fail('TRAINING_NOT_MEMBER')
  const nowMs = ctx.now()
  const id = `progress:${course._id}:${openid}`
  let saved: CourseProgressDoc | undefined
  await inTransaction(
    ctx.db,
    async (t: Tx) => {
      const before = (await readIn<CourseProgressDoc>(collection(t, 'courseProgress').doc(id))) ?? undefined
      const since = before ? (nowMs - toDate(before.lastReportAt).getTime()) / 1000 : null
      const played = playable(Math.min(input.from, course.durationS), Math.min(input.to, course.durationS), since)
      const intervals = mergeIntervals([...(before?.intervals ?? []), ...(played ? [played] : [])] as Interval[]) as [number, number][]
      const completes = !before?.completedAt && isComplete(intervals, course.durationS)
      const doc: CourseProgressDoc = {
        _id: id,
        courseId: course._id,
        communityId: input.communityId,
        openid,
        personName: role.name ?? before?.personName ?? '',
        intervals,
        position: played ? played[1] : (before?.position ?? 0),
        lastReportAt: new Date(nowMs),
        completedAt: before?.completedAt ?? (completes ? new Date(nowMs) : null),
      }
      const { _id, ...data } = doc
      await collection(t, 'courseProgress').doc(_id).set({ data })
      if (completes) {
        await collection(t, 'trainings')
          .doc(`training:course:${course._id}:${openid}`)
          .set({
            data: {
              communityId: input.communityId,
              personName: doc.personName,
              course: course.title,
              trainedOn: formatDay(nowMs),
              result: '合格',
            },
          })
        // Her required course's to-do, and the director's overdue one, close with the completion.
        const todos = todosIn(t)
        const target = requiredTarget(course._id, input.communityId, openid)
        await todos.close('trainingRequired', target, SYSTEM_ACTOR(nowMs), 'completed')
        await todos.close('trainingOverdue', target, SYSTEM_ACTOR(nowMs), 'completed')
      }
      saved = doc
    },
    'TOO_FREQUENT',
  )
  return ok(myView(course, saved))
}

/** 学习情况: who of the community's committee watched which course how far, and when each completed. */
export async function completions(input: In<'completions'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const [progress, courses] = await Promise.all([
    rows(collection(ctx.db, 'courseProgress').where({ communityId: input.communityId }).limit(1000)),
    rows(collection(ctx.db, 'courses').limit(200)),
  ])
  const byId = new Map(courses.map((c) => [c._id, c]))
  const result: CourseCompletionView[] = progress.flatMap((p) => {
    const c = byId.get(p.courseId)
    if (!c) return []
    return [
      {
        courseTitle: c.title,
        personName: p.personName,
        percent: percentOf(p, c.durationS),
        completedOn: p.completedAt ? formatDay(toDate(p.completedAt).getTime()) : null,
      },
    ]
  })
  return ok({ rows: result })
}
