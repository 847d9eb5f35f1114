import { randomBytes } from 'node:crypto'
import type { NonParticipantRow } from '../../core/api/vote'
import { partiesOf } from '../../core/vote/parties'
import { COLLECTIONS } from '../collections'
import type { AbsentChunkDoc, ParticipationDoc, VoteDoc } from '../collections/vote'
import { firstRow, rows } from '../db'
import { keptFigures } from '../kept'
import type { Ctx } from '../handler'
import { voteFail } from './errors'
import { absentChunkId, participationId } from './model'
import { readAll } from './paging'
import { readRoll, type Roll } from './roll'

/**
 * Participation so far, for the views thousands of owners open on voting day (turnout, 未参与表决
 * 明细). Counting it means reading the roll and every ballot, so it is counted at most once every
 * FRESH_MS and kept in one document (plus the absent rows in page-sized chunks), which an instance
 * also keeps in memory while fresh: a turnout view reads at most that document, a page of absent
 * rows one more.
 */
export const FRESH_MS = 30_000
export const ABSENT_PER_CHUNK = 500

/** What decides whether a recorded ballot is one the count reads. */
export interface BallotKey {
  partyId: string
  channel: string
  ownerKey?: string | null
}

/** Every recorded ballot's party, channel and caster: ⌈ballots/1000⌉ reads of three short fields. */
export async function recordedBallots(ctx: Ctx, voteId: string): Promise<BallotKey[]> {
  const out: BallotKey[] = []
  await readAll<{ _id: string } & BallotKey>(
    ctx.db,
    COLLECTIONS.ballots,
    { voteId },
    { partyId: true, channel: true, ownerKey: true },
    (page) => page.forEach((b) => out.push(b)),
  )
  return out
}

/**
 * Pure: whether the count reads this ballot. Where a co-owned unit has a voting representative,
 * only her electronic ballot (or her delegate's, which carries her key) counts (core/vote/resolve.ts);
 * another co-owner's stays on record but takes no part. Paper and 从众 entries are staff's, by room.
 */
export function countedBallot(b: BallotKey, representatives: Readonly<Record<string, string>>): boolean {
  const rep = representatives[b.partyId]
  return b.channel !== 'electronic' || !rep || b.ownerKey === rep
}

/** Pure: parties with at least one ballot the count reads. */
export function participatingParties(ballots: readonly BallotKey[], representatives: Readonly<Record<string, string>>): Set<string> {
  return new Set(ballots.filter((b) => countedBallot(b, representatives)).map((b) => b.partyId))
}

/** 未参与表决明细: one row per unit of every party without a ballot, in room order. Reads the roll and every ballot. */
export async function nonParticipantRows(ctx: Ctx, vote: VoteDoc): Promise<NonParticipantRow[]> {
  if (!vote.roll) voteFail('WRONG_STATE', '投票审核通过后才有参与情况')
  const [roll, ballots] = await Promise.all([readRoll(ctx.db, vote, ctx.now()), recordedBallots(ctx, vote._id)])
  return absentRows(roll, participatingParties(ballots, roll.representatives))
}

/** One collator for every comparison (localeCompare with options builds one per call: seconds for 20,000 rooms). */
const byRoom = new Intl.Collator('zh-CN', { numeric: true }).compare

/** Pure: the units of every party not in `seen`, in room order. */
export function absentRows(roll: Roll, seen: ReadonlySet<string>): NonParticipantRow[] {
  const absent = new Set(
    partiesOf(roll.units)
      .filter((p) => !seen.has(p.id))
      .flatMap((p) => p.unitIds),
  )
  return roll.units
    .filter((u) => absent.has(u.id))
    .map((u) => ({
      room: u.room,
      owners: u.developerHeld ? '建设单位' : (roll.ownerNames.get(u.id) ?? []).join('、'),
      areaCenti: u.areaCenti,
    }))
    .sort((a, b) => byRoom(a.room, b.room))
}

/** What a view needs: the turnout figures, or the absent list as well (its rows are costlier to count and write). */
export type ParticipationNeed = 'figures' | 'absent'

/** Participation documents this instance read or counted (server/kept.ts): while fresh, a view reads nothing. */
const participation = keptFigures<ParticipationDoc>(200)

function isFresh(doc: ParticipationDoc | undefined, need: ParticipationNeed, nowMs: number): doc is ParticipationDoc {
  const at = need === 'figures' ? doc?.at : doc?.absent?.at
  return at !== undefined && nowMs >= at && nowMs - at < FRESH_MS
}

