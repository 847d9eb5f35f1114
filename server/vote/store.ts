import { randomBytes } from 'node:crypto'
import { COLLECTIONS } from '../collections'
import type { Database } from '../cloud'
import { firstRow, isConflict } from '../db'
import { Failure, type Ctx } from '../handler'
import { voteFail } from './errors'
import type { Stamp, VoteDoc } from '../collections/vote'
import { effectiveState, lagsClock } from './state'

/** The single-document operations CloudBase allows inside a transaction (typed `any` by the SDK). */
export interface TxDoc {
  get(): Promise<{ data: unknown }>
  set(options: { data: object }): Promise<unknown>
  update(options: { data: object }): Promise<unknown>
  remove(): Promise<unknown>
}
export interface Tx {
  collection(name: string): { doc(id: string): TxDoc; add(options: { data: object }): Promise<unknown> }
}

export interface AuditInput {
  action: string
  before?: unknown
  after?: unknown
  note?: string
}

/** Reads one vote; VOTE_NOT_FOUND when missing. One read. */
export async function loadVote(db: Database, voteId: string): Promise<VoteDoc> {
  const vote = await firstRow<VoteDoc>(db.collection(COLLECTIONS.votes).where({ _id: voteId }).limit(1))
  if (!vote) voteFail('VOTE_NOT_FOUND')
  return vote
}

/**
 * Once approved, nothing a cast checks can change on a vote before its end (items, times, scope
 * and roll are frozen; only the clock moves it on), so a function instance keeps approved votes
 * and a cast in the window spends no read on the vote. Callers re-read when the cached copy is
 * outside its voting window.
 */
const castable = new Map<string, VoteDoc>()

export async function castableVote(db: Database, voteId: string): Promise<VoteDoc> {
  const hit = castable.get(voteId)
  if (hit) return hit
  const vote = await firstRow<VoteDoc>(
    db.collection(COLLECTIONS.votes).where({ _id: voteId }).field({ result: false, computed: false, statistics: false }).limit(1),
  )
  if (!vote) voteFail('VOTE_NOT_FOUND')
  if (vote.roll && (vote.state === 'approved' || vote.state === 'voting')) {
    if (castable.size >= 50) castable.delete(castable.keys().next().value as string)
    castable.set(voteId, vote)
  }
  return vote
}

export function stampOf(ctx: Ctx, who: string): Stamp {
  return { by: ctx.caller.openid ?? 'console', who, at: ctx.now() }
}

export type VoteTxResult<T> =
  | { set?: Partial<Omit<VoteDoc, '_id' | 'rev'>>; audit: AuditInput; value: T; remove?: false }
  /** Deletes the vote document itself (drafts only), with its audit entry. */
  | { remove: true; audit: AuditInput; value: T }
  /** Nothing to change after all (e.g. someone else already did it): no write, no audit entry. */
  | { skip: true; value: T }

/**
 * Changes a vote in one transaction together with its audit entry (who, when, what, before/after).
 * `run` sees the vote as read inside the transaction, may fail with a coded error (nothing is then
 * written), and may stage other single-document writes on `tx`. Every change bumps `rev`, so two
 * concurrent changes of one vote conflict instead of both applying; CloudBase does not retry a
 * conflict inside an op, and we do not either: the loser answers VOTE_CHANGED.
 */
export async function changeVote<T>(
  ctx: Ctx,
  voteId: string,
  run: (vote: VoteDoc, tx: Tx) => Promise<VoteTxResult<T>> | VoteTxResult<T>,
  options: { actor?: string; who?: string } = {},
): Promise<{ vote: VoteDoc; value: T }> {
  const _ = ctx.db.command
  try {
    return (await ctx.db.runTransaction(async (tx: Tx) => {
      const { data } = await tx.collection(COLLECTIONS.votes).doc(voteId).get()
      const vote = data as VoteDoc | null
      if (!vote) voteFail('VOTE_NOT_FOUND')
      const outcome = await run(vote, tx)
      if ('skip' in outcome) return { vote, value: outcome.value }
      const set = outcome.remove ? {} : { ...outcome.set, rev: vote.rev + 1, updatedAt: ctx.now() }
      if (outcome.remove) {
        await tx.collection(COLLECTIONS.votes).doc(voteId).remove()
      } else {
        // Whole-field replacement: CloudBase merges nested objects in an update unless told `_.set`.
        const data_ = Object.fromEntries(Object.entries(set).map(([k, v]) => [k, isPlainObject(v) ? _.set(v) : v]))
        await tx.collection(COLLECTIONS.votes).doc(voteId).update({ data: data_ })
      }
      await tx
        .collection(COLLECTIONS.audit)
        .add({ data: { _id: auditId(voteId, vote.rev + 1), ...auditDoc(ctx, vote, outcome.audit, options) } })
      if (outcome.remove) return { vote, value: outcome.value }
      return { vote: { ...vote, ...set } as VoteDoc, value: outcome.value }
    }, 1)) as { vote: VoteDoc; value: T }
  } catch (e) {
    if (!(e instanceof Failure) && isConflict(e)) voteFail('VOTE_CHANGED')
    throw e
  }
}

