import type { TodoAssignee, TodoKind } from '../../core/api/todos'
import type { Database } from '../cloud'
import { COLLECTIONS } from '../collections'
import { isDuplicate } from '../db'
import { TODO_KINDS, type TodoAction, type TodoOutcome, type TodoSource } from './kinds'
import { assigneeKey, todoId, type TodoDoc, type TodoEvent } from './model'

/*
 * Writing to-dos. Where the source changes inside a transaction the to-do is opened or closed in
 * that same transaction (`todosIn(tx)`), so the two can never disagree; elsewhere (`openTodo`,
 * `closeTodo` on the database) each change is one conditional write on the deterministic id, so a
 * retry or a concurrent duplicate lands on the same document and appends nothing twice.
 */

/** The community a to-do's source belongs to; street and district are needed for kinds the government handles. */
export interface TodoCommunity {
  _id: string
  name: string
  street?: string
  district?: string
}

export interface TodoSpec {
  kind: TodoKind
  targetId: string
  community: TodoCommunity
  /** What it is about, e.g. the vote's title. */
  subject: string
  /** For kinds several features raise (contentReview): which one, so the link opens the right page. */
  source?: TodoSource
  /** When `targetId` is one part of a source (a notice's community): the source, to withdraw them all at once. */
  sourceId?: string
  /** The Beijing day it is due (`YYYY-MM-DD`), for kinds with a deadline. */
  dueOn?: string
}

/** Who acted and when; `who` is the role as people read it. */
export interface TodoActor {
  by: string
  who: string
  at: number
}

export const SYSTEM_ACTOR = (at: number): TodoActor => ({ by: 'system', who: '系统', at })

function assigneeOf(kind: TodoKind, c: TodoCommunity): TodoAssignee {
  const role = TODO_KINDS[kind].assignedTo
  switch (role) {
    case 'committee':
    case 'director':
      return { role, communityId: c._id }
    case 'streetReviewer':
      return { role, street: required(c.street), district: required(c.district) }
    case 'districtCentre':
      return { role, district: required(c.district) }
  }
}

function required(scope: string | undefined): string {
  if (!scope) throw new Error("a to-do for a street office or district centre needs the community's street and district")
  return scope
}

function event(actor: TodoActor, action: TodoAction, outcome?: TodoOutcome, note?: string): TodoEvent {
  return { at: actor.at, by: actor.by, who: actor.who, action, ...(outcome ? { outcome } : {}), ...(note ? { note } : {}) }
}

function freshDoc(spec: TodoSpec, actor: TodoActor, history: TodoEvent[]): TodoDoc {
  const assignee = assigneeOf(spec.kind, spec.community)
  return {
    _id: todoId(spec.kind, spec.targetId),
    kind: spec.kind,
    targetId: spec.targetId,
    ...(spec.sourceId ? { sourceId: spec.sourceId } : {}),
    communityId: spec.community._id,
    communityName: spec.community.name,
    subject: spec.subject,
    ...(spec.dueOn ? { dueOn: spec.dueOn } : {}),
    page: TODO_KINDS[spec.kind].page(spec.targetId, spec.source, spec.community._id),
    assignee,
    assigneeKey: assigneeKey(assignee),
    status: 'open',
    outcome: null,
    createdAt: actor.at,
    updatedAt: actor.at,
    closedAt: null,
    history,
  }
}

/** The single-document operations CloudBase allows in a transaction (the SDK types them `any`). */
interface TxLike {
  collection(name: string): { doc(id: string): { get(): unknown; set(o: { data: object }): unknown } }
}

