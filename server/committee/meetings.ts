import type { MeetingDoc } from '../collections/committee'
import { COLLECTIONS } from '../collections'
import type { z } from 'zod'
import type { MeetingView, committeeApi } from '../../core/api/committee'
import { dayRangeFilter } from '../../core/schemas/time'
import { mustFind, rows, toDate } from '../db'
import { ok, type Ctx } from '../handler'
import { requireCommunityFiles } from '../files'

type In<A extends keyof typeof committeeApi> = z.output<(typeof committeeApi)[A]['input']>

const FIELDS = ['topic', 'heldAt', 'place', 'attendees', 'agenda', 'minutes', 'attachments'] as const

function meetingView(m: MeetingDoc): MeetingView {
  return {
    id: m._id, communityId: m.communityId, topic: m.topic, heldAt: toDate(m.heldAt).getTime(), place: m.place,
    attendees: m.attendees, agenda: m.agenda, minutes: m.minutes, attachments: m.attachments.map(({ fileID, name }) => ({ fileID, name })),
  }
}

/** 会议管理: newest first, optionally within Beijing days [from, to]. */
export async function listMeetings(input: In<'listMeetings'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const _ = ctx.db.command
  const days = dayRangeFilter(input.from, input.to)
  const from = days.from ? _.gte(days.from) : undefined
  const to = days.to ? _.lte(days.to) : undefined
  const heldAt = from && to ? from.and(to) : from ?? to
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

export async function addMeeting(input: In<'addMeeting'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  requireCommunityFiles(input.communityId, input.attachments)
  const at = new Date(ctx.now())
  const doc: Omit<MeetingDoc, '_id'> = {
    communityId: input.communityId, topic: input.topic, heldAt: new Date(input.heldAt), place: input.place, attendees: input.attendees,
    agenda: input.agenda, minutes: input.minutes, attachments: input.attachments, createdAt: at, updatedAt: at,
  }
  const { _id } = (await ctx.db.collection(COLLECTIONS.meetings).add({ data: doc })) as { _id: string }
  await ctx.audit({ action: 'committee.addMeeting', targetId: _id, communityId: input.communityId, after: { topic: doc.topic, heldAt: doc.heldAt } })
  return ok(meetingView({ _id, ...doc }))
}

export async function editMeeting(input: In<'editMeeting'>, ctx: Ctx) {
  const meeting = await findMeeting(ctx, input.meetingId)
  requireCommunityFiles(meeting.communityId, input.attachments)
  const changes = Object.fromEntries(FIELDS.filter((k) => input[k] !== undefined)
    .map((k) => [k, k === 'heldAt' ? new Date(input.heldAt!) : input[k]]))
  if (Object.keys(changes).length === 0) return ok(meetingView(meeting))
  const updatedAt = new Date(ctx.now())
  await ctx.db.collection(COLLECTIONS.meetings).doc(meeting._id).update({ data: { ...changes, updatedAt } })
  await ctx.audit({
    action: 'committee.editMeeting', targetId: meeting._id, communityId: meeting.communityId,
    before: Object.fromEntries(Object.keys(changes).map((k) => [k, meeting[k as keyof MeetingDoc]])), after: changes,
  })
  return ok(meetingView({ ...meeting, ...changes, updatedAt } as MeetingDoc))
}