/**
 * Participation at most FRESH_MS old: this instance's copy (no read), else the stored document
 * (one read), else counted again (one count per instance at a time, whoever asks meanwhile waits).
 */
export async function participationOf(ctx: Ctx, vote: VoteDoc, need: ParticipationNeed): Promise<ParticipationDoc> {
  if (!vote.roll) voteFail('WRONG_STATE', '投票审核通过后才有参与情况')
  return participation({
    key: vote._id,
    job: need,
    fresh: (doc): doc is ParticipationDoc => isFresh(doc, need, ctx.now()),
    read: () => readParticipation(ctx, vote._id),
    count: (stored) => countParticipation(ctx, vote, need, stored),
  })
}

async function readParticipation(ctx: Ctx, voteId: string): Promise<ParticipationDoc | undefined> {
  return firstRow<ParticipationDoc>(
    ctx.db
      .collection(COLLECTIONS.voteEntries)
      .where({ _id: participationId(voteId) })
      .limit(1),
  )
}

/** Rows [offset, offset + limit) of the absent list the participation was counted with: one read. */
export async function absentPage(ctx: Ctx, p: ParticipationDoc, offset: number, limit: number): Promise<NonParticipantRow[]> {
  const absent = p.absent
  const end = Math.min(offset + limit, absent?.total ?? 0)
  if (!absent || end <= offset) return []
  const first = Math.floor(offset / ABSENT_PER_CHUNK)
  const last = Math.floor((end - 1) / ABSENT_PER_CHUNK)
  const ids = Array.from({ length: last - first + 1 }, (_unused, i) => absentChunkId(p.voteId, absent.generation, first + i))
  const chunks = await rows<AbsentChunkDoc>(
    ctx.db
      .collection(COLLECTIONS.voteEntries)
      .where({ _id: ctx.db.command.in(ids) })
      .limit(ids.length),
  )
  const all = chunks.sort((a, b) => a.seq - b.seq).flatMap((c) => c.rows)
  return all.slice(offset - first * ABSENT_PER_CHUNK, end - first * ABSENT_PER_CHUNK)
}

/**
 * Reads the roll and every ballot. For the figures, writes them (the absent list stays as it was
 * counted). For the absent list, first writes its rows under a new generation, then switches the
 * document to it in the same write as the figures; chunks older than the previous generation go
 * (a view that read the previous document still finds its chunks).
 */
async function countParticipation(
  ctx: Ctx,
  vote: VoteDoc,
  need: ParticipationNeed,
  previous: ParticipationDoc | undefined,
): Promise<ParticipationDoc> {
  const at = ctx.now()
  const [roll, ballots] = await Promise.all([readRoll(ctx.db, vote, ctx.now()), recordedBallots(ctx, vote._id)])
  const seen = participatingParties(ballots, roll.representatives)
  const taking = partiesOf(roll.units).filter((party) => seen.has(party.id))
  const figures = { at, parties: taking.length, areaCenti: taking.reduce((sum, party) => sum + party.areaCenti, 0) }
  const entries = ctx.db.collection(COLLECTIONS.voteEntries)
  const id = participationId(vote._id)
  let absent = previous?.absent ?? null
  if (need === 'absent') {
    const list = absentRows(roll, seen)
    const generation = `${at}-${randomBytes(3).toString('hex')}`
    const chunks: AbsentChunkDoc[] = []
    for (let i = 0; i * ABSENT_PER_CHUNK < list.length; i++) {
      const part = list.slice(i * ABSENT_PER_CHUNK, (i + 1) * ABSENT_PER_CHUNK)
      chunks.push({ _id: absentChunkId(vote._id, generation, i), voteId: vote._id, kind: 'absent', seq: i, generation, rows: part })
    }
    if (chunks.length > 0) await entries.add({ data: chunks as unknown as object })
    absent = { at, total: list.length, generation }
  }
  const _ = ctx.db.command
  // Only the fields this count owns: a concurrent count of the other need keeps its own.
  const data = need === 'absent' ? { ...figures, absent: _.set(absent) } : figures
  const updated = (await entries.doc(id).update({ data })) as { stats: { updated: number } }
  if (updated.stats.updated === 0 && !previous) {
    await entries.doc(id).set({ data: { voteId: vote._id, kind: 'participation', seq: 0, ...figures, absent } })
  }
  if (need === 'absent' && absent) {
    const keep = [absent.generation, ...(previous?.absent ? [previous.absent.generation] : [])]
    await entries.where({ voteId: vote._id, kind: 'absent', generation: _.nin(keep) }).remove()
  }
  return { _id: id, voteId: vote._id, kind: 'participation', seq: 0, ...figures, absent }
}
