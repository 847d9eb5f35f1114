import type { MeetingDoc } from '../collections/committee'
import { COLLECTIONS } from '../collections'
import type { z } from 'zod'
import type { MeetingView, committeeApi } from '../../core/api/committee'
import { dayRangeFilter } from '../../core/schemas/time'
import { mustFind, rows, toDate } from '../db'
import { ok, type Ctx } from '../handler'
import { requireCommunityFiles } from '../files'
import { checkContent, flagNote, type ContentFlag } from '../content/check'
import { communityNames } from '../register/communityNames'
import { closeTodo, openTodo, type TodoActor } from '../todos/write'

type In<A extends keyof typeof committeeApi> = z.output<(typeof committeeApi)[A]['input']>

const FIELDS = ['topic', 'heldAt', 'place', 'attendees', 'agenda', 'minutes', 'attachments'] as const

function meetingView(m: MeetingDoc): MeetingView {
  return {
    id: m._id,
    communityId: m.communityId,
    topic: m.topic,
    heldAt: toDate(m.heldAt).getTime(),
    place: m.place,
    attendees: m.attendees,
    agenda: m.agenda,
    minutes: m.minutes,
    attachments: m.attachments.map(({ fileID, name }) => ({ fileID, name })),
  }
}

/** 会议管理: newest first, optionally within Beijing days [from, to]. */
export async function listMeetings(input: In<'listMeetings'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const _ = ctx.db.command
  const days = dayRangeFilter(input.from, input.to)
  const from = days.from ? _.gte(days.from) : undefined
  const to = days.to ? _.lte(days.to) : undefined
  const heldAt = from && to ? from.and(to) : (from ?? to)
  const where = heldAt ? { communityId: input.communityId, heldAt } : { communityId: input.communityId }
  const found = await rows<MeetingDoc>(ctx.db.collection(COLLECTIONS.meetings).where(where).orderBy('heldAt', 'desc').limit(1000))
  return ok({ meetings: found.map(meetingView) })
}

async function findMeeting(ctx: Ctx, meetingId: string): Promise<MeetingDoc> {
  const meeting = await mustFind(ctx.db, 'meetings', meetingId, '没有找到这次会议')
  await ctx.authorize(meeting.communityId)
  return meeting
}

export async function getMeeting(input: In<'getMeeting'>, ctx: Ctx) {
  return ok(meetingView(await findMeeting(ctx, input.meetingId)))
}

/** The record's texts others read; minutes may be long and are checked in pieces. */
function meetingTexts(m: Partial<Pick<MeetingDoc, 'topic' | 'agenda' | 'minutes'>>) {
  return [
    { label: '会议主题', text: m.topic ?? '' },
    { label: '会议议程', text: m.agenda ?? '' },
    { label: '会议纪要', text: m.minutes ?? '' },
  ]
}

/** Flagged text becomes the committee's contentReview to-do; text that passes again closes it. */
async function followFlag(
  ctx: Ctx,
  meeting: Pick<MeetingDoc, '_id' | 'communityId' | 'topic'>,
  flag: ContentFlag | null,
  wasFlagged: boolean,
) {
  const actor: TodoActor = { by: ctx.caller.openid ?? 'console', who: '业委会', at: ctx.now() }
  if (flag) {
    const names = await communityNames(ctx.db, [meeting.communityId])
    const community = { _id: meeting.communityId, name: names.get(meeting.communityId) ?? '' }
    await openTodo(
      ctx.db,
      { kind: 'contentReview', targetId: meeting._id, community, subject: meeting.topic, source: 'meeting' },
      actor,
      flagNote(flag),
    )
  } else if (wasFlagged) {
    await closeTodo(ctx.db, 'contentReview', meeting._id, actor, 'edited')
  }
}

export async function addMeeting(input: In<'addMeeting'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  requireCommunityFiles(input.communityId, input.attachments)
  const contentFlag = await checkContent(ctx, meetingTexts(input))
  const at = new Date(ctx.now())
  const doc: Omit<MeetingDoc, '_id'> = {
    communityId: input.communityId,
    topic: input.topic,
    heldAt: new Date(input.heldAt),
    place: input.place,
    attendees: input.attendees,
    agenda: input.agenda,
    minutes: input.minutes,
    attachments: input.attachments,
    createdAt: at,
    updatedAt: at,
    ...(contentFlag ? { contentFlag } : {}),
  }
  const { _id } = (await ctx.db.collection(COLLECTIONS.meetings).add({ data: doc })) as { _id: string }
  await ctx.audit({
    action: 'committee.addMeeting',
    targetId: _id,
    communityId: input.communityId,
    after: { topic: doc.topic, heldAt: doc.heldAt },
  })
  await followFlag(ctx, { _id, ...doc }, contentFlag, false)
  return ok(meetingView({ _id, ...doc }))
}

export async function editMeeting(input: In<'editMeeting'>, ctx: Ctx) {
  const meeting = await findMeeting(ctx, input.meetingId)
  requireCommunityFiles(meeting.communityId, input.attachments)
  const changes = Object.fromEntries(
    FIELDS.filter((k) => input[k] !== undefined).map((k) => [k, k === 'heldAt' ? new Date(input.heldAt!) : input[k]]),
  )
  if (Object.keys(changes).length === 0) return ok(meetingView(meeting))
  const next = { ...meeting, ...changes } as MeetingDoc
  // A changed text is checked with the others of the record, so a flag clears only when all of them pass.
  const textChanged = (['topic', 'agenda', 'minutes'] as const).some((k) => input[k] !== undefined)
  const contentFlag = textChanged ? await checkContent(ctx, meetingTexts(next)) : (meeting.contentFlag ?? null)
  const updatedAt = new Date(ctx.now())
  await ctx.db
    .collection(COLLECTIONS.meetings)
    .doc(meeting._id)
    .update({ data: { ...changes, updatedAt, contentFlag } })
  await ctx.audit({
    action: 'committee.editMeeting',
    targetId: meeting._id,
    communityId: meeting.communityId,
    before: Object.fromEntries(Object.keys(changes).map((k) => [k, meeting[k as keyof MeetingDoc]])),
    after: changes,
  })
  if (textChanged) await followFlag(ctx, next, contentFlag, Boolean(meeting.contentFlag))
  return ok(meetingView({ ...next, updatedAt, contentFlag }))
}
