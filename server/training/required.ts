import { addDays, formatDay } from '../../core/format'
import { COMMITTEE_ROLES, isIn, type RoleName } from '../../core/roles'
import type { Database } from '../cloud'
import type { RoleDoc } from '../collections/account'
import type { CourseDoc } from '../collections/training'
import { collection, rows } from '../db'
import type { Ctx } from '../handler'
import { communityNames } from '../register/communityNames'
import { cancelTodosOf, openTodo, openTodosMany, SYSTEM_ACTOR, type TodoActor, type TodoSpec } from '../todos/write'

/*
 * 必修课程 as to-dos. To-dos go to a role in an organisation, never to a person (docs/CONVENTIONS.md), so a
 * person's required course is her committee's to-do, one per person and course, naming her and the due day:
 * she sees it on her 消息 tab, and so does the director who answers for the committee being trained. It opens
 * when the course is published (for everyone already serving) or when she becomes a committee member (an
 * account authorised or granted), due `dueDays` Beijing days after that; completing the course closes it in the
 * completion's transaction (courses.ts). Past the due day the director gets 必修课程逾期未完成, opened the first
 * time the community's courses are read after it, as a notice's overdue reply is (server/notices/overdue.ts).
 */

/** A committee account that has just become active. */
export interface JoinedAccount {
  openid?: string | null
  role: RoleName
  communityId?: string
  name?: string
  status: RoleDoc['status']
}

/** `<courseId>:<communityId>:<openid>`: one person's required course in one community. */
export const requiredTarget = (courseId: string, communityId: string, openid: string) => `${courseId}:${communityId}:${openid}`

/** One person's training to-dos in one community, all at once (the `sourceId` of both kinds). */
const personSource = (communityId: string, openid: string) => `training:${communityId}:${openid}`

type RequiredCourse = Pick<CourseDoc, '_id' | 'title' | 'required' | 'dueDays' | 'audience'>

/** Who a course is for; a course published before audiences were chosen is for every committee role. */
const audienceOf = (c: Pick<CourseDoc, 'audience'>): readonly RoleName[] => c.audience ?? COMMITTEE_ROLES

function spec(
  course: RequiredCourse,
  community: { _id: string; name: string },
  person: { openid: string; name: string },
  startMs: number,
): TodoSpec {
  const dueOn = addDays(formatDay(startMs), course.dueDays)
  return {
    kind: 'trainingRequired',
    targetId: requiredTarget(course._id, community._id, person.openid),
    sourceId: personSource(community._id, person.openid),
    community,
    subject: `${person.name}：${course.title}（${dueOn}前完成）`,
    dueOn,
  }
}

/** A person became an active committee member: each published required course of her role opens her to-do. */
export async function assignOnJoin(ctx: Ctx, account: JoinedAccount): Promise<void> {
  const { openid, communityId } = account
  if (!openid || !communityId || account.status !== 'active' || !isIn(COMMITTEE_ROLES, account.role)) return
  const courses = (
    await rows(
      collection(ctx.db, 'courses')
        .where({ required: true })
        .field({ title: true, required: true, dueDays: true, audience: true })
        .limit(1000),
    )
  ).filter((c) => audienceOf(c).includes(account.role))
  if (courses.length === 0) return
  const done = new Set(
    (
      await rows(
        collection(ctx.db, 'courseProgress')
          .where({ openid, completedAt: ctx.db.command.neq(null) })
          .field({ courseId: true })
          .limit(1000),
      )
    ).map((p) => p.courseId),
  )
  const names = await communityNames(ctx.db, [communityId])
  const community = { _id: communityId, name: names.get(communityId) ?? '' }
  const person = { openid, name: account.name ?? '' }
  for (const course of courses.filter((c) => !done.has(c._id))) {
    await openTodo(ctx.db, spec(course, community, person, ctx.now()), SYSTEM_ACTOR(ctx.now()))
  }
}

/** Members read per page when a course is published: the work grows by pages of this many, never unbounded reads. */
const MEMBERS_PAGE = 1000

/**
 * A required course just published: every active committee account of its audience gets the to-do, read in
 * pages of `MEMBERS_PAGE` and inserted with `openTodosMany` (one insert per 1000), so a city of committees costs
 * ⌈N/1000⌉ reads and writes. Nobody has completed a course that did not exist, so nobody is left out.
 */
export async function assignOnPublish(db: Database, course: RequiredCourse, nowMs: number): Promise<void> {
  if (!course.required) return
  const seen = new Set<string>()
  for (let offset = 0; ; offset += MEMBERS_PAGE) {
    const page = await rows(
      collection(db, 'roles')
        .where({ role: db.command.in([...audienceOf(course)]), status: 'active' })
        .orderBy('_id', 'asc')
        .skip(offset)
        .limit(MEMBERS_PAGE)
        .field({ openid: true, communityId: true, name: true }),
    )
    const names = await communityNames(
      db,
      page.map((r) => r.communityId ?? ''),
    )
    const specs: TodoSpec[] = []
    for (const r of page) {
      if (!r.openid || !r.communityId) continue
      const s = spec(course, { _id: r.communityId, name: names.get(r.communityId) ?? '' }, { openid: r.openid, name: r.name ?? '' }, nowMs)
      // One person holding two committee roles in a community (a grant and a roster account) gets one to-do.
      if (seen.has(s.targetId)) continue
      seen.add(s.targetId)
      specs.push(s)
    }
    await openTodosMany(db, specs, SYSTEM_ACTOR(nowMs))
    if (page.length < MEMBERS_PAGE) return
  }
}

/** Past the due day, each open required course of the community is the director's 逾期 to-do (opened once). */
export async function openOverdue(ctx: Ctx, communityId: string): Promise<void> {
  const _ = ctx.db.command
  const today = formatDay(ctx.now())
  const [late, raised] = await Promise.all([
    rows(
      collection(ctx.db, 'todos')
        .where({ assigneeKey: `committee:${communityId}`, status: 'open', kind: 'trainingRequired', dueOn: _.lt(today) })
        .field({ targetId: true, sourceId: true, communityName: true, subject: true, dueOn: true })
        .limit(100),
    ),
    rows(
      collection(ctx.db, 'todos')
        .where({ assigneeKey: `director:${communityId}`, kind: 'trainingOverdue' })
        .field({ targetId: true })
        .limit(1000),
    ),
  ])
  const already = new Set(raised.map((t) => t.targetId))
  for (const t of late.filter((l) => !already.has(l.targetId))) {
    await openTodo(
      ctx.db,
      {
        kind: 'trainingOverdue',
        targetId: t.targetId,
        ...(t.sourceId ? { sourceId: t.sourceId } : {}),
        community: { _id: communityId, name: t.communityName },
        subject: t.subject,
        dueOn: t.dueOn,
      },
      SYSTEM_ACTOR(ctx.now()),
      `已过完成期限（${t.dueOn}），尚未完成学习`,
    )
  }
}

/**
 * She left the committee (account stopped, removed from the roster, grant revoked): her open training
 * to-dos in that community, and the director's overdue ones about her, are withdrawn in one write.
 */
export async function withdrawOnLeave(
  db: Database,
  account: { openid?: string | null; communityId?: string | null },
  actor: TodoActor,
  reason: string,
): Promise<void> {
  if (!account.openid || !account.communityId) return
  await cancelTodosOf(db, personSource(account.communityId, account.openid), actor, reason)
}