/** To-do changes staged on a transaction: each reads its to-do and writes it back (one read, one write). */
export function todosIn(tx: TxLike) {
  const ref = (id: string) => tx.collection(COLLECTIONS.todos).doc(id)
  async function read(id: string): Promise<TodoDoc | null> {
    try {
      return ((await ref(id).get()) as { data: TodoDoc | null }).data ?? null
    } catch (e) {
      // Inside a transaction CloudBase answers a missing document with an error (server/account/lookup.ts existsIn).
      if (/does not exist/.test((e as Error).message ?? '')) return null
      throw e
    }
  }
  const write = (doc: TodoDoc) => {
    const { _id, ...data } = doc
    return ref(_id).set({ data })
  }

  async function finish(
    kind: TodoKind,
    targetId: string,
    actor: TodoActor,
    status: 'done' | 'cancelled',
    outcome: TodoOutcome | null,
    note?: string,
  ) {
    const doc = await read(todoId(kind, targetId))
    if (!doc || doc.status !== 'open') return
    const step = event(actor, status === 'done' ? 'handled' : 'cancelled', outcome ?? undefined, note)
    await write({ ...doc, status, outcome, closedAt: actor.at, updatedAt: actor.at, history: [...doc.history, step] })
  }

  return {
    /** Opens the to-do, or reopens a closed one keeping its history; an open one is left as it is. */
    async open(spec: TodoSpec, actor: TodoActor, note?: string): Promise<void> {
      const doc = await read(todoId(spec.kind, spec.targetId))
      if (doc?.status === 'open') return
      const history = doc ? [...doc.history, event(actor, 'reopened', undefined, note)] : [event(actor, 'created', undefined, note)]
      await write({ ...freshDoc(spec, actor, history), createdAt: doc?.createdAt ?? actor.at })
    },
    close: (kind: TodoKind, targetId: string, actor: TodoActor, outcome: TodoOutcome, note?: string) =>
      finish(kind, targetId, actor, 'done', outcome, note),
    cancel: (kind: TodoKind, targetId: string, actor: TodoActor, reason: string) =>
      finish(kind, targetId, actor, 'cancelled', null, reason),
  }
}

/** Outside a transaction: creates the to-do (one write), or reopens it when it exists and is closed. */
export async function openTodo(db: Database, spec: TodoSpec, actor: TodoActor, note?: string): Promise<void> {
  const doc = freshDoc(spec, actor, [event(actor, 'created', undefined, note)])
  try {
    await db.collection(COLLECTIONS.todos).add({ data: doc as unknown as object })
  } catch (e) {
    if (!isDuplicate(e)) throw e
    const _ = db.command
    await db
      .collection(COLLECTIONS.todos)
      .where({ _id: doc._id, status: _.neq('open') })
      .update({
        data: {
          status: 'open',
          outcome: null,
          closedAt: null,
          updatedAt: actor.at,
          subject: doc.subject,
          ...(doc.dueOn ? { dueOn: doc.dueOn } : {}),
          history: _.push([event(actor, 'reopened', undefined, note)]),
        },
      })
  }
}

async function finishTodo(
  db: Database,
  kind: TodoKind,
  targetId: string,
  actor: TodoActor,
  status: 'done' | 'cancelled',
  outcome: TodoOutcome | null,
  note?: string,
) {
  const _ = db.command
  // Conditional on `open`: a second close (a retry, a race) matches nothing and appends nothing.
  await db
    .collection(COLLECTIONS.todos)
    .where({ _id: todoId(kind, targetId), status: 'open' })
    .update({
      data: {
        status,
        outcome,
        closedAt: actor.at,
        updatedAt: actor.at,
        history: _.push([event(actor, status === 'done' ? 'handled' : 'cancelled', outcome ?? undefined, note)]),
      },
    })
}

export const closeTodo = (db: Database, kind: TodoKind, targetId: string, actor: TodoActor, outcome: TodoOutcome, note?: string) =>
  finishTodo(db, kind, targetId, actor, 'done', outcome, note)

export const cancelTodo = (db: Database, kind: TodoKind, targetId: string, actor: TodoActor, reason: string) =>
  finishTodo(db, kind, targetId, actor, 'cancelled', null, reason)

/** Most documents one insert carries (CloudBase's batch insert from the server SDK). */
const INSERT_BATCH = 1000

/**
 * Many new to-dos of one source at once (a notice to every committee of a district): one insert per
 * 1000, so the cost is ⌈N/1000⌉ writes. They are new by construction (the source was just created),
 * so there is nothing to reopen.
 */
export async function openTodosMany(db: Database, specs: readonly TodoSpec[], actor: TodoActor): Promise<void> {
  for (let at = 0; at < specs.length; at += INSERT_BATCH) {
    const docs = specs.slice(at, at + INSERT_BATCH).map((spec) => freshDoc(spec, actor, [event(actor, 'created')]))
    // wx-server-sdk's typings say `data: object`; at runtime it hands arrays to the batch insert (server/register/write.ts).
    await db.collection(COLLECTIONS.todos).add({ data: docs as unknown as object })
  }
}

/** Withdraws every open to-do of a source in one write, each keeping the reason in its history. */
export async function cancelTodosOf(db: Database, sourceId: string, actor: TodoActor, reason: string): Promise<void> {
  const _ = db.command
  await db
    .collection(COLLECTIONS.todos)
    .where({ sourceId, status: 'open' })
    .update({
      data: {
        status: 'cancelled',
        outcome: null,
        closedAt: actor.at,
        updatedAt: actor.at,
        history: _.push([event(actor, 'cancelled', undefined, reason)]),
      },
    })
}