/**
 * Audit ids of a vote sort in the order things happened even when the clock shows the same
 * millisecond: a change is `a:<voteId>:<revision it produced>` (so it can never be written
 * twice), an entry that changes no vote document sorts after the revision it saw.
 */
export function auditId(voteId: string, rev: number, atMs?: number): string {
  const id = `a:${voteId}:${String(rev).padStart(6, '0')}`
  if (atMs === undefined) return id
  auditSeq = (auditSeq + 1) % 1_000_000
  return `${id}:${String(atMs).padStart(15, '0')}${String(auditSeq).padStart(6, '0')}${randomBytes(2).toString('hex')}`
}
let auditSeq = 0

export function auditDoc(
  ctx: Ctx,
  vote: Pick<VoteDoc, '_id' | 'communityId'>,
  audit: AuditInput,
  options: { actor?: string; who?: string },
): object {
  return {
    actor: options.actor ?? ctx.caller.openid ?? 'console',
    who: options.who ?? null,
    at: new Date(ctx.now()),
    action: audit.action,
    targetId: vote._id,
    communityId: vote.communityId,
    before: audit.before ?? null,
    after: audit.after ?? null,
    note: audit.note ?? null,
  }
}

/** An audit entry for an action that changes no vote document (exports, reminders). */
export async function writeVoteAudit(
  ctx: Ctx,
  vote: Pick<VoteDoc, '_id' | 'communityId' | 'rev'>,
  audit: AuditInput,
  who: string,
): Promise<void> {
  await ctx.db
    .collection(COLLECTIONS.audit)
    .add({ data: { _id: auditId(vote._id, vote.rev, ctx.now()), ...auditDoc(ctx, vote, audit, { who }) } })
}

/** Creates a vote and its audit entry in one transaction; `stage` may add single-document writes to it. */
export async function createVote(
  ctx: Ctx,
  vote: VoteDoc,
  audit: AuditInput,
  who: string,
  stage?: (tx: Tx) => Promise<void>,
): Promise<void> {
  const { _id, ...data } = vote
  await ctx.db.runTransaction(async (tx: Tx) => {
    await tx.collection(COLLECTIONS.votes).doc(_id).set({ data })
    await stage?.(tx)
    await tx.collection(COLLECTIONS.audit).add({ data: { _id: auditId(vote._id, 0), ...auditDoc(ctx, vote, audit, { who }) } })
  }, 1)
}

/**
 * Writes back a state the clock has moved on (approved → voting → closed), once: the transaction
 * re-reads the vote, so two callers racing persist it once and the other sees nothing to do.
 */
export async function persistClock(ctx: Ctx, vote: VoteDoc): Promise<VoteDoc> {
  if (!lagsClock(vote, ctx.now())) return vote
  try {
    const { vote: saved } = await changeVote(
      ctx,
      vote._id,
      (current) => {
        const state = effectiveState(current, ctx.now())
        if (state === current.state) return { skip: true, value: null }
        return {
          set: { state },
          audit: { action: 'clockTransition', before: { state: current.state }, after: { state }, note: '按投票起止时间自动变更' },
          value: null,
        }
      },
      { actor: 'clock', who: '系统（按时间）' },
    )
    return saved
  } catch (e) {
    // Someone else persisted it first: the derived state is what matters to the caller.
    if (e instanceof Failure && e.code === 'VOTE_CHANGED') return vote
    throw e
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
}
