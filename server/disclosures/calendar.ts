import type { z } from 'zod'
import type { CalendarEntryView, CalendarView, disclosuresApi } from '../../core/api/disclosures'
import {
  CALENDAR_EVERY_LABELS,
  CALENDAR_STATE_LABELS,
  DEFAULT_CALENDAR,
  calendarItemLabel,
  calendarState,
  lastPeriod,
  type CalendarItem,
} from '../../core/disclosures/calendar'
import { DISCLOSURE_CATEGORY_LABELS, type DisclosureCategory } from '../../core/disclosures/categories'
import { formatDay } from '../../core/format/time'
import { collection, firstRow, rows, toDate } from '../db'
import { ok, type Ctx } from '../handler'
import { communityNames } from '../register/communityNames'
import { closeTodo, openTodo, type TodoActor } from '../todos/write'
import { beijingToday } from './views'

type In<A extends keyof typeof disclosuresApi> = z.output<(typeof disclosuresApi)[A]['input']>

const calendarId = (communityId: string) => `cal:${communityId}`
const todoTarget = (communityId: string, category: DisclosureCategory, key: string) => `${communityId}:${category}:${key}`
const system = (ctx: Ctx): TodoActor => ({ by: 'system', who: '系统', at: ctx.now() })

async function itemsOf(ctx: Ctx, communityId: string): Promise<{ items: readonly CalendarItem[]; configured: boolean }> {
  const doc = await firstRow(
    collection(ctx.db, 'disclosureCalendars')
      .where({ _id: calendarId(communityId) })
      .limit(1),
  )
  return doc ? { items: doc.items, configured: true } : { items: DEFAULT_CALENDAR, configured: false }
}

/** Where each item stands today: one read of the calendar, one of the categories' published items. */
async function calendarOf(ctx: Ctx, communityId: string): Promise<CalendarView> {
  const { items, configured } = await itemsOf(ctx, communityId)
  const today = beijingToday(ctx.now())
  const categories = [...new Set(items.map((i) => i.category))]
  const published =
    categories.length === 0
      ? []
      : await rows(
          collection(ctx.db, 'disclosures')
            .where({ communityId, status: 'published', category: ctx.db.command.in(categories) })
            .field({ category: true, published: true })
            .orderBy('createdAt', 'desc')
            .limit(1000),
        )
  const entries: CalendarEntryView[] = items.map((item) => {
    const period = lastPeriod(item.every, item.graceDays, today)
    const days = published
      .filter((d) => d.category === item.category && d.published)
      .map((d) => formatDay(toDate(d.published!.at).getTime()))
    const state = calendarState(period, today, days)
    return {
      category: item.category,
      categoryLabel: DISCLOSURE_CATEGORY_LABELS[item.category],
      every: item.every,
      everyLabel: CALENDAR_EVERY_LABELS[item.every],
      graceDays: item.graceDays,
      period,
      state,
      stateLabel: CALENDAR_STATE_LABELS[state],
    }
  })
  return { communityId, configured, entries, overdue: entries.filter((e) => e.state === 'overdue').length }
}

/** Each overdue item is the committee's to-do (one conditional write each; an open one stays as it is). */
async function raiseOverdue(ctx: Ctx, view: CalendarView) {
  const overdue = view.entries.filter((e) => e.state === 'overdue')
  if (overdue.length === 0) return
  const names = await communityNames(ctx.db, [view.communityId])
  const community = { _id: view.communityId, name: names.get(view.communityId) ?? '' }
  for (const e of overdue) {
    await openTodo(
      ctx.db,
      {
        kind: 'disclosureOverdue',
        targetId: todoTarget(view.communityId, e.category, e.period.key),
        community,
        subject: `${calendarItemLabel(e)} ${e.period.label}`,
      },
      system(ctx),
      `应在${e.period.deadline}前公开`,
    )
  }
}

/** 公开日历: shown to the committee and the street office; reading it raises the to-do of what is overdue. */
export async function disclosureCalendar(input: In<'disclosureCalendar'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const view = await calendarOf(ctx, input.communityId)
  await raiseOverdue(ctx, view)
  return ok(view)
}

/** The director sets which items are periodic, how often, and the days of grace. */
export async function saveCalendar(input: In<'saveCalendar'>, ctx: Ctx) {
  await ctx.authorize(input.communityId)
  const data = { communityId: input.communityId, items: input.items, updatedAt: new Date(ctx.now()), by: ctx.caller.openid ?? 'console' }
  await collection(ctx.db, 'disclosureCalendars').doc(calendarId(input.communityId)).set({ data })
  await ctx.audit({
    action: 'disclosures.saveCalendar',
    targetId: calendarId(input.communityId),
    communityId: input.communityId,
    after: { items: input.items },
  })
  const view = await calendarOf(ctx, input.communityId)
  await raiseOverdue(ctx, view)
  return ok(view)
}

/** A published item of a periodic category closes its overdue to-do (a conditional write that matches nothing when none is open). */
export async function closeOverdue(ctx: Ctx, communityId: string, category: DisclosureCategory) {
  const { items } = await itemsOf(ctx, communityId)
  const today = beijingToday(ctx.now())
  for (const item of items.filter((i) => i.category === category)) {
    const period = lastPeriod(item.every, item.graceDays, today)
    await closeTodo(ctx.db, 'disclosureOverdue', todoTarget(communityId, category, period.key), system(ctx), 'published')
  }
}
