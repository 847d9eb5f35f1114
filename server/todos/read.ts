import type { z } from 'zod'
import { TODO_STATUS_LABELS, type TodoDetail, type TodoPage, type todosApi, type TodoView } from '../../core/api/todos'
import { ok, type Result } from '../../core/result'
import { COLLECTIONS } from '../collections'
import { firstRow, rows } from '../db'
import { fail, type Ctx } from '../handler'
import { ASSIGNEE_LABELS, TODO_ACTION_LABELS, TODO_KINDS, TODO_OUTCOME_LABELS } from './kinds'
import { keysOfRoles, type TodoDoc } from './model'

type In<A extends keyof typeof todosApi> = z.output<(typeof todosApi)[A]['input']>

/** The list's fields: everything but the history, which only `get` shows. */
const LIST_FIELDS = {
  kind: true,
  targetId: true,
  communityName: true,
  subject: true,
  page: true,
  status: true,
  outcome: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
}

function view(doc: Omit<TodoDoc, 'history' | 'assignee' | 'assigneeKey' | 'communityId'>): TodoView {
  return {
    id: doc._id,
    kind: doc.kind,
    title: TODO_KINDS[doc.kind].title,
    subject: doc.subject,
    communityName: doc.communityName,
    status: doc.status,
    statusLabel: TODO_STATUS_LABELS[doc.status],
    page: doc.page,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    closedAt: doc.closedAt,
    outcomeLabel: doc.status === 'cancelled' ? '已撤销' : doc.outcome ? TODO_OUTCOME_LABELS[doc.outcome] : null,
  }
}

/** The organisations the caller answers for; none means nothing to list (and no read spent on it). */
function callerKeys(ctx: Ctx): string[] {
  return keysOfRoles(ctx.caller.roles)
}

async function openCount(ctx: Ctx, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0
  const counted = await ctx.db
    .collection(COLLECTIONS.todos)
    .where({ assigneeKey: ctx.db.command.in(keys), status: 'open' })
    .count()
  return (counted as { total: number }).total
}

/**
 * 待办 (`open`) or 已办 (`closed`: handled or withdrawn), newest change first, with the open count
 * for the badge: the list and the count side by side, so the 消息 tab costs the caller's roles plus
 * two reads.
 */
export async function list(input: In<'list'>, ctx: Ctx): Promise<Result<TodoPage>> {
  const keys = callerKeys(ctx)
  if (keys.length === 0) return ok({ rows: [], nextOffset: null, openCount: 0 })
  const _ = ctx.db.command
  const { offset, limit } = input
  const status = input.status === 'open' ? 'open' : _.in(['done', 'cancelled'])
  const [found, open] = await Promise.all([
    rows<TodoDoc>(
      ctx.db
        .collection(COLLECTIONS.todos)
        .where({ assigneeKey: _.in(keys), status })
        .orderBy('updatedAt', 'desc')
        .skip(offset)
        .limit(limit + 1)
        .field(LIST_FIELDS),
    ),
    openCount(ctx, keys),
  ])
  return ok({ rows: found.slice(0, limit).map(view), nextOffset: found.length > limit ? offset + limit : null, openCount: open })
}

/** The caller's open to-dos, for badges that add other things to them (server/notices badge). */
export const openTodoCount = (ctx: Ctx) => openCount(ctx, callerKeys(ctx))

/** The badge: one count query. */
export async function count(_input: In<'count'>, ctx: Ctx): Promise<Result<{ open: number }>> {
  return ok({ open: await openCount(ctx, callerKeys(ctx)) })
}

/**
 * One to-do with its review history. Readable by whoever it is assigned to, and by anyone whose
 * role reaches its community (the committee sees its vote's review; the street office the
 * committee's confirmation), as every other record of a community.
 */
export async function get(input: In<'get'>, ctx: Ctx): Promise<Result<TodoDetail>> {
  const doc = await firstRow<TodoDoc>(ctx.db.collection(COLLECTIONS.todos).where({ _id: input.todoId }).limit(1))
  if (!doc) fail('NOT_FOUND', '这项待办不存在')
  if (!callerKeys(ctx).includes(doc.assigneeKey)) await ctx.authorize(doc.communityId)
  return ok({
    ...view(doc),
    assigneeLabel: ASSIGNEE_LABELS[doc.assignee.role],
    history: doc.history.map((e) => ({
      at: e.at,
      who: e.who,
      action: e.outcome ? `${TODO_ACTION_LABELS[e.action]}：${TODO_OUTCOME_LABELS[e.outcome]}` : TODO_ACTION_LABELS[e.action],
      note: e.note ?? null,
    })),
  })
}
